import Foundation

/// A network load balancer: the front of an endpoint service.
struct LoadBalancer: CloudResource {
    static let kind = "load-balancer"
    var id: String { arn }
    var arn: String
    var account: String
    var region: String
    var name: String
    var type: String
    var scheme: String
    var vpcID: String
    var subnetIDs: [String]
    var securityGroupIDs: [String]
    var ipAddressType: String
    var dnsName: String
    var state: String
    var next: Transition?
    var tags: [Tag] = []
    var createdAt: Date
    /// The `ClientToken` an Alibaba Cloud request made it with.
    var clientToken: String?

    var transitionAt: Date? { next?.at }
}

struct Listener: CloudResource {
    static let kind = "listener"
    var id: String { arn }
    var arn: String
    var account: String
    var region: String
    var loadBalancerARN: String
    var protocolName: String
    var port: Int
    var targetGroupARN: String
    var createdAt: Date
}
