import Foundation
import Testing

/// The same awscli walkthrough against moto and against Postern: every call moto implements
/// must give responses of the same shape, except for the differences kept on purpose and
/// listed, with their reasons, in Fixtures/moto-shape-differences.txt (and the README).
@Suite struct MotoParityTests {
    @Test func walkthroughResponsesHaveMotosShapes() async throws {
        let moto = try await MotoProcess()
        let postern = try await PosternProcess()
        var onMoto = Walkthrough(target: .moto, endpoint: moto.url)
        var onPostern = Walkthrough(target: .postern, endpoint: postern.cloudURL)
        try await onMoto.run()
        try await onPostern.run()
        moto.stop()

        for (label, result) in onPostern.responses {
            #expect(result.status == 0, "Postern failed \(label): \(result.stderr)")
        }
        #expect(onMoto.responses.count > 40)
        var remaining = onPostern.responses
        var observed: Set<String> = []
        var compared = 0
        for (label, motoResult) in onMoto.responses {
            guard let index = remaining.firstIndex(where: { $0.label == label }) else {
                Issue.record("Postern's walkthrough has no step \(label)")
                continue
            }
            let posternResult = remaining.remove(at: index).result
            guard motoResult.status == 0 else { continue }
            compared += 1
            for difference in ResponseShape.differences(moto: ResponseShape(motoResult.json), postern: ResponseShape(posternResult.json)) {
                observed.insert("\(label) | \(difference)")
            }
        }
        #expect(compared > 40)
        let kept = try Self.keptDifferences()
        let unexplained = observed.subtracting(kept).sorted()
        let stale = kept.subtracting(observed).sorted()
        #expect(unexplained.isEmpty, "shape differences not listed in moto-shape-differences.txt:\n\(unexplained.joined(separator: "\n"))")
        #expect(stale.isEmpty, "listed differences no longer seen:\n\(stale.joined(separator: "\n"))")
    }

    /// Lines `label | path kind  # reason` of the fixture.
    static func keptDifferences() throws -> Set<String> {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/moto-shape-differences.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let entry = line.split(separator: "#", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
            return entry.isEmpty ? nil : entry
        })
    }
}
