import Foundation
import PosternAlibaba
import Testing

/// Alibaba Cloud's signatures against the vectors the official Python SDK computes
/// (`Utils.get_authorization` for V3, `get_rpcsignature` for V2), and a captured SDK query.
@Suite struct SignatureTests {
    static let headers = [
        "host": "privatelink.ap-southeast-1.aliyuncs.com", "x-acs-version": "2020-04-15", "x-acs-date": "2024-01-01T00:00:00Z",
        "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d", "accept": "application/json",
        "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ]

    static func request(action: String, query: [String: String]) -> ACS3Signature.Request {
        var headers = Self.headers
        headers["x-acs-action"] = action
        return ACS3Signature.Request(query: query, headers: headers)
    }

    @Test func vector1GetVpcEndpointAttribute() {
        let request = Self.request(action: "GetVpcEndpointAttribute", query: ["RegionId": "ap-southeast-1", "EndpointId": "ep-t4n5h2dlzl0uyl9x1234"])
        let names = request.headers.keys.sorted()
        let canonical = ACS3Signature.canonicalRequest(request, signedHeaders: names)
        #expect(canonical == """
            POST
            /
            EndpointId=ep-t4n5h2dlzl0uyl9x1234&RegionId=ap-southeast-1
            accept:application/json
            host:privatelink.ap-southeast-1.aliyuncs.com
            x-acs-action:GetVpcEndpointAttribute
            x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            x-acs-date:2024-01-01T00:00:00Z
            x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d
            x-acs-version:2020-04-15

            accept;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        #expect(ACS3Signature.stringToSign(canonical) == "ACS3-HMAC-SHA256\ncdfd8db08725d83feb7bd463a74076566ce0b1671f21b08cfbf435bd55b9a98b")
        #expect(ACS3Signature.authorization(request, accessKeyID: "testAccessKeyId", secret: "testSecret")
                == "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=accept;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=fc12d0771b31ea12f922c83e50950fd3fe3d8dfbfc873b1b2fdb95b8a63b52b7")
    }

    /// A space, `*` and flattened lists and objects.
    @Test func vector2CreateVpcEndpoint() {
        let flat = RPCParameters.flatten([
            "RegionId": "ap-southeast-1", "VpcId": "vpc-t4n0example1234",
            "ServiceName": "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4nlbuqrrk6nomq51234", "SecurityGroupId": ["sg-aaa"],
            "Zone": [["ZoneId": "ap-southeast-1a", "VSwitchId": "vsw-1"]], "EndpointDescription": "my endpoint*",
        ])
        #expect(ACS3Signature.canonicalQuery(flat)
                == "EndpointDescription=my%20endpoint%2A&RegionId=ap-southeast-1&SecurityGroupId.1=sg-aaa&ServiceName=com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4nlbuqrrk6nomq51234&VpcId=vpc-t4n0example1234&Zone.1.VSwitchId=vsw-1&Zone.1.ZoneId=ap-southeast-1a")
        let request = Self.request(action: "CreateVpcEndpoint", query: flat)
        let canonical = ACS3Signature.canonicalRequest(request, signedHeaders: Array(request.headers.keys))
        #expect(ACS3Signature.stringToSign(canonical) == "ACS3-HMAC-SHA256\n3450e6aef1622356d3ee2b15c6c6e7e04e0a1bd415ac2600278b18444fe4ea87")
        #expect(ACS3Signature.authorization(request, accessKeyID: "testAccessKeyId", secret: "testSecret")
            .hasSuffix(",Signature=bcea51fdb37f9af920ab4d80adf326a536973fe0e55856de5d1bfc8625b905fd"))
    }

    @Test func vector3LegacyHMACSHA1() {
        let parameters = [
            "Action": "GetVpcEndpointAttribute", "Format": "json", "Version": "2020-04-15", "Timestamp": "2024-01-01T00:00:00Z",
            "SignatureNonce": "3156853299f313e23d1673dc12e1703d", "RegionId": "ap-southeast-1", "EndpointId": "ep-t4n5h2dlzl0uyl9x1234",
            "SignatureMethod": "HMAC-SHA1", "SignatureVersion": "1.0", "AccessKeyId": "testAccessKeyId",
        ]
        let text = RPCSignatureV2.stringToSign(method: "POST", parameters: parameters)
        #expect(text == "POST&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DGetVpcEndpointAttribute%26EndpointId%3Dep-t4n5h2dlzl0uyl9x1234%26Format%3Djson%26RegionId%3Dap-southeast-1%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3156853299f313e23d1673dc12e1703d%26SignatureVersion%3D1.0%26Timestamp%3D2024-01-01T00%253A00%253A00Z%26Version%3D2020-04-15")
        #expect(RPCSignatureV2.signature(secret: "testSecret", stringToSign: text) == "+WzW+wTyCG7JrvR9n0Yjy2P182A=")
    }

    /// The Python SDK's query as a server receives it (form encoded, in its own order) reads
    /// back into the parameters it signed.
    @Test func aCapturedQueryDecodes() {
        let raw = "ClientToken=tok-123&DryRun=False&EndpointDescription=my+endpoint%2Fdesc%2A~%2B&EndpointName=tidb-pl&RegionId=ap-southeast-1&SecurityGroupId.1=sg-aaa&SecurityGroupId.2=sg-bbb&Zone.1.VSwitchId=vsw-1&Zone.1.ZoneId=ap-southeast-1a"
        let parameters = RPCParameters.parse(raw)
        #expect(parameters["EndpointDescription"] == "my endpoint/desc*~+")
        #expect(parameters["SecurityGroupId.2"] == "sg-bbb")
        #expect(parameters["DryRun"] == "False")
        #expect(ACS3Signature.canonicalQuery(parameters).contains("EndpointDescription=my%20endpoint%2Fdesc%2A~%2B&"))
        #expect(RPCParameters.flatten(["DryRun": false, "Bandwidth": 1024]) == ["DryRun": "false", "Bandwidth": "1024"])
    }

    @Test func signedRequestsVerifyAndTamperedOnesDoNot() {
        var request = ACS3Signature.Request(
            query: ["RegionId": "cn-hangzhou", "ServiceId": "epsrv-1"],
            headers: ["host": "127.0.0.1:4081", "x-acs-action": "ListVpcEndpointConnections", "x-acs-version": "2020-04-15", "accept": "application/json"])
        ACS3Signature.sign(&request, accessKeyID: "1234567890123456", secret: "s3cret", securityToken: "token")
        #expect(ACS3Signature.Authorization(request.headers["Authorization"] ?? "")?.signedHeaders.contains("x-acs-security-token") == true)
        var check = request
        check.headers["Authorization"] = nil
        check.headers["authorization"] = request.headers["Authorization"]
        #expect(ACS3Signature.verify(check, secret: "s3cret"))
        #expect(!ACS3Signature.verify(check, secret: "other"))
        var tampered = check
        tampered.query["ServiceId"] = "epsrv-2"
        #expect(!ACS3Signature.verify(tampered, secret: "s3cret"))
        var unsignedHeader = check
        unsignedHeader.headers["x-acs-action"] = "DeleteVpcEndpointService"
        #expect(!ACS3Signature.verify(unsignedHeader, secret: "s3cret"))
        var extra = check
        extra.headers["x-acs-extra"] = "slipped in"
        #expect(!ACS3Signature.verify(extra, secret: "s3cret"), "every x-acs header sent must be signed")
        #expect(ACS3Signature.Authorization("Digest x") == nil)
    }
}
