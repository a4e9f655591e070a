import Foundation

/// One state change of a resource: what it became, who caused it, when and why.
public struct Event: Sendable, Equatable, Codable {
    public var resource: String
    public var state: String
    public var actor: String
    public var time: Date
    public var reason: String

    public init(resource: String, state: String, actor: String, time: Date, reason: String) {
        self.resource = resource
        self.state = state
        self.actor = actor
        self.time = time
        self.reason = reason
    }

    /// What reconcilers record as the actor.
    public static let system = "system"
}
