import Foundation
import PosternAWS
import Testing

/// The Query and XML encodings, named by AWS's models.
@Suite struct WireTests {
    @Test func ec2ListsAndFiltersDecodeByTheirLocationNames() throws {
        let form = FormParameters(
            encoded: "Action=CreateVpcEndpoint&Version=2016-11-15&VpcEndpointType=Interface&VpcId=vpc-1&ServiceName=com.amazonaws.vpce.us-east-1.vpce-svc-1&SubnetId.2=subnet-b&SubnetId.1=subnet-a&SecurityGroupId.1=sg-1&PrivateDnsEnabled=false&TagSpecification.1.ResourceType=vpc-endpoint&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=tidb%20db")
        let input = try QueryDecoder(model: .ec2).decode(form, shape: "CreateVpcEndpointRequest")
        #expect(input["SubnetIds"]?.strings == ["subnet-a", "subnet-b"])
        #expect(input["SecurityGroupIds"]?.strings == ["sg-1"])
        #expect(input["PrivateDnsEnabled"] == .boolean(false))
        #expect(input["TagSpecifications"]?.list.first?["Tags"]?.list.first?["Value"] == "tidb db")
    }

    @Test func queryMemberListsDecode() throws {
        let form = FormParameters(encoded: "Action=CreateLoadBalancer&Name=nlb&Type=network&Subnets.member.1=subnet-a&Subnets.member.2=subnet-b")
        let input = try QueryDecoder(model: .elbv2).decode(form, shape: "CreateLoadBalancerInput")
        #expect(input["Subnets"]?.strings == ["subnet-a", "subnet-b"])
    }

    @Test func unknownAndMalformedParametersAreRefused() {
        #expect(throws: AWSServiceError.self) {
            try QueryDecoder(model: .ec2).decode(FormParameters(encoded: "VpcId=vpc-1&Colour=blue"), shape: "DeleteVpcRequest")
        }
        do {
            _ = try QueryDecoder(model: .ec2).decode(FormParameters(encoded: "MaxResults=abc"), shape: "DescribeVpcsRequest")
            Issue.record("a non-integer MaxResults was accepted")
        } catch {
            #expect(error.code == "InvalidParameterValue")
            #expect(error.message.contains("MaxResults"))
        }
    }

    @Test func ec2ResponseRoundTripsThroughItsXML() throws {
        let output: AWSValue = [
            "VpcEndpoints": [[
                "VpcEndpointId": "vpce-1", "State": "pendingAcceptance", "SubnetIds": ["subnet-a", "subnet-b"],
                "PrivateDnsEnabled": true, "DnsEntries": [["DnsName": "x.vpce.amazonaws.com", "HostedZoneId": "Z1"]],
                "CreationTimestamp": .timestamp(Date(timeIntervalSince1970: 1_767_225_600)),
            ]],
        ]
        let encoded = XMLResponseEncoder(model: .ec2).encode(output, operation: "DescribeVpcEndpoints", requestID: "r-1")
        #expect(encoded.body.contains("<vpcEndpointSet><item>"))
        #expect(encoded.body.contains("<subnetIdSet><item>subnet-a</item><item>subnet-b</item></subnetIdSet>"))
        #expect(encoded.body.contains("<creationTimestamp>2026-01-01T00:00:00.000Z</creationTimestamp>"))
        #expect(encoded.body.hasSuffix("<requestId>r-1</requestId></DescribeVpcEndpointsResponse>"))
        let root = try XMLNode.parse(Data(encoded.body.utf8))
        let decoded = try XMLValueDecoder(model: .ec2).decode(root, shape: "DescribeVpcEndpointsResult")
        #expect(decoded["VpcEndpoints"] == output["VpcEndpoints"])
    }

    @Test func queryResponsesWrapTheirResult() {
        let encoded = XMLResponseEncoder(model: .elbv2).encode(
            ["LoadBalancers": [["LoadBalancerName": "nlb", "State": ["Code": "active"]]]], operation: "DescribeLoadBalancers", requestID: "r")
        #expect(encoded.body.contains("<DescribeLoadBalancersResult><LoadBalancers><member><LoadBalancerName>nlb</LoadBalancerName>"))
        #expect(encoded.body.contains("<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"))
    }

    @Test func route53RoutesByMethodAndPath() throws {
        let router = RESTRouter(model: .route53)
        let match = try #require(router.match(method: "POST", path: "/2013-04-01/hostedzone/Z123/rrset/"))
        #expect(match.operation == "ChangeResourceRecordSets")
        #expect(match.labels["Id"] == "Z123")
        #expect(router.match(method: "GET", path: "/2013-04-01/hostedzone/Z123")?.operation == "GetHostedZone")
        #expect(router.match(method: "GET", path: "/2013-04-01/hostedzone")?.operation == "ListHostedZones")
        let body = #"<?xml version="1.0"?><ChangeResourceRecordSetsRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeBatch><Changes><Change><Action>CREATE</Action><ResourceRecordSet><Name>a.example.com</Name><Type>A</Type><TTL>60</TTL><ResourceRecords><ResourceRecord><Value>10.0.0.1</Value></ResourceRecord></ResourceRecords></ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>"#
        let input = try router.input(
            operation: match.operation, labels: match.labels, query: FormParameters(), headers: [:], body: Array(body.utf8))
        #expect(input["HostedZoneId"] == "Z123")
        let record = input["ChangeBatch"]?["Changes"]?.list.first?["ResourceRecordSet"]
        #expect(record?["TTL"] == .integer(60))
        #expect(record?["ResourceRecords"]?.list.first?["Value"] == "10.0.0.1")
    }
}
