import Foundation

/// Something the store keeps: one kind, one id, and the values queries select on.
public protocol Record: Sendable, Codable, Equatable {
    /// The kind's name in the store and in logs and metrics: `cluster`, `privateLinkConnection`…
    static var kind: String { get }
    var id: String { get }
    /// What lists and lookups select on, by name: a project, a cluster, a tier. Kept beside the
    /// record and rewritten with it.
    var indexes: [String: String] { get }
    /// A value no two records of the kind may share (a zone name, a node group and endpoint);
    /// nil for none.
    var uniqueKey: String? { get }
}

extension Record {
    public var indexes: [String: String] { [:] }
    public var uniqueKey: String? { nil }
}

/// A resource reconcilers move through its states: it belongs to an owner, whose deletion
/// deletes it through its own deletion path.
public protocol Resource: Record {
    associatedtype State: RawRepresentable, Sendable, Codable, Hashable where State.RawValue == String
    /// The kind that owns this one; nil for the top of the tree (projects).
    static var ownerKind: String? { get }
    /// The state that asks for the resource's deletion.
    static var deleting: State { get }
    /// The state its last event records once it is gone (DELETED unless the kind says otherwise).
    static var goneState: String { get }
    /// The name events are kept under: `clusters/…/privateLinkConnections/…`.
    var name: String { get }
    /// The owner's id (of `ownerKind`).
    var ownerID: String? { get }
    var state: State { get set }
    /// Why the resource is as it is, for its user: set when it fails, cleared when it settles.
    var message: String? { get set }
    var updateTime: Date? { get set }
    /// When a reconciler should look at it next; nil once nothing is left to do.
    var nextCheckAt: Date? { get set }
}

extension Resource {
    public var isDeleting: Bool { state == Self.deleting }
}

/// The index that holds a resource's owner's id.
public let ownerIndex = "owner"

extension Resource {
    public static var goneState: String { "DELETED" }
}
