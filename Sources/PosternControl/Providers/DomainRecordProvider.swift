/// Private DNS in the platform's network: names routed through an endpoint.
public protocol DomainRecordProvider: Sendable {
    /// The private zone `records.zoneName` in the platform network, found or made, with each
    /// domain pointing at the endpoint (at its address in the domain's zone, when it names one).
    func ensureDomainRecords(_ records: DomainRecords) async throws
    /// Removes the zone `zoneName` and its records, if they exist.
    func removeDomainRecords(zoneName: String, region: String) async throws
}
