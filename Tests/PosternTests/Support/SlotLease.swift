import Foundation
import Synchronization

/// Six loopback VPC slots held by one test server for its life, below the demo's 220-254. A
/// range returns to the back of the queue when its server is gone, so no two live servers
/// share an endpoint address; a server restarted on the same data moves its VPCs into its
/// new range.
final class SlotLease: Sendable {
    let slots: ClosedRange<Int>
    private let index: Int
    private static let free = Mutex(Array(0..<36))

    init() async throws {
        // Tests queue here for a range: the suite starts more servers than run at once.
        let deadline = Date().addingTimeInterval(900)
        while true {
            if let taken = Self.free.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) {
                index = taken
                slots = (1 + taken * 6)...(6 + taken * 6)
                return
            }
            guard Date() < deadline else { throw PosternTestError("36 test servers are running; none of their VPC slots freed in 900 s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    deinit { Self.free.withLock { $0.append(index) } }
}
