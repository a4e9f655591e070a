/// A region of the embedded cloud's Alibaba Cloud, with Alibaba's names and zone ids. Unlike
/// AWS's, a zone id means the same zone in every account.
public struct AlibabaRegion: Sendable, Equatable {
    public let id: String
    public let localName: String
    public let zoneIDs: [String]

    public static let all: [AlibabaRegion] = [
        AlibabaRegion(id: "cn-hangzhou", localName: "China (Hangzhou)", zoneIDs: ["b", "g", "h", "i", "j", "k"].map { "cn-hangzhou-\($0)" }),
        AlibabaRegion(id: "cn-shanghai", localName: "China (Shanghai)", zoneIDs: ["b", "e", "f", "g", "l", "m", "n"].map { "cn-shanghai-\($0)" }),
        AlibabaRegion(id: "cn-beijing", localName: "China (Beijing)", zoneIDs: ["a", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"].map { "cn-beijing-\($0)" }),
        AlibabaRegion(id: "ap-southeast-1", localName: "Singapore", zoneIDs: ["a", "b", "c"].map { "ap-southeast-1\($0)" }),
    ]

    public static func named(_ id: String) -> AlibabaRegion? { all.first { $0.id == id } }

    /// The zone's name as Alibaba's console shows it: `Zone B` of `cn-hangzhou-b`.
    public func localName(ofZone zoneID: String) -> String {
        "\(localName) Zone \(zoneID.dropFirst(id.count).trimmingCharacters(in: ["-"]).uppercased())"
    }
}
