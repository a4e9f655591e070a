import Foundation
import PosternAWS
import PosternControl

/// Usage from CloudWatch, as AWS publishes it for PrivateLink: `AWS/PrivateLinkEndpoints` for
/// the platform's own endpoints (dimensions `Endpoint Type`, `Service Name`, `VPC Endpoint Id`,
/// `VPC Id`) and `AWS/PrivateLinkServices` for customers' endpoints to the platform's services
/// (`Service Id`, `VPC Endpoint Id`): `BytesProcessed` and `NewConnections` summed over the
/// endpoint's life, the latest `ActiveConnections`. Endpoint-hours come from the endpoint's own
/// lifetime and zones, which CloudWatch does not count.
public struct CloudWatchUsageSource: UsageSource {
    let client: AWSClient
    /// CloudWatch keeps hourly data for 455 days; older than that there is nothing to sum.
    static let retention: TimeInterval = 455 * 86400

    public init(client: AWSClient) { self.client = client }

    public var name: String { "cloudwatch" }

    public func usage(of subject: UsageSubject, now: Date) async throws -> UsageReading? {
        let namespace: String
        let dimensions: [(String, String)]
        let created: Date
        let zones: Int
        let region: String
        switch subject {
        case .platformEndpoint(let endpointID, let endpointRegion):
            region = endpointRegion
            let found: AWSValue?
            do {
                found = try await client.call(.ec2, "DescribeVpcEndpoints", ["VpcEndpointIds": [.string(endpointID)]], region: region)[
                    "VpcEndpoints"]?.list.first
            } catch let error as AWSServiceError where error.code.hasPrefix("InvalidVpcEndpointId") {
                found = nil
            }
            guard let endpoint = found else { return nil }
            namespace = "AWS/PrivateLinkEndpoints"
            dimensions = [
                ("Endpoint Type", endpoint["VpcEndpointType"]?.string ?? "Interface"), ("Service Name", endpoint["ServiceName"]?.string ?? ""),
                ("VPC Endpoint Id", endpointID), ("VPC Id", endpoint["VpcId"]?.string ?? ""),
            ]
            created = endpoint["CreationTimestamp"]?.date ?? now
            zones = endpoint["SubnetIds"]?.list.count ?? 0
        case .serviceConnection(let endpointID, let serviceID, let serviceRegion):
            region = serviceRegion
            let connections = try await client.call(
                .ec2, "DescribeVpcEndpointConnections",
                ["Filters": [["Name": "service-id", "Values": [.string(serviceID)]], ["Name": "vpc-endpoint-id", "Values": [.string(endpointID)]]]],
                region: region)["VpcEndpointConnections"]?.list ?? []
            guard let connection = connections.first else { return nil }
            namespace = "AWS/PrivateLinkServices"
            dimensions = [("Service Id", serviceID), ("VPC Endpoint Id", endpointID)]
            created = connection["CreationTimestamp"]?.date ?? now
            // Its DNS entries: one for the region and one for each zone it is in.
            zones = max(1, (connection["DnsEntries"]?.list.count ?? 2) - 1)
        }
        let start = Date(timeIntervalSince1970: (max(created, now.addingTimeInterval(-Self.retention)).timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        let values = try await metrics(namespace: namespace, dimensions: dimensions, region: region, from: start, to: now.addingTimeInterval(60))
        let bytes = values["bytes"]?.reduce(0, +) ?? 0
        let connections = values["connections"]?.reduce(0, +) ?? 0
        return UsageReading(
            source: name, bytesProcessed: Int(bytes), connections: Int(connections),
            activeConnections: Int(values["active"]?.first ?? 0),
            endpointHours: max(0, now.timeIntervalSince(created)) / 3600 * Double(zones))
    }

    /// GetMetricData's values by query id, newest first, every page read.
    private func metrics(namespace: String, dimensions: [(String, String)], region: String, from start: Date, to end: Date) async throws
        -> [String: [Double]]
    {
        func query(_ id: String, _ metric: String, _ stat: String) -> AWSValue {
            [
                "Id": .string(id),
                "MetricStat": [
                    "Metric": [
                        "Namespace": .string(namespace), "MetricName": .string(metric),
                        "Dimensions": .list(dimensions.map { ["Name": .string($0.0), "Value": .string($0.1)] }),
                    ],
                    "Period": 3600, "Stat": .string(stat),
                ],
            ]
        }
        let input: AWSValue = [
            "MetricDataQueries": [query("bytes", "BytesProcessed", "Sum"), query("connections", "NewConnections", "Sum"),
                                  query("active", "ActiveConnections", "Maximum")],
            "StartTime": .timestamp(start), "EndTime": .timestamp(end), "ScanBy": "TimestampDescending",
        ]
        var values: [String: [Double]] = [:]
        for page in try await client.pages(.cloudWatch, "GetMetricData", input, region: region) {
            for result in page["MetricDataResults"]?.list ?? [] {
                values[result["Id"]?.string ?? "", default: []] += (result["Values"]?.list ?? []).compactMap(\.double)
            }
        }
        return values
    }
}
