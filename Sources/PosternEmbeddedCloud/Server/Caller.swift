import Foundation
import PosternDataPlane

/// Who made a request, where, and when: the account its access key belongs to and the region
/// of its credential scope.
struct Caller: Sendable {
    let account: String
    let arn: String
    let userID: String
    let region: Region
    let now: Date
    /// The simulated provisioning time of the cloud.
    let delay: TimeInterval
    /// The loopback slots new VPCs take theirs from.
    var loopbackSlots: ClosedRange<Int> = 1...254
    /// What the data plane has metered (CloudWatch's metrics).
    var meter: UsageMeter? = nil

    /// When something started now finishes provisioning.
    var readyAt: Date { now.addingTimeInterval(delay) }

    var zones: [Region.Zone] { region.zones(for: account) }
}
