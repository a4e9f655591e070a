import Foundation
import PosternAWS
import Testing

/// SigV4 against a known vector, computed with botocore's signer for these inputs.
@Suite struct SigV4Tests {
    let request = SigV4.Request(
        method: "POST", path: "/",
        headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Host": "127.0.0.1:5055",
                  "X-Amz-Date": "20260101T000000Z"],
        body: Array("Action=DescribeVpcEndpoints&Version=2016-11-15&VpcEndpointId.1=vpce-0123456789abcdef0".utf8))
    let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

    @Test func canonicalRequestAndSignatureMatchTheVector() {
        let canonical = SigV4.canonicalRequest(request, signedHeaders: ["content-type", "host", "x-amz-date"])
        #expect(canonical.hasSuffix("\n55a7afd03170925ae36d6dfeeaa353d8fe5d31c1bfee5e13a5d112a41c50f31d"))
        let toSign = SigV4.stringToSign(canonicalRequest: canonical, timestamp: "20260101T000000Z", scope: "20260101/us-east-1/ec2/aws4_request")
        #expect(toSign.hasSuffix("\ndd8f8cc9385c3a8791053e5e8ef923b1b2032246428e34123277b3ad645f7870"))
        let signature = SigV4.signature(
            secretAccessKey: secret, date: "20260101", region: "us-east-1", service: "ec2", stringToSign: toSign)
        #expect(signature == "1c4a40a390ca5df6edbb69b127c3db113c05326bc52737b4f3a225d610d741be")
    }

    @Test func signedRequestVerifiesAndATamperedOneDoesNot() throws {
        var signed = SigV4.Request(
            method: "POST", path: "/", headers: ["Host": "127.0.0.1:5055", "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
            body: Array("Action=DescribeVpcs&Version=2016-11-15".utf8))
        SigV4.sign(&signed, accessKeyID: "AKIDEXAMPLE", secretAccessKey: secret, region: "us-west-2", service: "ec2",
                   now: Date(timeIntervalSince1970: 1_767_225_600))
        #expect(signed.headers["x-amz-date"] == "20260101T000000Z")
        let authorization = try #require(SigV4.parseAuthorization(signed.headers["authorization"] ?? ""))
        #expect(authorization.accessKeyID == "AKIDEXAMPLE")
        #expect(authorization.region == "us-west-2")
        #expect(authorization.service == "ec2")
        #expect(SigV4.verify(signed, authorization: authorization, secretAccessKey: secret))
        #expect(!SigV4.verify(signed, authorization: authorization, secretAccessKey: "wrong"))
        var tampered = signed
        tampered.body = Array("Action=DeleteVpc&Version=2016-11-15".utf8)
        #expect(!SigV4.verify(tampered, authorization: authorization, secretAccessKey: secret))
    }

    @Test func authorizationWithoutAScopeIsNotSigV4() {
        #expect(SigV4.parseAuthorization("Bearer token") == nil)
        #expect(SigV4.parseAuthorization("AWS4-HMAC-SHA256 Credential=a/b/c") == nil)
    }
}
