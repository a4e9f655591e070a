import Foundation

/// The interface an interface endpoint has in one subnet, with its private address.
struct NetworkInterface: CloudResource {
    static let kind = "network-interface"
    var id: String
    var account: String
    var region: String
    var vpcID: String
    var subnetID: String
    var zoneName: String
    var privateIPAddress: String
    var securityGroupIDs: [String]
    var endpointID: String
    var createdAt: Date
}
