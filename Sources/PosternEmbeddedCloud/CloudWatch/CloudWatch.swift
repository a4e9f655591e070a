import Foundation
import PosternAWS
import PosternDataPlane

/// CloudWatch's PrivateLink metrics, read off the data plane's meter: `AWS/PrivateLinkEndpoints`
/// for the endpoint's owner (by `VPC Endpoint Id`) and `AWS/PrivateLinkServices` for the
/// service's owner (by `Service Id` and `VPC Endpoint Id`). The meter keeps totals, not series:
/// each metric answers one datapoint, the total so far (the open connections now, for
/// `ActiveConnections`), in the period that holds the query's end.
struct CloudWatch {
    var cloud: CloudState
    let caller: Caller

    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue {
        switch operation {
        case "GetMetricData": return try metricData(input)
        default: throw AWSServiceError.invalidAction(operation, service: "CloudWatch")
        }
    }

    func metricData(_ input: AWSValue) throws -> AWSValue {
        guard let end = input["EndTime"]?.date, let start = input["StartTime"]?.date else {
            throw AWSServiceError.missingParameter(input["StartTime"] == nil ? "StartTime" : "EndTime")
        }
        guard start < end else {
            throw AWSServiceError("ValidationError", "The parameter StartTime must be less than the parameter EndTime.")
        }
        let queries = input["MetricDataQueries"]?.list ?? []
        guard !queries.isEmpty, queries.count <= 500 else {
            throw AWSServiceError("ValidationError", "MetricDataQueries must hold 1 to 500 queries.")
        }
        let results: [AWSValue] = try queries.map { query in
            let id = try query.required("Id")
            guard let stat = query["MetricStat"], let metric = stat["Metric"] else {
                throw AWSServiceError("ValidationError", "Query \(id): the embedded cloud answers MetricStat queries, not expressions.")
            }
            let period = max(60, stat["Period"]?.int ?? 60)
            let value = self.value(
                namespace: metric["Namespace"]?.string ?? "", name: metric["MetricName"]?.string ?? "",
                dimensions: Dictionary((metric["Dimensions"]?.list ?? []).map { ($0["Name"]?.string ?? "", $0["Value"]?.string ?? "") },
                                       uniquingKeysWith: { first, _ in first }))
            let stamp = Date(timeIntervalSince1970: (min(end, caller.now).timeIntervalSince1970 / Double(period)).rounded(.down) * Double(period))
            let found = value.map { _ in stamp >= start.addingTimeInterval(-Double(period)) } ?? false
            return [
                "Id": .string(id), "Label": .string("\(metric["MetricName"]?.string ?? "") \(stat["Stat"]?.string ?? "")"),
                "Timestamps": found ? [.timestamp(stamp)] : [], "Values": found ? [.double(value ?? 0)] : [],
                "StatusCode": "Complete",
            ]
        }
        return ["MetricDataResults": .list(results)]
    }

    /// The metered total for one metric, if the caller may see that endpoint's.
    private func value(namespace: String, name: String, dimensions: [String: String]) -> Double? {
        guard let endpointID = dimensions["VPC Endpoint Id"], let endpoint = cloud.endpoints[endpointID],
            endpoint.region == caller.region.name
        else { return nil }
        switch namespace {
        case "AWS/PrivateLinkEndpoints":
            guard endpoint.account == caller.account else { return nil }
        case "AWS/PrivateLinkServices":
            guard dimensions["Service Id"] == endpoint.serviceID, cloud.endpointServices[endpoint.serviceID]?.account == caller.account else {
                return nil
            }
        default: return nil
        }
        guard let usage = caller.meter?.usage(endpointID: endpointID, at: caller.now) else { return nil }
        switch name {
        case "BytesProcessed": return Double(usage.bytesIn + usage.bytesOut)
        case "NewConnections": return Double(usage.connections)
        case "ActiveConnections": return Double(usage.activeConnections)
        default: return nil
        }
    }
}
