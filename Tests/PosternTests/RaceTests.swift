import Foundation
import Testing

/// 64 clients at once on the same clusters (`Harness`): creating and deleting connections,
/// attaching and detaching domains, registering endpoints. At the end every invariant holds:
/// ids unique, nothing acknowledged lost, everything settled, one endpoint per connection, one
/// endpoint service per node group, no orphan in the cloud; and where many ask for the one
/// thing (an endpoint's registration, a domain's name) exactly one is made.
@Suite struct RaceTests {
    @Test func sixtyFourClientsAtOnceKeepEveryInvariant() async throws {
        let harness = try await Harness()
        try await harness.setUp()
        let counts = try await harness.mixed(operations: 64 * 3, clients: 64)
        let registration = try await harness.raceOneRegistration(clients: 16)
        // Registering is idempotent (the console's Edit sends it again): every client is given the one connection.
        #expect(registration.listed == 1, "one connection for one endpoint: \(registration)")
        #expect(Set(registration.ids).count == 1 && registration.ids.count + registration.refused.count == 16, "\(registration)")
        #expect(registration.refused.allSatisfy { $0 == 409 }, "a refusal says it was registered meanwhile: \(registration.refused)")
        let domain = try await harness.raceOneDomainName(clients: 16)
        #expect(domain.won == 1, "one attachment of one name: \(domain)")
        #expect(domain.refused.allSatisfy { [409, 400].contains($0) }, "\(domain.refused)")

        let report = try await harness.finalReport(operations: counts.attempted, acknowledged: counts.acknowledged)
        print("Races (64 clients):\n\(report.table)")
        #expect(report.acknowledged > report.operations / 2, "\(report.acknowledged) of \(report.operations)")
        #expect(report.lostWrites.isEmpty, "\(report.lostWrites)")
        #expect(report.duplicates.isEmpty, "\(report.duplicates)")
        #expect(report.orphans.isEmpty, "\(report.orphans)")
        #expect(report.unsettled.isEmpty, "\(report.unsettled.prefix(20))")
    }
}
