import PosternDomain

/// The providers the control plane works through, registered by cloud: what each cloud does
/// for endpoints, endpoint services, private DNS and usage. A cloud none is registered for
/// refuses, with a message saying so.
public struct CloudProviders: Sendable {
    /// One cloud's providers.
    public struct Registration: Sendable {
        public var endpoints: any EndpointProvider
        public var endpointServices: any EndpointServiceProvider
        public var domainRecords: any DomainRecordProvider
        public var usage: (any UsageSource)?

        public init(
            endpoints: any EndpointProvider, endpointServices: any EndpointServiceProvider, domainRecords: any DomainRecordProvider,
            usage: (any UsageSource)? = nil
        ) {
            self.endpoints = endpoints
            self.endpointServices = endpointServices
            self.domainRecords = domainRecords
            self.usage = usage
        }
    }

    private var registrations: [Cloud: Registration] = [:]

    public init(_ registrations: [Cloud: Registration] = [:]) { self.registrations = registrations }

    /// No provider: clusters still move, nothing reaches a cloud.
    public static let none = CloudProviders()

    public mutating func register(_ cloud: Cloud, _ registration: Registration) { registrations[cloud] = registration }

    public var clouds: [Cloud] { registrations.keys.sorted { $0.rawValue < $1.rawValue } }

    public func registration(for cloud: Cloud) -> Registration? { registrations[cloud] }

    public func endpoints(for cloud: Cloud) throws(CloudRefusal) -> any EndpointProvider { try require(cloud).endpoints }
    public func endpointServices(for cloud: Cloud) throws(CloudRefusal) -> any EndpointServiceProvider { try require(cloud).endpointServices }
    public func domainRecords(for cloud: Cloud) throws(CloudRefusal) -> any DomainRecordProvider { try require(cloud).domainRecords }

    private func require(_ cloud: Cloud) throws(CloudRefusal) -> Registration {
        guard let registration = registrations[cloud] else {
            throw CloudRefusal(
                "This Postern has no \(cloud.displayName) provider: run postern serve with a cloud that serves \(cloud.displayName) to reach it.")
        }
        return registration
    }
}
