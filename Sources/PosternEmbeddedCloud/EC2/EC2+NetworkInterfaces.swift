import PosternAWS

extension EC2 {
    func describeNetworkInterfaces(_ input: AWSValue) throws -> AWSValue {
        let ids = input.strings("NetworkInterfaceIds")
        for id in ids where !(cloud.networkInterfaces[id].map { owns(account: $0.account, region: $0.region) } ?? false) {
            throw AWSServiceError("InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '\(id)' does not exist")
        }
        let filters = try Filters(
            input,
            supported: [
                "vpc-id", "subnet-id", "network-interface-id", "availability-zone", "interface-type", "private-ip-address",
                "addresses.private-ip-address", "group-id", "description", "owner-id", "requester-managed", "status",
            ])
        let matching = cloud.networkInterfaces.all.filter { interface in
            owns(account: interface.account, region: interface.region) && (ids.isEmpty || ids.contains(interface.id))
                && filters.match { name in
                    switch name {
                    case "vpc-id": [interface.vpcID]
                    case "subnet-id": [interface.subnetID]
                    case "network-interface-id": [interface.id]
                    case "availability-zone": [interface.zoneName]
                    case "interface-type": ["vpc_endpoint"]
                    case "private-ip-address", "addresses.private-ip-address": [interface.privateIPAddress]
                    case "group-id": interface.securityGroupIDs
                    case "description": [description(of: interface)]
                    case "owner-id": [interface.account]
                    case "requester-managed": ["true"]
                    default: ["in-use"]
                    }
                }
        }
        let page = try Page(matching, input: input)
        return .object(["NetworkInterfaces": .list(page.items.map(value(of:))), "NextToken": page.nextToken.map(AWSValue.string)])
    }

    private func description(of interface: NetworkInterface) -> String { "VPC Endpoint Interface \(interface.endpointID)" }

    func value(of interface: NetworkInterface) -> AWSValue {
        let hostName = "ip-\(interface.privateIPAddress.replacingOccurrences(of: ".", with: "-")).\(interface.region == "us-east-1" ? "ec2.internal" : "\(interface.region).compute.internal")"
        return [
            "NetworkInterfaceId": .string(interface.id), "SubnetId": .string(interface.subnetID), "VpcId": .string(interface.vpcID),
            "AvailabilityZone": .string(interface.zoneName), "Description": .string(description(of: interface)),
            "Groups": .list(interface.securityGroupIDs.map { ["GroupId": .string($0), "GroupName": .string(cloud.securityGroups[$0]?.name ?? "")] }),
            "InterfaceType": "vpc_endpoint", "MacAddress": .string(macAddress(interface.id)), "OwnerId": .string(interface.account),
            "PrivateDnsName": .string(hostName), "PrivateIpAddress": .string(interface.privateIPAddress),
            "PrivateIpAddresses": [["Primary": true, "PrivateIpAddress": .string(interface.privateIPAddress), "PrivateDnsName": .string(hostName)]],
            "RequesterId": "727180483921", "RequesterManaged": true, "SourceDestCheck": true, "Status": "in-use",
            "Ipv6Addresses": [], "TagSet": [],
        ]
    }

    private func macAddress(_ id: String) -> String {
        let hex = Array(id.dropFirst(4).prefix(10))
        return "02:" + stride(from: 0, to: 10, by: 2).map { String(hex[$0..<min($0 + 2, hex.count)]) }.joined(separator: ":")
    }
}
