import PosternAWS

/// One AWS service's operations, applied by one caller to a draft of the cloud.
protocol ServiceOperations {
    var cloud: CloudState { get }
    init(cloud: CloudState, caller: Caller)
    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue
}

extension EC2: ServiceOperations {}
extension ELBv2: ServiceOperations {}
extension Route53: ServiceOperations {}
extension STS: ServiceOperations {}
extension CloudWatch: ServiceOperations {}

extension CloudService {
    var operations: any ServiceOperations.Type {
        switch self {
        case .ec2: EC2.self
        case .elbv2: ELBv2.self
        case .route53: Route53.self
        case .sts: STS.self
        case .cloudWatch: CloudWatch.self
        }
    }
}
