import Foundation
import Synchronization

/// Loopback VPC slots held by one test server for its life, below the demo's 220-254: six, or
/// a multiple of six for a server that makes more VPCs. A range returns to the back of the
/// queue when its server is gone, so no two live servers share an endpoint address; a server
/// restarted on the same data moves its VPCs into its new range.
final class SlotLease: Sendable {
    let slots: ClosedRange<Int>
    private let indices: [Int]
    private static let free = Mutex(Array(0..<36))

    /// `width` adjacent ranges of six.
    init(width: Int = 1) async throws {
        // Tests queue here for a range: the suite starts more servers than run at once.
        let deadline = Date().addingTimeInterval(900)
        while true {
            let taken = Self.free.withLock { free -> [Int]? in
                guard let first = free.first(where: { start in (start..<start + width).allSatisfy(free.contains) }) else { return nil }
                let run = Array(first..<first + width)
                free.removeAll(where: run.contains)
                return run
            }
            if let taken, let first = taken.first, let last = taken.last {
                indices = taken
                slots = (1 + first * 6)...(6 + last * 6)
                return
            }
            guard Date() < deadline else { throw PosternTestError("36 test servers are running; none of their VPC slots freed in 900 s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    deinit { Self.free.withLock { $0.append(contentsOf: indices) } }
}
