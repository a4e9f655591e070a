import Foundation
import PosternDomain

/// Moves one kind of resource through its states. The loop hands it the resource as stored
/// now; the step acts on the cloud as the state asks, changes the resource to what it found,
/// and says what comes next. The loop saves the result (if no one changed the resource
/// meanwhile), records the event, and deletes what the resource owns before its own deletion
/// step runs. A step that throws is tried again later, backing off.
public protocol Reconciler: Sendable {
    associatedtype Subject: Resource
    func step(_ resource: inout Subject, now: Date) async throws -> Outcome
}

/// What a reconcile step found, and so what the loop does next.
public enum Outcome: Sendable, Equatable {
    /// Look again after `after` seconds. `reason` is the event's if the state changed;
    /// `message` is shown meanwhile (nil clears it).
    case requeue(after: TimeInterval, reason: String = "", message: String? = nil)
    /// Nothing to do until something changes: the message is cleared. With `recheck`, look
    /// again then to notice what changed in the cloud.
    case settled(reason: String = "", recheck: TimeInterval? = nil)
    /// Stopped for a reason the resource's user must act on; `message` says how.
    case failed(String)
    /// Nothing of it is left in the cloud: the record goes.
    case gone(reason: String)

    /// The outcome's name in logs and metrics.
    public var name: String {
        switch self {
        case .requeue: "requeue"
        case .settled: "settled"
        case .failed: "failed"
        case .gone: "gone"
        }
    }
}
