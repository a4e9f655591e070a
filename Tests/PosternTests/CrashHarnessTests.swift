import Foundation
import Testing

/// `kill -9` of the server among mixed operations (`Harness`): nothing acknowledged is
/// lost, everything converges within 10 s of each restart, and the cloud holds no duplicate and
/// no orphan. Short here; the full size (1,000 operations, 20 kills) is `bench/crash`.
@Suite struct CrashHarnessTests {
    @Test func killedAtRandomMomentsItLosesNothingAndConverges() async throws {
        let environment = ProcessInfo.processInfo.environment
        let operations = environment["POSTERN_CRASH_OPERATIONS"].flatMap { Int($0) } ?? 120
        let kills = environment["POSTERN_CRASH_KILLS"].flatMap { Int($0) } ?? 4
        let harness = try await Harness()
        try await harness.setUp()
        let report = try await harness.run(operations: operations, kills: kills)
        print("Crash harness (\(operations) operations, \(kills) kills):\n\(report.table)")
        print("slowest restarts: \(report.slow)\nfailed steps: \(report.stepFailures)")
        #expect(report.kills == kills)
        #expect(report.operations >= operations - 4 * kills, "\(report.operations)")
        #expect(report.acknowledged > report.operations / 2, "most operations were acknowledged: \(report.acknowledged) of \(report.operations)")
        #expect(report.lostWrites.isEmpty, "\(report.lostWrites)")
        #expect(report.duplicates.isEmpty, "\(report.duplicates)")
        #expect(report.orphans.isEmpty, "\(report.orphans)")
        #expect(report.unsettled.isEmpty, "\(report.unsettled.prefix(20))")
        #expect(report.convergence.count == kills)
        #expect((report.convergence.max() ?? 99) <= 10, "every restart converged within 10 s: \(report.convergence); slow: \(report.slow)")
    }
}
