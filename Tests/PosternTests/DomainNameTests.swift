import Foundation
import PosternDomain
import Testing

/// The names attached domains stand for (research §6), and the rule that Alibaba Cloud
/// connections take only TiDB Cloud managed domains.
@Suite struct DomainNameTests {
    static func connection(_ type: PrivateLinkConnectionType, zones: [String]) -> PrivateLinkConnection {
        var connection = PrivateLinkConnection(
            id: "plc-a", clusterID: "1", projectID: "default", displayName: "x", type: type, createdBy: "k", createTime: Date(),
            serviceName: type == .awsEndpointService ? "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"
                : "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0example",
            serviceRegion: type == .awsEndpointService ? "us-east-1" : "ap-southeast-1", region: "us-east-1")
        connection.state = .active
        connection.availabilityZoneIDs = zones
        return connection
    }

    @Test func tidbCloudManagedNamesCarryTheZoneOnAWSOnly() throws {
        let aws = AttachDomain(id: "adm-1", connection: Self.connection(.awsEndpointService, zones: ["use1-az1", "use1-az4"]),
                               type: .tidbCloudManaged, uniqueName: "dvs6nl5jgveztmla3pxkxgh76i", createdBy: "k", createTime: Date())
        #expect(aws.domains.map(\.name) == ["*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com",
                                             "*.use1-az4.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com"])
        #expect(aws.zoneName == "dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com")
        let alibaba = AttachDomain(id: "adm-2", connection: Self.connection(.alicloudEndpointService, zones: ["ap-southeast-1a"]),
                                   type: .tidbCloudManaged, uniqueName: "abc", createdBy: "k", createTime: Date())
        #expect(alibaba.domains.map(\.name) == ["*.abc.alicloud.plc.tidbcloud.com"])
    }

    @Test func alibabaConnectionsRefuseConfluent() {
        let alibaba = Self.connection(.alicloudEndpointService, zones: ["ap-southeast-1a"])
        #expect(throws: APIError.self) {
            _ = try AttachDomain.validate(type: .confluent, uniqueName: "domnprzqrog.ap-southeast-1", validateOnly: false, connection: alibaba)
        }
        do {
            _ = try AttachDomain.validate(type: .confluent, uniqueName: "domnprzqrog.ap-southeast-1", validateOnly: false, connection: alibaba)
        } catch {
            #expect(error.message.contains("take TIDBCLOUD_MANAGED domains, not CONFLUENT"), "\(error.message)")
        }
        #expect((try? AttachDomain.validate(type: .tidbCloudManaged, uniqueName: "", validateOnly: true, connection: alibaba))?.count == 26)
    }
}
