import Foundation

/// Both PrivateLink flows and Route 53, as the customer and the provider run them with awscli,
/// recording every response. Run against moto and against Postern to compare their shapes.
struct Walkthrough {
    enum Target { case moto, postern }

    let target: Target
    let provider: AWSCLI
    private(set) var responses: [(label: String, result: AWSCLI.Result)] = []

    init(target: Target, endpoint: String) {
        self.target = target
        provider = AWSCLI(endpoint: endpoint, accessKeyID: "AKIAPROVIDER00000000", region: "us-east-1")
    }

    @discardableResult
    private mutating func step(_ label: String, _ aws: AWSCLI, _ arguments: [String]) async throws -> JSON {
        let result = try await aws.run(arguments)
        responses.append((label, result))
        return result.json
    }

    mutating func run() async throws {
        let p = provider
        try await step("sts get-caller-identity", p, ["sts", "get-caller-identity"])
        let vpc = try await step("ec2 create-vpc", p, ["ec2", "create-vpc", "--cidr-block", "10.0.0.0/16"])["Vpc"]["VpcId"].string ?? ""
        var subnets: [String] = []
        for (index, zone) in ["a", "b", "c"].enumerated() {
            subnets.append(try await step(
                "ec2 create-subnet", p,
                ["ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.\(index + 1).0/24", "--availability-zone", "us-east-1\(zone)"]
            )["Subnet"]["SubnetId"].string ?? "")
        }
        try await step("ec2 describe-subnets", p, ["ec2", "describe-subnets", "--subnet-ids"] + subnets)
        try await step("ec2 modify-vpc-attribute", p, ["ec2", "modify-vpc-attribute", "--vpc-id", vpc, "--enable-dns-hostnames", #"{"Value":true}"#])
        try await step("ec2 describe-vpc-attribute", p, ["ec2", "describe-vpc-attribute", "--vpc-id", vpc, "--attribute", "enableDnsHostnames"])
        try await step("ec2 describe-vpcs", p, ["ec2", "describe-vpcs", "--vpc-ids", vpc])
        try await step("ec2 describe-availability-zones", p, ["ec2", "describe-availability-zones"])
        let group = try await step(
            "ec2 create-security-group", p, ["ec2", "create-security-group", "--group-name", "tidb-nlb", "--description", "TiDB NLB", "--vpc-id", vpc]
        )["GroupId"].string ?? ""
        try await step(
            "ec2 authorize-security-group-ingress", p,
            ["ec2", "authorize-security-group-ingress", "--group-id", group, "--ip-permissions",
             "IpProtocol=tcp,FromPort=4000,ToPort=4000,IpRanges=[{CidrIp=10.0.0.0/8}]"])
        try await step("ec2 describe-security-groups", p, ["ec2", "describe-security-groups", "--group-ids", group])
        let targetGroup = try await step(
            "elbv2 create-target-group", p,
            ["elbv2", "create-target-group", "--name", "tidb-tg", "--protocol", "TCP", "--port", "4000", "--vpc-id", vpc,
             "--target-type", "ip", "--health-check-protocol", "TCP"])["TargetGroups"][0]["TargetGroupArn"].string ?? ""
        try await step("elbv2 register-targets", p, ["elbv2", "register-targets", "--target-group-arn", targetGroup, "--targets", "Id=10.0.1.10,Port=4000"])
        let balancer = try await step(
            "elbv2 create-load-balancer", p,
            ["elbv2", "create-load-balancer", "--name", "tidb-nlb", "--type", "network", "--scheme", "internal", "--subnets"] + subnets
        )["LoadBalancers"][0]["LoadBalancerArn"].string ?? ""
        let listener = try await step(
            "elbv2 create-listener", p,
            ["elbv2", "create-listener", "--load-balancer-arn", balancer, "--protocol", "TCP", "--port", "4000",
             "--default-actions", "Type=forward,TargetGroupArn=\(targetGroup)"])["Listeners"][0]["ListenerArn"].string ?? ""
        try await step("elbv2 describe-target-health", p, ["elbv2", "describe-target-health", "--target-group-arn", targetGroup])
        try await step("elbv2 describe-load-balancers", p, ["elbv2", "describe-load-balancers", "--load-balancer-arns", balancer])
        try await step("elbv2 describe-target-groups", p, ["elbv2", "describe-target-groups", "--target-group-arns", targetGroup])
        try await step("elbv2 describe-listeners", p, ["elbv2", "describe-listeners", "--load-balancer-arn", balancer])
        let service = try await step(
            "ec2 create-vpc-endpoint-service-configuration", p,
            ["ec2", "create-vpc-endpoint-service-configuration", "--acceptance-required", "--network-load-balancer-arns", balancer,
             "--private-dns-name", "db.tidb.example.internal",
             "--tag-specifications", "ResourceType=vpc-endpoint-service,Tags=[{Key=Name,Value=tidb}]"])["ServiceConfiguration"]
        let serviceID = service["ServiceId"].string ?? "", serviceName = service["ServiceName"].string ?? ""
        let consumerAccount = "210987654321"
        try await step(
            "ec2 modify-vpc-endpoint-service-permissions", p,
            ["ec2", "modify-vpc-endpoint-service-permissions", "--service-id", serviceID, "--add-allowed-principals", "arn:aws:iam::\(consumerAccount):root"])
        try await step("ec2 describe-vpc-endpoint-service-permissions", p, ["ec2", "describe-vpc-endpoint-service-permissions", "--service-id", serviceID])
        try await step("ec2 describe-vpc-endpoint-service-configurations", p, ["ec2", "describe-vpc-endpoint-service-configurations", "--service-ids", serviceID])
        try await step("ec2 describe-vpc-endpoint-services", p, ["ec2", "describe-vpc-endpoint-services", "--service-names", serviceName])
        try await step(
            "ec2 modify-vpc-endpoint-service-configuration", p,
            ["ec2", "modify-vpc-endpoint-service-configuration", "--service-id", serviceID, "--private-dns-name", "db.tidb.example.internal", "--acceptance-required"])
        if target == .postern {
            try await step("ec2 start-vpc-endpoint-service-private-dns-verification", p,
                           ["ec2", "start-vpc-endpoint-service-private-dns-verification", "--service-id", serviceID])
        }

        let credentials = try await step(
            "sts assume-role", p, ["sts", "assume-role", "--role-arn", "arn:aws:iam::\(consumerAccount):role/consumer", "--role-session-name", "walkthrough"]
        )["Credentials"]
        var c = AWSCLI(endpoint: p.endpoint, accessKeyID: credentials["AccessKeyId"].string ?? "", region: "us-east-1")
        c.secretAccessKey = credentials["SecretAccessKey"].string ?? ""
        c.sessionToken = credentials["SessionToken"].string
        let consumerVPC = try await step("ec2 create-vpc (consumer)", c, ["ec2", "create-vpc", "--cidr-block", "172.31.0.0/16"])["Vpc"]["VpcId"].string ?? ""
        try await step("ec2 modify-vpc-attribute (consumer)", c, ["ec2", "modify-vpc-attribute", "--vpc-id", consumerVPC, "--enable-dns-hostnames", #"{"Value":true}"#])
        let zoneIDs = service["AvailabilityZoneIds"].strings
        var consumerSubnets: [String] = []
        for (index, zone) in ["a", "b"].enumerated() {
            var arguments = ["ec2", "create-subnet", "--vpc-id", consumerVPC, "--cidr-block", "172.31.\(index + 1).0/24"]
            arguments += zoneIDs.count > index ? ["--availability-zone-id", zoneIDs[index]] : ["--availability-zone", "us-east-1\(zone)"]
            consumerSubnets.append(try await step("ec2 create-subnet (consumer)", c, arguments)["Subnet"]["SubnetId"].string ?? "")
        }
        let consumerGroup = try await step(
            "ec2 create-security-group (consumer)", c,
            ["ec2", "create-security-group", "--group-name", "tidb-client", "--description", "TiDB client", "--vpc-id", consumerVPC])["GroupId"].string ?? ""
        try await step("ec2 authorize-security-group-ingress (consumer)", c,
                       ["ec2", "authorize-security-group-ingress", "--group-id", consumerGroup, "--protocol", "tcp", "--port", "4000", "--cidr", "172.31.0.0/16"])
        let endpoint = try await step(
            "ec2 create-vpc-endpoint", c,
            ["ec2", "create-vpc-endpoint", "--vpc-endpoint-type", "Interface", "--vpc-id", consumerVPC, "--service-name", serviceName,
             "--security-group-ids", consumerGroup, "--no-private-dns-enabled",
             "--tag-specifications", "ResourceType=vpc-endpoint,Tags=[{Key=Name,Value=tidb}]", "--subnet-ids"] + consumerSubnets)["VpcEndpoint"]
        let endpointID = endpoint["VpcEndpointId"].string ?? ""
        let endpointDNS = endpoint["DnsEntries"][0]["DnsName"].string ?? ""
        try await step("ec2 describe-vpc-endpoints", c, ["ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpointID])
        try await step("ec2 describe-vpc-endpoints (filters)", c,
                       ["ec2", "describe-vpc-endpoints", "--filters", "Name=service-name,Values=\(serviceName)", "Name=tag:Name,Values=tidb"])
        try await step("ec2 describe-network-interfaces", c,
                       ["ec2", "describe-network-interfaces", "--filters", "Name=vpc-id,Values=\(consumerVPC)"])
        if target == .postern {
            try await step("ec2 describe-vpc-endpoint-connections", p,
                           ["ec2", "describe-vpc-endpoint-connections", "--filters", "Name=service-id,Values=\(serviceID)"])
            try await step("ec2 accept-vpc-endpoint-connections", p,
                           ["ec2", "accept-vpc-endpoint-connections", "--service-id", serviceID, "--vpc-endpoint-ids", endpointID])
        }
        try await step("ec2 modify-vpc-endpoint --private-dns-enabled", c,
                       ["ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpointID, "--private-dns-enabled"])

        let zone = try await step(
            "route53 create-hosted-zone", c,
            ["route53", "create-hosted-zone", "--name", "db.tidb.example.internal", "--caller-reference", "walkthrough",
             "--vpc", "VPCRegion=us-east-1,VPCId=\(consumerVPC)", "--hosted-zone-config", "Comment=privatelink,PrivateZone=true"])
        let zoneID = (zone["HostedZone"]["Id"].string ?? "").replacingOccurrences(of: "/hostedzone/", with: "")
        let alias = #"{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"db.tidb.example.internal","Type":"A","AliasTarget":{"HostedZoneId":"Z7HUB22UULQXV","DNSName":"\#(endpointDNS)","EvaluateTargetHealth":false}}}]}"#
        let cname = #"{"Changes":[{"Action":"CREATE","ResourceRecordSet":{"Name":"tidb.db.tidb.example.internal","Type":"CNAME","TTL":300,"ResourceRecords":[{"Value":"\#(endpointDNS)"}]}}]}"#
        try await step("route53 change-resource-record-sets", c, ["route53", "change-resource-record-sets", "--hosted-zone-id", zoneID, "--change-batch", alias])
        try await step("route53 change-resource-record-sets", c, ["route53", "change-resource-record-sets", "--hosted-zone-id", zoneID, "--change-batch", cname])
        try await step("route53 list-resource-record-sets", c, ["route53", "list-resource-record-sets", "--hosted-zone-id", zoneID])
        try await step("route53 list-hosted-zones-by-vpc", c,
                       ["route53", "list-hosted-zones-by-vpc", "--vpc-id", consumerVPC, "--vpc-region", "us-east-1"])
        try await step("route53 get-hosted-zone", c, ["route53", "get-hosted-zone", "--id", zoneID])
        try await step("route53 change-resource-record-sets", c,
                       ["route53", "change-resource-record-sets", "--hosted-zone-id", zoneID, "--change-batch", cname.replacingOccurrences(of: "CREATE", with: "DELETE")])
        try await step("route53 change-resource-record-sets", c,
                       ["route53", "change-resource-record-sets", "--hosted-zone-id", zoneID, "--change-batch", alias.replacingOccurrences(of: "UPSERT", with: "DELETE")])
        try await step("route53 delete-hosted-zone", c, ["route53", "delete-hosted-zone", "--id", zoneID])

        try await step("ec2 delete-vpc-endpoints", c, ["ec2", "delete-vpc-endpoints", "--vpc-endpoint-ids", endpointID])
        try await step("ec2 delete-vpc-endpoint-service-configurations", p,
                       ["ec2", "delete-vpc-endpoint-service-configurations", "--service-ids", serviceID])
        try await step("elbv2 delete-listener", p, ["elbv2", "delete-listener", "--listener-arn", listener])
        try await step("elbv2 delete-load-balancer", p, ["elbv2", "delete-load-balancer", "--load-balancer-arn", balancer])
        try await step("elbv2 delete-target-group", p, ["elbv2", "delete-target-group", "--target-group-arn", targetGroup])
        try await step("ec2 delete-security-group", p, ["ec2", "delete-security-group", "--group-id", group])
        for subnet in subnets { try await step("ec2 delete-subnet", p, ["ec2", "delete-subnet", "--subnet-id", subnet]) }
        try await step("ec2 delete-vpc", p, ["ec2", "delete-vpc", "--vpc-id", vpc])
    }
}

/// The structure of a JSON response: every path (`VpcEndpoint.DnsEntries[].DnsName`) with
/// its JSON type, and the paths of lists that were empty (whose items cannot be compared).
struct ResponseShape {
    private(set) var types: [String: String] = [:]
    private(set) var emptyLists: Set<String> = []

    init(_ json: JSON) { visit(json.value, path: "") }

    private mutating func visit(_ value: Any?, path: String) {
        switch value {
        case let object as [String: Any]:
            if !path.isEmpty { types[path] = "object" }
            for (key, child) in object { visit(child, path: path.isEmpty ? key : "\(path).\(key)") }
        case let array as [Any]:
            types[path] = "array"
            if array.isEmpty { emptyLists.insert(path) }
            for item in array { visit(item, path: "\(path)[]") }
        case is String: types[path] = "string"
        case is Bool where !(value is Int): types[path] = "boolean"
        case is Bool, is Int, is Double, is NSNumber:
            types[path] = String(cString: (value as! NSNumber).objCType) == "c" ? "boolean" : "number"
        case nil, is NSNull: break
        default: types[path] = "other"
        }
    }

    /// Paths one side has and the other does not, or has with another type; nothing is said of
    /// items of a list that is empty on either side.
    static func differences(moto: ResponseShape, postern: ResponseShape) -> [String] {
        let empty = moto.emptyLists.union(postern.emptyLists)
        func comparable(_ path: String) -> Bool { !empty.contains { path.hasPrefix($0 + "[]") } }
        var out: [String] = []
        for path in Set(moto.types.keys).union(postern.types.keys).sorted() where comparable(path) {
            switch (moto.types[path], postern.types[path]) {
            case (nil, _): out.append("\(path) postern-only")
            case (_, nil): out.append("\(path) moto-only")
            case let (a?, b?) where a != b: out.append("\(path) type \(a)/\(b)")
            default: continue
            }
        }
        return out
    }
}
