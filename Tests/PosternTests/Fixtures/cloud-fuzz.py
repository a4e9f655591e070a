#!/usr/bin/env python3
"""Feeds the embedded cloud malformed requests, the ways a broken client or an attacker would
send them: AWS Query forms (EC2, ELBv2, STS, CloudWatch) and Route 53's REST-XML with garbage,
truncated and hostile bodies and signatures; Alibaba Cloud RPC and ACS3 requests with missing,
wrong and malformed parameters, signatures and JSON. Every answer must come within the timeout,
be no 5xx, and carry the cloud's own error body (XML <Code> for AWS, JSON Code for Alibaba
Cloud) when it refuses. The cloud must still answer a good request at the end.

  cloud-fuzz.py --url http://127.0.0.1:4081 [--count 2000] [--seed 1]
Prints one JSON line: {"sent": N, "refused": N, "accepted": N, "failures": [...]}. A header with
a control character is not HTTP: the server's HTTP layer answers it 400 with no body.
"""
import argparse
import http.client
import json
import random
import string
import sys
import urllib.parse

AWS_SERVICES = {
    "ec2": ("2016-11-15", ["DescribeVpcs", "CreateVpc", "DescribeVpcEndpoints", "CreateVpcEndpoint", "ModifyVpcEndpointServicePermissions",
                           "DescribeSubnets", "CreateSubnet", "AcceptVpcEndpointConnections", "DescribeAvailabilityZones"]),
    "elasticloadbalancing": ("2015-12-01", ["CreateLoadBalancer", "DescribeLoadBalancers", "CreateTargetGroup", "RegisterTargets"]),
    "sts": ("2011-06-15", ["GetCallerIdentity", "AssumeRole"]),
    "monitoring": ("2010-08-01", ["GetMetricData", "GetMetricStatistics"]),
}
ALIBABA = [("2020-04-15", ["CreateVpcEndpoint", "ListVpcEndpoints", "CreateVpcEndpointService", "AddUserToVpcEndpointService"]),
           ("2016-04-28", ["DescribeVpcs", "CreateVpc", "DescribeVSwitches"]),
           ("2014-05-26", ["DescribeSecurityGroups", "CreateSecurityGroup"]),
           ("2022-04-30", ["CreateLoadBalancer", "ListLoadBalancers"]),
           ("2018-01-01", ["AddZone", "DescribeZones"])]


def junk(rng, size=None):
    size = size if size is not None else rng.choice([0, 1, 5, 40, 300, 5000])
    alphabet = string.printable + "\u00e9\u4e2d\U0001f600%&=+;\x00"
    return "".join(rng.choice(alphabet) for _ in range(size))


def raw_bytes(rng):
    return bytes(rng.randrange(256) for _ in range(rng.choice([1, 17, 500, 4096])))


def sigv4_header(rng, service):
    choices = [
        f"AWS4-HMAC-SHA256 Credential=000000000000/20261202/us-east-1/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature={'0' * 64}",
        f"AWS4-HMAC-SHA256 Credential=000000000000/20261202/us-east-1/{service}/aws4_request",
        "AWS4-HMAC-SHA256 Credential=/////, SignedHeaders=, Signature=",
        "AWS4-HMAC-SHA256",
        f"AWS4-HMAC-SHA256 Credential={junk(rng, 30)}, SignedHeaders={junk(rng, 10)}, Signature={junk(rng, 10)}",
        "Basic " + junk(rng, 20),
        junk(rng, 60),
    ]
    return rng.choice(choices)


def aws_query(rng):
    service = rng.choice(list(AWS_SERVICES))
    version, actions = AWS_SERVICES[service]
    params = {"Action": rng.choice(actions + [junk(rng, 8), ""]), "Version": rng.choice([version, junk(rng, 5)])}
    for _ in range(rng.randrange(6)):
        name = rng.choice(["VpcId", "Filter.1.Name", "Filter.1.Value.1", "Filter.99999999999999.Name", "SubnetId.0", "CidrBlock",
                           "ServiceName", "TagSpecification.1.Tag.1.Key", "MaxResults", "NextToken", "DurationSeconds", junk(rng, 6)])
        params[name] = rng.choice([junk(rng), "-1", "1e309", "10.0.0.0/99", "vpc-" + junk(rng, 4), str(2 ** 70)])
    form = urllib.parse.urlencode(params)
    body = rng.choice([form.encode(), form.encode()[: rng.randrange(len(form) + 1)], raw_bytes(rng),
                       (form + "&%zz=%" + "&Action").encode(), ("&" * 50).encode()])
    headers = {"Content-Type": rng.choice(["application/x-www-form-urlencoded; charset=utf-8", "text/xml", junk(rng, 10)]),
               "Authorization": sigv4_header(rng, service), "X-Amz-Date": rng.choice(["20261202T000000Z", junk(rng, 8)])}
    if rng.random() < 0.1:
        del headers["Authorization"]
    return "POST", "/", body, headers, "aws"


def route53(rng):
    paths = ["/2013-04-01/hostedzone", "/2013-04-01/hostedzone/Z" + junk(rng, 5) + "/rrset", "/2013-04-01/hostedzone/" + urllib.parse.quote(junk(rng, 12)),
             "/2013-04-01/hostedzonesbyvpc?vpcid=" + urllib.parse.quote(junk(rng, 8)) + "&vpcregion=us-west-2", "/2013-04-01/" + junk(rng, 4)]
    bodies = [
        b"<CreateHostedZoneRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Name>x.example.</Name>",
        b"<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbbbb\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><a>&d;&d;&d;</a>",
        b"<a>" * 5000 + b"</a>" * 5000,
        b"<ChangeResourceRecordSetsRequest><ChangeBatch><Changes><Change><Action>UPSERT</Action></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>",
        b"<CreateHostedZoneRequest><Name>\xff\xfe</Name><CallerReference></CallerReference><VPC><VPCId>vpc-1</VPCId></VPC></CreateHostedZoneRequest>",
        raw_bytes(rng), junk(rng).encode("utf-8", "surrogatepass"),
    ]
    method = rng.choice(["POST", "GET", "DELETE"])
    headers = {"Content-Type": "text/xml", "Authorization": sigv4_header(rng, "route53")}
    return method, rng.choice(paths), rng.choice(bodies) if method == "POST" else b"", headers, "aws"


def alibaba(rng):
    version, actions = rng.choice(ALIBABA)
    params = {"Action": rng.choice(actions + [junk(rng, 6)]), "Version": rng.choice([version, "", junk(rng, 5)]), "Format": rng.choice(["JSON", "XML", junk(rng, 3)]),
              "AccessKeyId": rng.choice(["2222222222222222", "", junk(rng, 16)]), "SignatureMethod": rng.choice(["HMAC-SHA1", "RSA", ""]),
              "SignatureVersion": rng.choice(["1.0", "9"]), "SignatureNonce": junk(rng, 8), "Timestamp": rng.choice(["2026-12-02T00:00:00Z", junk(rng, 10)]),
              "Signature": junk(rng, 28), "RegionId": rng.choice(["ap-southeast-1", "", junk(rng, 9)])}
    for _ in range(rng.randrange(5)):
        params[rng.choice(["VpcId", "ServiceId", "VSwitchId", "ZoneId.1", "PageSize", "MaxResults", "Tag.1.Key", "CidrBlock", junk(rng, 5)])] = rng.choice(
            [junk(rng), "-5", "99999999999999999999", "{\"a\":"])
    for name in rng.sample(list(params), rng.randrange(3)):
        del params[name]
    query = urllib.parse.urlencode(params)
    if rng.random() < 0.5:
        return "GET", "/?" + rng.choice([query, query[: rng.randrange(len(query) + 1)], query + "&%G1=%"]), b"", {}, "alibaba"
    headers = {"x-acs-action": params.get("Action", ""), "x-acs-version": version, "x-acs-date": rng.choice(["2026-12-02T00:00:00Z", junk(rng, 6)]),
               "x-acs-signature-nonce": junk(rng, 8), "x-acs-content-sha256": rng.choice(["0" * 64, junk(rng, 12)]),
               "Authorization": rng.choice([f"ACS3-HMAC-SHA256 Credential=2222222222222222,SignedHeaders=host;x-acs-action,Signature={'a' * 64}",
                                            "ACS3-HMAC-SHA256 Credential=", "ACS3-HMAC-SHA256", junk(rng, 40)]),
               "Content-Type": rng.choice(["application/json", "application/x-www-form-urlencoded"])}
    body = rng.choice([json.dumps({"VpcId": junk(rng, 5)}).encode(), b"{\"VpcId\":", raw_bytes(rng), urllib.parse.urlencode(params).encode()])
    return "POST", "/?" + urllib.parse.urlencode({k: v for k, v in params.items() if k in ("RegionId",)}), body, headers, "alibaba"


def error_body(kind, text):
    if kind == "aws":
        return "<Code>" in text or "\"__type\"" in text or "<Error>" in text
    try:
        return "Code" in json.loads(text)
    except ValueError:
        return "<Code>" in text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    rng = random.Random(args.seed)
    sent = refused = accepted = 0
    failures = []
    for index in range(args.count):
        method, path, body, headers, kind = rng.choice([aws_query, aws_query, route53, alibaba, alibaba])(rng)
        # A request line is ASCII without spaces: what is not goes percent-encoded, as a client would send it.
        path = urllib.parse.quote(path, safe="/?&=%:+,;")
        # A control character in a header is not HTTP: the server's HTTP layer refuses it (400, closed).
        not_http = any((ord(c) < 0x20 and c not in "\t\r\n\x00") or ord(c) == 0x7f for value in headers.values() for c in value)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            for name, value in headers.items():
                # A header cannot hold a line break (no HTTP client could send one); anything else goes.
                clean = "".join(c for c in value if c not in "\r\n\x00")
                connection.putheader(name, clean.encode("utf-8", "surrogatepass"))
            connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            sent += 1
            if response.status >= 500:
                failures.append({"index": index, "status": response.status, "method": method, "path": path[:120], "body": text[:300]})
            elif not_http:
                refused += 1
                if response.status != 400:
                    failures.append({"index": index, "status": response.status, "path": path[:120], "not HTTP, yet": text[:300]})
            elif response.status >= 400:
                refused += 1
                if not error_body(kind, text):
                    failures.append({"index": index, "status": response.status, "path": path[:120], "unclear": text[:300]})
            else:
                accepted += 1
        except (OSError, http.client.HTTPException) as error:
            failures.append({"index": index, "method": method, "path": path[:120], "error": repr(error)})
        finally:
            connection.close()
    # Still alive and right: a good request is answered.
    check = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
    check.request("GET", "/?Action=DescribeRegions&Version=2014-05-26&Format=JSON&AccessKeyId=2222222222222222&RegionId=ap-southeast-1")
    alive = check.getresponse()
    alive.read()
    if alive.status >= 500:
        failures.append({"final": alive.status})
    print(json.dumps({"sent": sent, "refused": refused, "accepted": accepted, "failures": failures[:20], "failureCount": len(failures)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
