import PosternAWS

extension ELBv2 {
    mutating func createListener(_ input: AWSValue) throws -> AWSValue {
        let balancer = try loadBalancer(try input.required("LoadBalancerArn"))
        let protocolName = try input.required("Protocol")
        guard ["TCP", "TLS", "UDP", "TCP_UDP"].contains(protocolName) else {
            throw AWSServiceError("UnsupportedProtocol", "Protocol '\(protocolName)' is not supported by network load balancers: use TCP, TLS, UDP or TCP_UDP.")
        }
        guard let port = input["Port"]?.int, (1...65535).contains(port) else {
            throw AWSServiceError("ValidationError", "A listener needs a port from 1 to 65535.")
        }
        let actions = input["DefaultActions"]?.list ?? []
        guard actions.count == 1, actions[0]["Type"]?.string == "forward", let groupARN = actions[0]["TargetGroupArn"]?.string else {
            throw AWSServiceError(
                "ValidationError", "A network load balancer listener takes one default action: Type=forward,TargetGroupArn=<target group ARN>.")
        }
        let group = try targetGroup(groupARN)
        guard group.vpcID == balancer.vpcID else {
            throw AWSServiceError("ValidationError", "The target group \(group.name) is in \(group.vpcID), not in the load balancer's VPC \(balancer.vpcID).")
        }
        guard group.protocolName == protocolName || (protocolName == "TLS" && group.protocolName == "TCP") else {
            throw AWSServiceError("IncompatibleProtocols", "The listener protocol \(protocolName) does not match the target group protocol \(group.protocolName).")
        }
        if let other = loadBalancerARNs(of: group).first(where: { $0 != balancer.arn }) {
            throw AWSServiceError(
                "TargetGroupAssociationLimit", "The target group \(group.name) is already used by another load balancer (\(other)).")
        }
        let listeners = cloud.listeners.all.filter { $0.loadBalancerARN == balancer.arn }
        if let existing = listeners.first(where: { $0.port == port }) {
            if existing.protocolName == protocolName && existing.targetGroupARN == groupARN {
                return ["Listeners": [value(of: existing)]]
            }
            throw AWSServiceError("DuplicateListener", "A listener already exists on port \(port) of \(balancer.name)")
        }
        let listener = Listener(
            arn: arn("listener/net/\(balancer.name)/\(balancer.arn.split(separator: "/").last ?? "")/\(CloudID.hex(16))"),
            account: caller.account, region: caller.region.name, loadBalancerARN: balancer.arn, protocolName: protocolName,
            port: port, targetGroupARN: groupARN, createdAt: caller.now)
        cloud.listeners[listener.arn] = listener
        return ["Listeners": [value(of: listener)]]
    }

    func describeListeners(_ input: AWSValue) throws -> AWSValue {
        let arns = input.strings("ListenerArns")
        let balancerARN = input["LoadBalancerArn"]?.string
        if let balancerARN { _ = try loadBalancer(balancerARN) }
        guard !arns.isEmpty || balancerARN != nil else {
            throw AWSServiceError("ValidationError", "Pass --load-balancer-arn or --listener-arns.")
        }
        for arn in arns where cloud.listeners[arn].map({ !owns(account: $0.account, region: $0.region) }) ?? true {
            throw AWSServiceError("ListenerNotFound", "One or more listeners not found: '\(arn)'")
        }
        let matching = cloud.listeners.all.filter { listener in
            owns(account: listener.account, region: listener.region) && (arns.isEmpty || arns.contains(listener.arn))
                && (balancerARN.map { $0 == listener.loadBalancerARN } ?? true)
        }
        let page = try Page(matching, input: input, limits: 1...400, maxName: "PageSize", tokenName: "Marker")
        return .object(["Listeners": .list(page.items.map(value(of:))), "NextMarker": page.nextToken.map(AWSValue.string)])
    }

    mutating func deleteListener(_ input: AWSValue) throws -> AWSValue {
        let arn = try input.required("ListenerArn")
        guard let listener = cloud.listeners[arn], owns(account: listener.account, region: listener.region) else {
            throw AWSServiceError("ListenerNotFound", "One or more listeners not found: '\(arn)'")
        }
        cloud.listeners[listener.arn] = nil
        return .structure([:])
    }

    func value(of listener: Listener) -> AWSValue {
        [
            "ListenerArn": .string(listener.arn), "LoadBalancerArn": .string(listener.loadBalancerARN),
            "Port": .integer(listener.port), "Protocol": .string(listener.protocolName),
            "DefaultActions": [["Type": "forward", "TargetGroupArn": .string(listener.targetGroupARN)]],
        ]
    }
}
