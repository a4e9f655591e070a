import Foundation
import PosternAWS

/// Elastic Load Balancing (v2) operations: target groups, network load balancers, listeners.
struct ELBv2 {
    var cloud: CloudState
    let caller: Caller

    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue {
        switch operation {
        case "CreateTargetGroup": return try createTargetGroup(input)
        case "DescribeTargetGroups": return try describeTargetGroups(input)
        case "DeleteTargetGroup": return try deleteTargetGroup(input)
        case "RegisterTargets": return try registerTargets(input)
        case "DeregisterTargets": return try deregisterTargets(input)
        case "DescribeTargetHealth": return try describeTargetHealth(input)
        case "CreateLoadBalancer": return try createLoadBalancer(input)
        case "DescribeLoadBalancers": return try describeLoadBalancers(input)
        case "DeleteLoadBalancer": return try deleteLoadBalancer(input)
        case "CreateListener": return try createListener(input)
        case "DescribeListeners": return try describeListeners(input)
        case "DeleteListener": return try deleteListener(input)
        default: throw AWSServiceError.invalidAction(operation, service: "Elastic Load Balancing")
        }
    }

    func owns(account: String, region: String) -> Bool { account == caller.account && region == caller.region.name }

    func targetGroup(_ arn: String) throws -> TargetGroup {
        guard let group = cloud.targetGroups[arn], owns(account: group.account, region: group.region) else {
            throw AWSServiceError("TargetGroupNotFound", "One or more target groups not found: '\(arn)'")
        }
        return group
    }

    func loadBalancer(_ arn: String) throws -> LoadBalancer {
        guard let balancer = cloud.loadBalancers[arn], owns(account: balancer.account, region: balancer.region) else {
            throw AWSServiceError("LoadBalancerNotFound", "One or more load balancers not found: '\(arn)'")
        }
        return balancer
    }

    func vpc(_ id: String) throws -> Vpc {
        guard let vpc = cloud.vpcs[id], owns(account: vpc.account, region: vpc.region) else {
            throw AWSServiceError("ValidationError", "The VPC ID '\(id)' is not found")
        }
        return vpc
    }

    func arn(_ resource: String) -> String {
        "arn:aws:elasticloadbalancing:\(caller.region.name):\(caller.account):\(resource)"
    }

    /// ELBv2 names: 1 to 32 letters, digits and hyphens, not starting or ending with a hyphen.
    static func checkName(_ name: String, kind: String) throws {
        let valid = (1...32).contains(name.count) && !name.hasPrefix("-") && !name.hasSuffix("-")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard valid else {
            throw AWSServiceError(
                "ValidationError", "The \(kind) name '\(name)' is invalid: use 1 to 32 letters, digits and hyphens, not starting or ending with a hyphen.")
        }
    }
}
