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
    /// Whether the service's owner has disconnected this zone (Alibaba Cloud's
    /// DisableVpcEndpointZoneConnection): it carries no traffic until enabled again.
    var zoneDisabled: Bool?
    var createdAt: Date
}
