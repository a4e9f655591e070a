import Foundation

/// One running `postern serve` on a store: it says it is alive every few seconds, and its
/// leases last as long as it does.
public struct Replica: Record {
    public static let kind = "replica"

    public var id: String
    /// The machine's name, and the process there.
    public var host: String
    public var pid: Int32
    /// Where its control plane listens, once it does.
    public var controlPlane: String?
    /// The clouds it drives: `embedded`, `aws`, `alicloud`.
    public var clouds: [String]
    public var startTime: Date
    public var lastSeen: Date

    public init(id: String, host: String, pid: Int32, controlPlane: String?, clouds: [String], startTime: Date, lastSeen: Date) {
        self.id = id
        self.host = host
        self.pid = pid
        self.controlPlane = controlPlane
        self.clouds = clouds
        self.startTime = startTime
        self.lastSeen = lastSeen
    }

    /// `replica-` and twelve hex digits, new for every process.
    public static func newID() -> String {
        "replica-" + String(format: "%012llx", UInt64.random(in: 0...0xffff_ffff_ffff))
    }

    /// Whether it said it was alive within `lease` of `now`: a replica that has not holds no lease either.
    public func isLive(at now: Date, lease: TimeInterval) -> Bool { now.timeIntervalSince(lastSeen) < lease }
}
