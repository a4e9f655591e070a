import Foundation

/// A group of AWS regions that share a DNS suffix and their global services' homes, as the
/// SDKs' partition table has them.
public struct AWSPartition: Sendable, Equatable {
    public let id: String
    public let dnsSuffix: String
    /// Where the partition's global services sign (Route 53's home region).
    public let globalRegion: String
    /// Route 53's one endpoint host in the partition.
    public let route53Host: String
    let regionPattern: String

    public static let aws = AWSPartition(
        id: "aws", dnsSuffix: "amazonaws.com", globalRegion: "us-east-1", route53Host: "route53.amazonaws.com",
        regionPattern: #"^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$"#)
    public static let china = AWSPartition(
        id: "aws-cn", dnsSuffix: "amazonaws.com.cn", globalRegion: "cn-northwest-1", route53Host: "route53.amazonaws.com.cn",
        regionPattern: #"^cn-\w+-\d+$"#)
    public static let govCloud = AWSPartition(
        id: "aws-us-gov", dnsSuffix: "amazonaws.com", globalRegion: "us-gov-west-1", route53Host: "route53.us-gov.amazonaws.com",
        regionPattern: #"^us-gov-\w+-\d+$"#)
    public static let iso = AWSPartition(
        id: "aws-iso", dnsSuffix: "c2s.ic.gov", globalRegion: "us-iso-east-1", route53Host: "route53.c2s.ic.gov",
        regionPattern: #"^us-iso-\w+-\d+$"#)
    public static let isoB = AWSPartition(
        id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", globalRegion: "us-isob-east-1", route53Host: "route53.sc2s.sgov.gov",
        regionPattern: #"^us-isob-\w+-\d+$"#)

    /// The most specific first: `us-gov-…` and `us-iso-…` also look like `us-…`.
    public static let all: [AWSPartition] = [.govCloud, .iso, .isoB, .china, .aws]

    /// The partition of `region`; an unknown shape falls in `aws`, as the SDKs do.
    public static func of(region: String) -> AWSPartition {
        all.first { region.range(of: $0.regionPattern, options: .regularExpression) != nil } ?? .aws
    }
}
