import Foundation
import PosternDomain
import PosternStore

/// Premium instances (TiDB Cloud's v1beta2 API), on AWS and Alibaba Cloud: an instance is a
/// cluster of the PREMIUM tier with one TiDB node group, so it gets its private link service and
/// its endpoint connections through the same reconcilers as a Dedicated node group.
extension API {
    func createTidb(_ input: Operations.CreateTidb.Input) async throws -> Operations.CreateTidb.Output {
        let caller = try Principal.require()
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        try Self.validatePremium(displayName: body.displayName)
        let region = try Self.premiumRegion(body.regionId)
        let plan = body.servicePlan ?? "Premium"
        guard ["Premium", "Premium_Reserved"].contains(plan) else {
            throw APIError.invalidArgument("servicePlan '\(plan)' is not a Premium plan: use Premium or Premium_Reserved (this API makes Premium instances).")
        }
        if let backend = body.backend { try TiDBNodeGroup.validate(backend: backend) }
        let availability = body.highAvailabilityType ?? "REGIONAL"
        guard ["REGIONAL", "ZONAL"].contains(availability) else {
            throw APIError.invalidArgument("highAvailabilityType '\(availability)' is invalid: use REGIONAL or ZONAL.")
        }
        if let maxRcu = body.maxRcu {
            guard let value = Int(maxRcu), (5000...10_000_000).contains(value) else {
                throw APIError.invalidArgument("maxRcu '\(maxRcu)' is invalid: give a whole number of RCUs from 5000 to 10000000 (minRcu is max(5000, maxRcu / 4)).")
            }
        }
        try await checkProjectTakesClusters(caller.projectID)
        let now = Date()
        var labels = (body.labels?.additionalProperties ?? [:]).filter { !$0.key.hasPrefix("postern/") }
        labels["tidb.cloud/project"] = caller.projectID
        labels[Self.planLabel] = plan
        labels[Self.availabilityLabel] = availability
        if let maxRcu = body.maxRcu { labels[Self.maxRcuLabel] = maxRcu }
        var instance = Cluster(
            id: Cluster.newID(), projectID: caller.projectID, displayName: body.displayName, regionID: region.regionID, tier: .premium,
            state: .creating, createdBy: caller.publicKey, createTime: now, labels: labels)
        instance.nodeGroups = [TiDBNodeGroup(id: TiDBNodeGroup.newID(), displayName: "DefaultGroup", nodeCount: 1, nodeSpecKey: "premium", isDefaultGroup: true)]
        instance.nodeGroups[0].backend = body.backend
        if input.query.validateOnly == true { return .ok(.init(body: .json(try await tidb(instance)))) }
        try await store.insert(
            instance, event: Event(resource: instance.name, state: instance.state.rawValue, actor: caller.publicKey, time: now,
                                   reason: "Premium instance created in \(region.name)."))
        return .ok(.init(body: .json(try await tidb(instance))))
    }

    func listTidbs(_ input: Operations.ListTidbs.Input) async throws -> Operations.ListTidbs.Output {
        let caller = try Principal.require()
        let page = try PageRequest(pageSize: input.query.pageSize.map(Int.init).flatMap { $0 > 0 ? min($0, 100) : nil }, pageToken: input.query.pageToken)
        let regions = input.query.regionIds ?? []
        let matching = try await store.all(Cluster.self, Selection([ownerIndex: [caller.projectID], "tier": [ClusterTier.premium.rawValue]]))
            .filter { instance in
                (regions.isEmpty || regions.contains(instance.regionID))
                    && (input.query.name.map { instance.displayName.contains($0) } ?? true)
                    && (input.query.servicePlan.map { instance.labels[Self.planLabel] == $0 } ?? true)
            }
        var shown: [Components.Schemas.Tidb] = []
        for instance in matching.dropFirst(page.offset).prefix(page.size) { shown.append(try await tidb(instance)) }
        return .ok(.init(body: .json(.init(tidbs: shown, totalSize: Int32(matching.count), nextPageToken: page.nextToken(total: matching.count)))))
    }

    func getTidb(_ input: Operations.GetTidb.Input) async throws -> Operations.GetTidb.Output {
        .ok(.init(body: .json(try await tidb(try await ownTidb(input.path.tidbId)))))
    }

    func deleteTidb(_ input: Operations.DeleteTidb.Input) async throws -> Operations.DeleteTidb.Output {
        let instance = try await ownTidb(input.path.tidbId)
        if input.query.validateOnly == true { return .ok(.init(body: .json(try await tidb(instance)))) }
        return .ok(.init(body: .json(try await tidb(try await askDeletion(of: instance)))))
    }

    func getTidbPrivateLinkService(_ input: Operations.GetTidbPrivateLinkService.Input) async throws -> Operations.GetTidbPrivateLinkService.Output {
        let instance = try await ownTidb(input.path.tidbId)
        let service = try await premiumService(of: instance)
        let region = instance.region ?? CloudRegion.all[0]
        return .ok(.init(body: .json(.init(
            name: "tidbs/\(instance.id)/privateLinkService", tidbId: instance.id, regionId: region.regionID, regionDisplayName: region.displayName,
            cloudProvider: region.provider.rawValue, serviceName: service.serviceName, serviceDnsName: service.state == .active ? service.dnsName : nil,
            availableZones: service.zoneIDs, servicePort: Int32(service.port), state: service.state.rawValue))))
    }

    func listTidbPrivateEndpointConnections(_ input: Operations.ListTidbPrivateEndpointConnections.Input) async throws
        -> Operations.ListTidbPrivateEndpointConnections.Output
    {
        let instance = try await ownTidb(input.path.tidbId)
        let group = instance.nodeGroups.first?.id ?? ""
        let page = try PageRequest(pageSize: input.query.pageSize.map(Int.init).flatMap { $0 > 0 ? min($0, 100) : nil }, pageToken: input.query.pageToken)
            .skipping(Int(input.query.skip ?? 0))
        let (connections, total) = try await store.page(PrivateEndpointConnection.self, .owned(by: group), page)
        var shown: [Components.Schemas.TidbPrivateEndpointConnection] = []
        for connection in connections { shown.append(try await tidbConnection(connection, of: instance)) }
        return .ok(.init(body: .json(.init(privateEndpointConnections: shown, totalSize: Int32(total), nextPageToken: page.nextToken(total: total)))))
    }

    func createTidbPrivateEndpointConnection(_ input: Operations.CreateTidbPrivateEndpointConnection.Input) async throws
        -> Operations.CreateTidbPrivateEndpointConnection.Output
    {
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        let instance = try await ownTidb(input.path.tidbId)
        guard instance.state == .active else {
            throw APIError.failedPrecondition("Premium instance \(instance.id) is \(instance.state.rawValue); register endpoints once it is ACTIVE.")
        }
        guard let region = instance.region else { throw APIError.internalError("Premium instance \(instance.id) has an unknown region.") }
        if let named = body.regionId, !named.isEmpty, (try? Self.premiumRegion(named))?.regionID != region.regionID {
            throw APIError.invalidArgument(
                "regionId \(named) is not the instance's region \(region.regionID): private endpoint connections across regions are not supported. Create the endpoint in \(region.code).")
        }
        let endpointID = body.endpointId ?? ""
        try PrivateEndpointConnection.validate(endpointID: endpointID, provider: region.provider)
        let service = try await premiumService(of: instance)
        guard service.state == .active, service.serviceName != nil else {
            throw APIError.failedPrecondition(
                "The private link service of Premium instance \(instance.id) is \(service.state.rawValue), not ACTIVE yet; create your endpoint once GET /v1beta2/tidbs/\(instance.id)/privateLinkService shows ACTIVE.")
        }
        var domain: String?
        if region.provider == .alicloud {
            domain = try Self.alibabaDomain(body.privateDomainName, endpointID: endpointID, service: service)
        }
        let connection = try await register(
            endpointID: endpointID, with: service, domain: domain,
            failed: .refuse { [id = instance.id] connection in
                "delete the connection (DELETE /v1beta2/tidbs/\(id)/privateEndpointConnections/\(connection)) and create a new one."
            })
        return .ok(.init(body: .json(try await tidbConnection(connection, of: instance))))
    }

    func getTidbPrivateEndpointConnection(_ input: Operations.GetTidbPrivateEndpointConnection.Input) async throws
        -> Operations.GetTidbPrivateEndpointConnection.Output
    {
        let (instance, connection) = try await ownTidbConnection(input.path.tidbId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await tidbConnection(connection, of: instance))))
    }

    /// Only a PENDING connection's `privateDomainName` may change; a FAILED one is deleted and made again.
    func updateTidbPrivateEndpointConnection(_ input: Operations.UpdateTidbPrivateEndpointConnection.Input) async throws
        -> Operations.UpdateTidbPrivateEndpointConnection.Output
    {
        let caller = try Principal.require()
        guard case .json(let body) = input.body else { throw APIError.invalidArgument("The body must be JSON.") }
        let (instance, found) = try await ownTidbConnection(input.path.tidbId, input.path.privateEndpointConnectionId)
        var connection = found
        switch connection.state {
        case .pending: break
        case .failed:
            throw APIError.failedPrecondition(
                "Connection \(connection.id) FAILED and cannot be edited: delete it (DELETE /v1beta2/tidbs/\(instance.id)/privateEndpointConnections/\(connection.id)) and create a new one.")
        default:
            throw APIError.failedPrecondition("Connection \(connection.id) is \(connection.state.rawValue); only a PENDING connection can be edited.")
        }
        if let endpointID = body.endpointId, endpointID != connection.endpointID {
            throw APIError.invalidArgument("endpointId cannot change; delete this connection and create one for endpoint \(endpointID).")
        }
        guard instance.region?.provider == .alicloud else {
            throw APIError.invalidArgument("Nothing of an AWS connection can be edited; privateDomainName is Alibaba Cloud's.")
        }
        let service = try await premiumService(of: instance)
        connection.privateDomainName = try Self.alibabaDomain(body.privateDomainName, endpointID: connection.endpointID, service: service)
        let now = Date()
        connection.updateTime = now
        guard try await store.update(
            connection, event: Event(resource: connection.name, state: connection.state.rawValue, actor: caller.publicKey, time: now,
                                     reason: "Domain name set to \(connection.privateDomainName ?? "")."),
            ifStateIs: .pending)
        else { throw APIError(status: 409, code: 10, message: "Connection \(connection.id) changed meanwhile; GET it and try again.") }
        return .ok(.init(body: .json(try await tidbConnection(connection, of: instance))))
    }

    func deleteTidbPrivateEndpointConnection(_ input: Operations.DeleteTidbPrivateEndpointConnection.Input) async throws
        -> Operations.DeleteTidbPrivateEndpointConnection.Output
    {
        let (instance, connection) = try await ownTidbConnection(input.path.tidbId, input.path.privateEndpointConnectionId)
        return .ok(.init(body: .json(try await tidbConnection(try await askDeletion(of: connection), of: instance))))
    }

    static func alibabaDomain(_ given: String?, endpointID: String, service: PrivateLinkService) throws -> String {
        try PrivateEndpointConnection.validate(
            privateDomainName: given, endpointID: endpointID, serviceDomain: service.dnsName, serviceID: service.serviceID ?? "",
            region: service.region, zones: service.zoneIDs)
    }

    // MARK: - Lookups and views

    static let planLabel = "postern/service-plan"
    static let availabilityLabel = "postern/high-availability-type"
    static let maxRcuLabel = "postern/max-rcu"

    /// The caller's Premium instance; another tier's cluster is as missing as one that never was.
    func ownTidb(_ id: String) async throws -> Cluster {
        let caller = try Principal.require()
        guard let instance = try await store.get(Cluster.self, id: id), instance.projectID == caller.projectID, instance.tier == .premium else {
            throw APIError.notFound("Premium instance \(id) not found: GET /v1beta2/tidbs lists your instances.")
        }
        return instance
    }

    func ownTidbConnection(_ tidbID: String, _ id: String) async throws -> (Cluster, PrivateEndpointConnection) {
        let instance = try await ownTidb(tidbID)
        guard let connection = try await store.get(PrivateEndpointConnection.self, id: id), connection.clusterID == instance.id else {
            throw APIError.notFound(
                "Private endpoint connection \(id) not found on Premium instance \(instance.id): GET /v1beta2/tidbs/\(instance.id)/privateEndpointConnections lists them.")
        }
        return (instance, connection)
    }

    func premiumService(of instance: Cluster) async throws -> PrivateLinkService {
        guard let group = instance.nodeGroups.first, let service = try await store.get(PrivateLinkService.self, id: group.id) else {
            throw APIError.notFound(
                "Premium instance \(instance.id) has no private link service yet: it is \(instance.state.rawValue), and gets one as soon as it is made.")
        }
        return service
    }

    /// Premium runs on AWS and Alibaba Cloud; `regionId` is `aws-us-west-2` or `alicloud-ap-southeast-1` (no `regions/`).
    static func premiumRegion(_ id: String) throws -> CloudRegion {
        guard let region = CloudRegion.all.first(where: { $0.regionID == id || $0.name == id }) else {
            throw APIError.invalidArgument(
                "regionId '\(id)' is not a region Premium instances run in: use one of \(CloudRegion.all.map(\.regionID).joined(separator: ", ")).")
        }
        return region
    }

    /// 4 to 64 letters, digits and hyphens, a letter or digit at each end.
    static func validatePremium(displayName: String) throws {
        let characters = Array(displayName)
        let valid = (4...64).contains(characters.count)
            && characters.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            && characters.first != "-" && characters.last != "-"
        guard valid else {
            throw APIError.invalidArgument(
                "displayName '\(displayName)' is invalid: use 4 to 64 letters, digits and hyphens, starting and ending with a letter or digit.")
        }
    }

    func tidb(_ instance: Cluster) async throws -> Components.Schemas.Tidb {
        let region = instance.region ?? CloudRegion.all[0]
        var service: PrivateLinkService?
        if let group = instance.nodeGroups.first { service = try await store.get(PrivateLinkService.self, id: group.id) }
        var endpoints: [Components.Schemas.TidbEndpoint] = []
        if let service, service.state == .active {
            switch region.provider {
            case .aws:
                endpoints.append(.init(host: service.dnsName, port: Int32(service.port), connectionType: "PRIVATE_ENDPOINT"))
            case .alicloud:
                for connection in try await store.all(PrivateEndpointConnection.self, .owned(by: service.nodeGroupID))
                where connection.state == .active {
                    endpoints.append(.init(host: connection.privateDomainName, port: Int32(service.port), connectionType: "PRIVATE_ENDPOINT"))
                }
            }
        }
        let labels = instance.labels.filter { !$0.key.hasPrefix("postern/") }
        let maxRcu = instance.labels[Self.maxRcuLabel]
        return .init(
            name: "tidbs/\(instance.id)", tidbId: instance.id, displayName: instance.displayName, regionId: region.regionID,
            cloudProvider: region.provider.rawValue, regionDisplayName: region.displayName, state: instance.state.rawValue,
            minRcu: maxRcu.flatMap(Int.init).map { String(max(5000, $0 / 4)) }, maxRcu: maxRcu,
            servicePlan: instance.labels[Self.planLabel] ?? "Premium", highAvailabilityType: instance.labels[Self.availabilityLabel] ?? "REGIONAL",
            labels: .init(additionalProperties: labels), creator: instance.createdBy, createTime: instance.createTime,
            updateTime: instance.updateTime, endpoints: endpoints, tidbVersion: "v8.5.0", backend: instance.nodeGroups.first?.backend)
    }

    func tidbConnection(_ connection: PrivateEndpointConnection, of instance: Cluster) async throws -> Components.Schemas.TidbPrivateEndpointConnection {
        let region = instance.region ?? CloudRegion.all[0]
        let service = try await store.get(PrivateLinkService.self, id: connection.nodeGroupID)
        let host: String? =
            connection.state == .active ? (region.provider == .alicloud ? connection.privateDomainName : service?.dnsName) : nil
        return .init(
            name: "tidbs/\(instance.id)/privateEndpointConnections/\(connection.id)", id: connection.id, tidbId: instance.id,
            privateEndpointConnectionId: connection.id, regionId: region.regionID, regionDisplayName: region.displayName,
            cloudProvider: region.provider.rawValue, endpointId: connection.endpointID, endpointState: connection.state.rawValue,
            message: connection.message ?? "", privateLinkService: service?.serviceName, privateLinkServiceState: service?.state.rawValue,
            host: host, port: host == nil ? nil : String(service?.port ?? instance.port), privateDomainName: connection.privateDomainName,
            createTime: connection.createTime)
    }
}
