import PosternAWS

/// The AWS services the embedded cloud answers, by the name a SigV4 credential scope gives them.
public enum CloudService: String, Sendable, CaseIterable {
    case ec2
    case elbv2 = "elasticloadbalancing"
    case route53
    case sts
    case cloudWatch = "monitoring"

    public var model: ServiceModel {
        switch self {
        case .ec2: .ec2
        case .elbv2: .elbv2
        case .route53: .route53
        case .sts: .sts
        case .cloudWatch: .cloudWatch
        }
    }
}
