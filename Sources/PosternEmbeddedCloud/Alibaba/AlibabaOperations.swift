import Foundation
import PosternAlibaba

/// Who makes an Alibaba Cloud request, and when.
struct AlibabaCaller: Sendable {
    let account: String
    let now: Date
    /// The simulated provisioning time of the cloud.
    let delay: TimeInterval
    /// The loopback slots new VPCs take theirs from.
    var loopbackSlots: ClosedRange<Int> = 1...254

    var readyAt: Date { now.addingTimeInterval(delay) }
}

/// Alibaba Cloud's operations (PrivateLink, VPC, ECS security groups, NLB, PrivateZone) on a
/// draft of the cloud, as one caller performs them. They keep their resources in the same
/// tables as AWS's, so the data plane carries both clouds' endpoints alike.
struct AlibabaOperations {
    var cloud: CloudState
    let caller: AlibabaCaller
    /// The region the request names (`RegionId`); PrivateZone's requests name none.
    private(set) var region = AlibabaRegion.all[0]

    init(cloud: CloudState, caller: AlibabaCaller) {
        self.cloud = cloud
        self.caller = caller
    }

    mutating func perform(_ api: AlibabaAPI, _ action: String, _ input: AlibabaInput) throws -> AlibabaJSON {
        if api.isRegional {
            let id = try input.required("RegionId")
            guard let named = AlibabaRegion.named(id) else {
                throw AlibabaServiceError(
                    "InvalidRegionId", "The specified region '\(id)' does not exist; the embedded cloud has \(AlibabaRegion.all.map(\.id).joined(separator: ", ")).")
            }
            region = named
        }
        let output: AlibabaJSON? =
            switch api {
            case .privateLink: try privateLink(action, input)
            case .vpc: try vpcOperation(action, input)
            case .ecs: try ecs(action, input)
            case .nlb: try nlb(action, input)
            case .privateZone: try privateZone(action, input)
            case .sts: action == "GetCallerIdentity" ? callerIdentity() : nil
            }
        guard let output else {
            throw AlibabaServiceError(
                "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method: \(api.product.code) \(api.product.version) has no action '\(action)' in the embedded cloud.",
                status: 404)
        }
        return output
    }

    /// STS 2015-04-01's answer: the account the AccessKey acts in.
    func callerIdentity() -> AlibabaJSON {
        ["AccountId": .string(caller.account), "UserId": .string(caller.account), "Arn": .string("acs:ram::\(caller.account):root"),
         "IdentityType": "Account", "PrincipalId": .string(caller.account)]
    }

    /// Alibaba's answer to `DryRun=true` once a request has passed every check.
    func checkDryRun(_ input: AlibabaInput) throws {
        if try input.bool("DryRun") == true { throw AlibabaServiceError.dryRun() }
    }

    func owns(account: String, region: String) -> Bool { account == caller.account && region == self.region.id }

    func vpc(_ id: String, code: String = "InvalidVpcId.NotFound") throws -> Vpc {
        guard let vpc = cloud.vpcs[id], owns(account: vpc.account, region: vpc.region) else {
            throw AlibabaServiceError(code, "The specified VPC '\(id)' does not exist in \(region.id).")
        }
        return vpc
    }

    func vSwitch(_ id: String, code: String = "InvalidVSwitchId.NotFound") throws -> Subnet {
        guard let subnet = cloud.subnets[id], owns(account: subnet.account, region: subnet.region) else {
            throw AlibabaServiceError(code, "The specified vSwitch '\(id)' does not exist in \(region.id).")
        }
        return subnet
    }

    func securityGroup(_ id: String, code: String = "InvalidSecurityGroupId.NotFound") throws -> SecurityGroup {
        guard let group = cloud.securityGroups[id], owns(account: group.account, region: group.region) else {
            throw AlibabaServiceError(code, "The specified security group '\(id)' does not exist in \(region.id).")
        }
        return group
    }

    func zone(_ id: String) throws -> String {
        guard region.zoneIDs.contains(id) else {
            throw AlibabaServiceError(
                "InvalidZoneId.NotFound", "The zone '\(id)' is not in \(region.id); its zones are \(region.zoneIDs.joined(separator: ", ")).")
        }
        return id
    }

    static func id(_ prefix: String) -> String { "\(prefix)-\(CloudID.alphanumeric(20, uppercase: false))" }

    static func time(_ date: Date) -> AlibabaJSON {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return .string(formatter.string(from: date))
    }

    /// The UID as Alibaba's JSON carries account ids: a number.
    static func uid(_ account: String) -> AlibabaJSON { Int(account).map(AlibabaJSON.int) ?? .string(account) }
}
