/// A region clusters can be created in: a cloud provider's region, named as TiDB Cloud names
/// it (`regions/aws-us-west-2`).
public struct CloudRegion: Sendable, Equatable, Hashable {
    public let provider: Cloud
    /// The provider's own name: `us-west-2`.
    public let code: String
    public let displayName: String

    /// `aws-us-west-2`.
    public var regionID: String { "\(provider.rawValue)-\(code)" }
    /// `regions/aws-us-west-2`.
    public var name: String { "regions/\(regionID)" }

    public static let all: [CloudRegion] = [
        CloudRegion(provider: .aws, code: "us-east-1", displayName: "N. Virginia (us-east-1)"),
        CloudRegion(provider: .aws, code: "us-west-2", displayName: "Oregon (us-west-2)"),
        CloudRegion(provider: .aws, code: "eu-west-1", displayName: "Ireland (eu-west-1)"),
        CloudRegion(provider: .aws, code: "eu-central-1", displayName: "Frankfurt (eu-central-1)"),
        CloudRegion(provider: .aws, code: "ap-southeast-1", displayName: "Singapore (ap-southeast-1)"),
        CloudRegion(provider: .alicloud, code: "ap-southeast-1", displayName: "Singapore (ap-southeast-1)"),
        CloudRegion(provider: .alicloud, code: "cn-hangzhou", displayName: "Hangzhou (cn-hangzhou)"),
    ]

    /// Reads `regions/aws-us-west-2` (or `aws-us-west-2`).
    public static func parse(_ text: String) throws(APIError) -> CloudRegion {
        let id = text.hasPrefix("regions/") ? String(text.dropFirst("regions/".count)) : text
        guard let region = all.first(where: { $0.regionID == id }) else {
            throw .invalidArgument(
                "Unknown region '\(text)': use one of \(all.map(\.name).joined(separator: ", ")) (GET /v1beta1/regions lists them).")
        }
        return region
    }
}

/// A cloud clusters run on, as TiDB Cloud names it in region ids.
public enum Cloud: String, Sendable, Codable, CaseIterable {
    case aws
    case alicloud
}
