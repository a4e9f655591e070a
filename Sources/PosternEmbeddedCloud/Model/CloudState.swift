import Foundation

/// Everything the embedded cloud holds, across accounts and regions. A value: a request works
/// on a copy and the copy replaces the original only once its changes are saved.
struct CloudState: Sendable {
    var vpcs = Table<Vpc>()
    var subnets = Table<Subnet>()
    var securityGroups = Table<SecurityGroup>()
    var networkInterfaces = Table<NetworkInterface>()
    var targetGroups = Table<TargetGroup>()
    var loadBalancers = Table<LoadBalancer>()
    var listeners = Table<Listener>()
    var endpointServices = Table<EndpointService>()
    var endpoints = Table<VpcEndpoint>()
    var hostedZones = Table<HostedZone>()
    var changes = Table<RecordChange>()
    var roleSessions = Table<RoleSession>()

    /// Moves every resource whose provisioning delay has passed into its next state.
    mutating func advance(to now: Date) {
        for balancer in loadBalancers.all {
            if let next = balancer.next, next.at <= now {
                var updated = balancer
                updated.state = next.state
                updated.next = nil
                loadBalancers[balancer.id] = updated
            }
        }
        for service in endpointServices.all {
            var updated = service
            if let next = service.next, next.at <= now {
                updated.state = next.state
                updated.next = nil
            }
            if var verification = service.privateDNSVerification, verification.state == "pendingVerification",
                let at = verification.verifiedAt, at <= now
            {
                verification.state = "verified"
                updated.privateDNSVerification = verification
            }
            if updated.state != service.state || updated.privateDNSVerification != service.privateDNSVerification {
                endpointServices[service.id] = updated
            }
        }
        for endpoint in endpoints.all {
            if let forgetAt = endpoint.forgetAt, forgetAt <= now {
                endpoints[endpoint.id] = nil
                continue
            }
            guard let next = endpoint.next, next.at <= now else { continue }
            var updated = endpoint
            updated.state = next.state
            updated.next = nil
            if next.state == EndpointState.deleted {
                updated.forgetAt = now.addingTimeInterval(CloudState.deletedEndpointRetention)
            }
            endpoints[endpoint.id] = updated
        }
    }

    /// When `advance` next has something to do, if ever.
    var nextTransition: Date? {
        let times: [Date?] = loadBalancers.all.map { $0.next?.at } + endpointServices.all.map { $0.next?.at }
            + endpointServices.all.map { $0.privateDNSVerification?.state == "pendingVerification" ? $0.privateDNSVerification?.verifiedAt : nil }
            + endpoints.all.map { $0.next?.at } + endpoints.all.map(\.forgetAt)
        return times.compactMap { $0 }.min()
    }

    /// How long a deleted endpoint stays listed as `deleted`, as AWS lists it for a while.
    static let deletedEndpointRetention: TimeInterval = 600
}
