import PosternAlibaba

/// The Alibaba Cloud products the embedded cloud answers, told apart by the `x-acs-version`
/// their SDKs send (every product's requests come to the one port).
enum AlibabaAPI: String, Sendable, CaseIterable {
    case privateLink, vpc, ecs, nlb, privateZone, sts

    var product: AlibabaProduct {
        switch self {
        case .privateLink: .privateLink
        case .vpc: .vpc
        case .ecs: .ecs
        case .nlb: .nlb
        case .privateZone: .privateZone
        case .sts: .sts
        }
    }

    init?(version: String) {
        guard let api = Self.allCases.first(where: { $0.product.version == version }) else { return nil }
        self = api
    }

    /// PrivateZone and STS are global; every other product's request names its region.
    var isRegional: Bool { self != .privateZone && self != .sts }

    static var versions: String { allCases.map { "\($0.product.code) \($0.product.version)" }.joined(separator: ", ") }
}
