#!/usr/bin/env python3
"""Drives Postern's embedded Alibaba Cloud with Alibaba Cloud's official Python SDKs.

    alibaba-sdk.py <scenario> --endpoint 127.0.0.1:PORT --credentials FILE [--backend-port N]

Each account signs with its own AccessKey (a 16-digit AccessKey id is that account's UID),
whose secret it finds, or adds, in the embedded cloud's credentials file. The scenario prints
one JSON object on its last line of output: what the test then checks. Every wait is bounded.
"""

import argparse
import configparser
import json
import secrets
import sys
import time

from alibabacloud_ecs20140526 import models as ecs_models
from alibabacloud_ecs20140526.client import Client as EcsClient
from alibabacloud_nlb20220430 import models as nlb_models
from alibabacloud_nlb20220430.client import Client as NlbClient
from alibabacloud_privatelink20200415 import models as pl_models
from alibabacloud_privatelink20200415.client import Client as PrivateLinkClient
from alibabacloud_pvtz20180101 import models as pvtz_models
from alibabacloud_pvtz20180101.client import Client as PvtzClient
from alibabacloud_tea_openapi import models as openapi_models
from alibabacloud_vpc20160428 import models as vpc_models
from alibabacloud_vpc20160428.client import Client as VpcClient

REGION = "cn-hangzhou"


class Account:
    """One account's clients, each product's SDK pointed at the embedded cloud."""

    def __init__(self, endpoint, credentials, uid, secret=None):
        self.uid = uid
        secret = secret or secret_of(credentials, uid)
        config = lambda: openapi_models.Config(
            access_key_id=uid, access_key_secret=secret, endpoint=endpoint, protocol="http", region_id=REGION,
            read_timeout=10000, connect_timeout=5000)
        self.privatelink = PrivateLinkClient(config())
        self.vpc = VpcClient(config())
        self.ecs = EcsClient(config())
        self.nlb = NlbClient(config())
        self.pvtz = PvtzClient(config())


def secret_of(path, uid):
    parser = configparser.ConfigParser()
    parser.read(path)
    for name in parser.sections():
        if parser[name].get("access_key_id") == uid:
            return parser[name]["access_key_secret"]
    secret = secrets.token_hex(15)
    with open(path, "a") as handle:
        handle.write(f"\n[account-{uid}]\ntype = access_key\naccess_key_id = {uid}\naccess_key_secret = {secret}\n")
    return secret


def error_code(call):
    """The error code an SDK call raises, or None if it succeeds."""
    try:
        call()
    except Exception as error:  # the SDK's ClientException / ServerException carry .code
        return getattr(error, "code", type(error).__name__)
    return None


def wait(description, probe, seconds=30):
    deadline = time.time() + seconds
    while True:
        value = probe()
        if value:
            return value
        if time.time() > deadline:
            raise SystemExit(f"timed out after {seconds} s waiting for {description}")
        time.sleep(0.2)


def customer_service(args):
    """Seed 004's customer on Alibaba Cloud: an NLB over the "RDS" (MariaDB) and an endpoint
    service in front of it that requires acceptance, with the accounts given on its allow-list."""
    customer = Account(args.endpoint, args.credentials, args.uid)
    zones = args.zones.split(",")
    vpc_id, switches, _ = network(customer, args.cidr, zones, args.backend_port)
    _, service = endpoint_service(customer, vpc_id, switches, args.backend_port, args.listener_port,
                                  allowing=[uid for uid in (args.allow or "").split(",") if uid])
    print(json.dumps({"serviceName": service.service_name, "serviceId": service.service_id}), flush=True)


def allow(args):
    """The customer allows every endpoint waiting on its service ("Endpoint Connections", Allow)."""
    customer = Account(args.endpoint, args.credentials, args.uid)
    connections = customer.privatelink.list_vpc_endpoint_connections(pl_models.ListVpcEndpointConnectionsRequest(
        region_id=REGION, service_id=args.service)).body.connections
    allowed = []
    for connection in connections:
        if connection.connection_status == "Disconnected":
            customer.privatelink.enable_vpc_endpoint_connection(pl_models.EnableVpcEndpointConnectionRequest(
                region_id=REGION, service_id=args.service, endpoint_id=connection.endpoint_id))
            allowed.append(connection.endpoint_id)
    print(json.dumps({"allowed": allowed, "owners": [c.endpoint_owner_id for c in connections]}), flush=True)


def endpoint(args):
    """Seed 002's step 2: the customer's interface endpoint to TiDB Cloud's service (VPC, vSwitch,
    security group admitting the port), created once the service name verifies, then Active."""
    customer = Account(args.endpoint, args.credentials, args.uid)
    zones = args.zones.split(",")
    verified = customer.privatelink.list_vpc_endpoint_services_by_end_user(pl_models.ListVpcEndpointServicesByEndUserRequest(
        region_id=REGION, service_name=args.service_name)).body.services
    vpc_id, switches, group = network(customer, args.cidr, zones, args.listener_port)
    created = customer.privatelink.create_vpc_endpoint(pl_models.CreateVpcEndpointRequest(
        region_id=REGION, vpc_id=vpc_id, service_name=args.service_name, security_group_id=[group], endpoint_name="tidb-premium",
        endpoint_type="Interface", zone=[pl_models.CreateVpcEndpointRequestZone(zone_id=z, v_switch_id=switches[z]) for z in zones])).body
    get = lambda: customer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
        region_id=REGION, endpoint_id=created.endpoint_id)).body
    active = wait("the endpoint to be Active", lambda: (lambda e: e if e.endpoint_status == "Active" else None)(get()))
    print(json.dumps({"verified": [v.service_name for v in verified], "endpointId": created.endpoint_id, "domain": active.endpoint_domain,
                      "status": active.endpoint_status, "connection": active.connection_status}), flush=True)


def endpoint_status(args):
    customer = Account(args.endpoint, args.credentials, args.uid)
    found = customer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
        region_id=REGION, endpoint_id=args.endpoint_id)).body
    print(json.dumps({"status": found.endpoint_status, "connection": found.connection_status}), flush=True)


def inventory(args):
    """What one account holds in the region, each call retried (the account's requests may be failing on purpose)."""
    account = Account(args.endpoint, args.credentials, args.uid)
    def retried(call):
        for attempt in range(30):
            try:
                return call()
            except Exception:
                if attempt == 29:
                    raise
                time.sleep(0.1)
    result = {
        "vpcs": retried(lambda: account.vpc.describe_vpcs(vpc_models.DescribeVpcsRequest(region_id=REGION, page_size=50)).body.total_count),
        "vSwitches": retried(lambda: account.vpc.describe_vswitches(vpc_models.DescribeVSwitchesRequest(region_id=REGION, page_size=50)).body.total_count),
        "securityGroups": retried(lambda: account.ecs.describe_security_groups(ecs_models.DescribeSecurityGroupsRequest(region_id=REGION)).body.total_count),
        "endpoints": retried(lambda: account.privatelink.list_vpc_endpoints(pl_models.ListVpcEndpointsRequest(region_id=REGION)).body.total_count),
        "zones": retried(lambda: account.pvtz.describe_zones(pvtz_models.DescribeZonesRequest()).body.total_items),
        # 100 calls tried once each: how many the cloud failed (it is asked to fail this account's requests).
        # At 15% errors, none failing would happen about once in 10^7 runs.
        "probeFailures": sum(error_code(lambda: account.privatelink.describe_zones(pl_models.DescribeZonesRequest(region_id=REGION))) is not None
                             for _ in range(100)),
    }
    print(json.dumps(result), flush=True)


def connections(args):
    customer = Account(args.endpoint, args.credentials, args.uid)
    found = customer.privatelink.list_vpc_endpoint_connections(pl_models.ListVpcEndpointConnectionsRequest(
        region_id=REGION, service_id=args.service)).body
    print(json.dumps({"connections": [{"endpointId": c.endpoint_id, "status": c.connection_status, "owner": c.endpoint_owner_id}
                                      for c in found.connections]}), flush=True)


def network(account, cidr, zones, port):
    """A VPC with one vSwitch per zone and a security group admitting TCP `port` from the VPC."""
    vpc_id = account.vpc.create_vpc(vpc_models.CreateVpcRequest(region_id=REGION, cidr_block=cidr, vpc_name="postern-test")).body.vpc_id
    prefix = cidr.split(".")[0] + "." + cidr.split(".")[1]
    switches = {}
    for index, zone in enumerate(zones):
        switches[zone] = account.vpc.create_vswitch(vpc_models.CreateVSwitchRequest(
            region_id=REGION, vpc_id=vpc_id, zone_id=zone, cidr_block=f"{prefix}.{index + 1}.0/24")).body.v_switch_id
    group = account.ecs.create_security_group(ecs_models.CreateSecurityGroupRequest(
        region_id=REGION, vpc_id=vpc_id, security_group_name="postern-test")).body.security_group_id
    account.ecs.authorize_security_group(ecs_models.AuthorizeSecurityGroupRequest(
        region_id=REGION, security_group_id=group, ip_protocol="TCP", port_range=f"{port}/{port}", source_cidr_ip=cidr))
    return vpc_id, switches, group


def endpoint_service(owner, vpc_id, switches, backend_port, listener_port, allowing, auto_accept=False):
    """The owner's NLB over the backend and an endpoint service in front of it, Active."""
    zones = sorted(switches)
    balancer = owner.nlb.create_load_balancer(nlb_models.CreateLoadBalancerRequest(
        region_id=REGION, load_balancer_type="Network", address_type="Intranet", address_ip_version="ipv4", vpc_id=vpc_id,
        zone_mappings=[nlb_models.CreateLoadBalancerRequestZoneMappings(v_switch_id=switches[z], zone_id=z) for z in zones])).body.loadbalancer_id
    wait("the NLB to be Active", lambda: owner.nlb.get_load_balancer_attribute(nlb_models.GetLoadBalancerAttributeRequest(
        region_id=REGION, load_balancer_id=balancer)).body.load_balancer_status == "Active")
    group = owner.nlb.create_server_group(nlb_models.CreateServerGroupRequest(
        region_id=REGION, server_group_name="database", server_group_type="Ip", vpc_id=vpc_id, protocol="TCP")).body.server_group_id
    owner.nlb.add_servers_to_server_group(nlb_models.AddServersToServerGroupRequest(
        region_id=REGION, server_group_id=group,
        servers=[nlb_models.AddServersToServerGroupRequestServers(server_id="127.0.0.1", server_ip="127.0.0.1", server_type="Ip", port=backend_port)]))
    owner.nlb.create_listener(nlb_models.CreateListenerRequest(
        region_id=REGION, load_balancer_id=balancer, listener_protocol="TCP", listener_port=listener_port, server_group_id=group))
    created = owner.privatelink.create_vpc_endpoint_service(pl_models.CreateVpcEndpointServiceRequest(
        region_id=REGION, auto_accept_enabled=auto_accept, service_resource_type="nlb", service_description="postern test",
        resource=[pl_models.CreateVpcEndpointServiceRequestResource(resource_id=balancer, resource_type="nlb", zone_id=z) for z in zones])).body
    wait("the endpoint service to be Active", lambda: owner.privatelink.get_vpc_endpoint_service_attribute(
        pl_models.GetVpcEndpointServiceAttributeRequest(region_id=REGION, service_id=created.service_id)).body.service_status == "Active")
    for uid in allowing:
        owner.privatelink.add_user_to_vpc_endpoint_service(pl_models.AddUserToVpcEndpointServiceRequest(
            region_id=REGION, service_id=created.service_id, user_id=int(uid)))
    return balancer, created


def embedded_cloud(args):
    """PrivateLink's whole handshake between two accounts, and each of its rules as an error code."""
    owner = Account(args.endpoint, args.credentials, "1111111111111111")
    consumer = Account(args.endpoint, args.credentials, "2222222222222222")
    stranger = Account(args.endpoint, args.credentials, "3333333333333333")
    result = {}

    regions = consumer.privatelink.describe_regions(pl_models.DescribeRegionsRequest(region_id=REGION)).body.regions.region
    result["regions"] = sorted(r.region_id for r in regions)
    zones = consumer.privatelink.describe_zones(pl_models.DescribeZonesRequest(region_id=REGION)).body.zones.zone
    result["zones"] = [z.zone_id for z in zones]

    owner_vpc, owner_switches, _ = network(owner, "192.168.0.0/16", ["cn-hangzhou-j", "cn-hangzhou-k"], 3306)
    balancer, service = endpoint_service(owner, owner_vpc, owner_switches, args.backend_port, 3306, allowing=[consumer.uid])
    result["serviceName"] = service.service_name
    result["serviceDomain"] = service.service_domain
    attribute = owner.privatelink.get_vpc_endpoint_service_attribute(pl_models.GetVpcEndpointServiceAttributeRequest(
        region_id=REGION, service_id=service.service_id)).body
    result["serviceZones"] = attribute.zones
    result["autoAccept"] = attribute.auto_accept_enabled
    users = owner.privatelink.list_vpc_endpoint_service_users(pl_models.ListVpcEndpointServiceUsersRequest(
        region_id=REGION, service_id=service.service_id)).body
    result["allowList"] = [u.user_id for u in users.users]
    result["allowListTotal"] = users.total_count
    byEndUser = consumer.privatelink.list_vpc_endpoint_services_by_end_user(pl_models.ListVpcEndpointServicesByEndUserRequest(
        region_id=REGION, service_name=service.service_name)).body
    result["visibleToConsumer"] = [s.service_id for s in byEndUser.services]

    vpc_id, switches, group = network(consumer, "10.8.0.0/16", ["cn-hangzhou-j", "cn-hangzhou-b"], 3306)
    stranger_vpc, stranger_switches, stranger_group = network(stranger, "10.9.0.0/16", ["cn-hangzhou-j"], 3306)
    create = lambda who, zone, switch, service_name=service.service_name, vpc=vpc_id, groups=[group]: who.privatelink.create_vpc_endpoint(
        pl_models.CreateVpcEndpointRequest(
            region_id=REGION, vpc_id=vpc, service_name=service_name, security_group_id=groups, endpoint_name="tidb-pl",
            zone=[pl_models.CreateVpcEndpointRequestZone(zone_id=zone, v_switch_id=switch)]))
    result["errors"] = {
        "loadBalancerInUse": error_code(lambda: owner.nlb.delete_load_balancer(nlb_models.DeleteLoadBalancerRequest(
            region_id=REGION, load_balancer_id=balancer))),
        "notAuthorized": error_code(lambda: create(stranger, "cn-hangzhou-j", stranger_switches["cn-hangzhou-j"], vpc=stranger_vpc,
                                                   groups=[stranger_group])),
        "unsupportedZone": error_code(lambda: create(consumer, "cn-hangzhou-b", switches["cn-hangzhou-b"])),
        "missingService": error_code(lambda: create(consumer, "cn-hangzhou-j", switches["cn-hangzhou-j"],
                                                    f"com.aliyuncs.privatelink.{REGION}.epsrv-doesnotexist00000000")),
        "noSecurityGroup": error_code(lambda: consumer.privatelink.create_vpc_endpoint(pl_models.CreateVpcEndpointRequest(
            region_id=REGION, vpc_id=vpc_id, service_name=service.service_name,
            zone=[pl_models.CreateVpcEndpointRequestZone(zone_id="cn-hangzhou-j", v_switch_id=switches["cn-hangzhou-j"])]))),
        "endpointNotFound": error_code(lambda: consumer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
            region_id=REGION, endpoint_id="ep-doesnotexist0000000"))),
        "missingRegion": error_code(lambda: consumer.privatelink.list_vpc_endpoints(pl_models.ListVpcEndpointsRequest())),
        "dryRun": error_code(lambda: owner.privatelink.add_user_to_vpc_endpoint_service(pl_models.AddUserToVpcEndpointServiceRequest(
            region_id=REGION, service_id=service.service_id, user_id=int(stranger.uid), dry_run=True))),
        "serviceHasResources": error_code(lambda: owner.privatelink.delete_vpc_endpoint_service(pl_models.DeleteVpcEndpointServiceRequest(
            region_id=REGION, service_id=service.service_id))),
        "wrongSecret": error_code(lambda: Account(args.endpoint, args.credentials, consumer.uid, secret="not-the-secret").privatelink.list_vpc_endpoints(
            pl_models.ListVpcEndpointsRequest(region_id=REGION))),
    }

    created = create(consumer, "cn-hangzhou-j", switches["cn-hangzhou-j"]).body
    result["created"] = {"status": created.endpoint_status, "connection": created.connection_status, "domain": created.endpoint_domain}
    get = lambda: consumer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
        region_id=REGION, endpoint_id=created.endpoint_id)).body
    active = wait("the endpoint to be Active", lambda: (lambda e: e if e.endpoint_status == "Active" else None)(get()))
    result["active"] = {"status": active.endpoint_status, "connection": active.connection_status}
    pending = owner.privatelink.list_vpc_endpoint_connections(pl_models.ListVpcEndpointConnectionsRequest(
        region_id=REGION, service_id=service.service_id)).body
    result["ownerSees"] = {"total": pending.total_count, "status": [c.connection_status for c in pending.connections],
                           "owner": [c.endpoint_owner_id for c in pending.connections]}
    owner.privatelink.enable_vpc_endpoint_connection(pl_models.EnableVpcEndpointConnectionRequest(
        region_id=REGION, service_id=service.service_id, endpoint_id=created.endpoint_id))
    connected = wait("the connection to be Connected", lambda: (lambda e: e if e.connection_status == "Connected" else None)(get()))
    zones = consumer.privatelink.list_vpc_endpoint_zones(pl_models.ListVpcEndpointZonesRequest(
        region_id=REGION, endpoint_id=created.endpoint_id)).body
    result["connected"] = {"status": connected.endpoint_status, "connection": connected.connection_status, "domain": connected.endpoint_domain,
                           "zones": [{"zone": z.zone_id, "status": z.zone_status, "domain": z.zone_domain, "ip": z.eni_ip} for z in zones.zones],
                           "zoneTotal": zones.total_count}
    result["endpointId"] = created.endpoint_id
    result["serviceId"] = service.service_id

    # A service that accepts by itself: the endpoint connects without its owner allowing it.
    _, auto_service = endpoint_service(owner, owner_vpc, owner_switches, args.backend_port, 3306, allowing=[consumer.uid], auto_accept=True)
    auto = create(consumer, "cn-hangzhou-j", switches["cn-hangzhou-j"], auto_service.service_name).body
    get_auto = lambda: consumer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
        region_id=REGION, endpoint_id=auto.endpoint_id)).body
    settled = wait("the auto-accepted endpoint to connect", lambda: (lambda e: e if e.connection_status == "Connected" else None)(get_auto()))
    result["autoAccepted"] = {"created": auto.connection_status, "settled": settled.connection_status, "status": settled.endpoint_status}
    print(json.dumps(result), flush=True)


def disconnect(args):
    owner = Account(args.endpoint, args.credentials, "1111111111111111")
    consumer = Account(args.endpoint, args.credentials, "2222222222222222")
    owner.privatelink.disable_vpc_endpoint_connection(pl_models.DisableVpcEndpointConnectionRequest(
        region_id=REGION, service_id=args.service, endpoint_id=args.endpoint_id))
    get = lambda: consumer.privatelink.get_vpc_endpoint_attribute(pl_models.GetVpcEndpointAttributeRequest(
        region_id=REGION, endpoint_id=args.endpoint_id)).body
    settled = wait("the connection to be Disconnected", lambda: (lambda e: e if e.connection_status == "Disconnected" else None)(get()))
    print(json.dumps({"connection": settled.connection_status}), flush=True)


def delete(args):
    consumer = Account(args.endpoint, args.credentials, "2222222222222222")
    consumer.privatelink.delete_vpc_endpoint(pl_models.DeleteVpcEndpointRequest(region_id=REGION, endpoint_id=args.endpoint_id))
    gone = wait("the endpoint to be gone", lambda: error_code(lambda: consumer.privatelink.get_vpc_endpoint_attribute(
        pl_models.GetVpcEndpointAttributeRequest(region_id=REGION, endpoint_id=args.endpoint_id))))
    print(json.dumps({"afterDelete": gone}), flush=True)


def private_zone(args):
    """A PrivateZone zone bound to a VPC, with an A record and a CNAME to an endpoint's domain."""
    consumer = Account(args.endpoint, args.credentials, "2222222222222222")
    vpc_id = consumer.vpc.describe_vpcs(vpc_models.DescribeVpcsRequest(region_id=REGION)).body.vpcs.vpc[-1].vpc_id
    zone = consumer.pvtz.add_zone(pvtz_models.AddZoneRequest(zone_name="db.internal")).body.zone_id
    consumer.pvtz.bind_zone_vpc(pvtz_models.BindZoneVpcRequest(zone_id=zone, vpcs=[pvtz_models.BindZoneVpcRequestVpcs(region_id=REGION, vpc_id=vpc_id)]))
    consumer.pvtz.add_zone_record(pvtz_models.AddZoneRecordRequest(zone_id=zone, rr="orders", type="CNAME", value=args.target))
    consumer.pvtz.add_zone_record(pvtz_models.AddZoneRecordRequest(zone_id=zone, rr="fixed", type="A", value="10.8.1.200"))
    records = consumer.pvtz.describe_zone_records(pvtz_models.DescribeZoneRecordsRequest(zone_id=zone)).body.records.record
    result = {"zoneId": zone, "vpcId": vpc_id, "records": sorted(f"{r.rr} {r.type} {r.value}" for r in records),
              "deleteBound": error_code(lambda: consumer.pvtz.delete_zone(pvtz_models.DeleteZoneRequest(zone_id=zone)))}
    print(json.dumps(result), flush=True)


def main():
    global REGION
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=["embedded-cloud", "disconnect", "delete", "private-zone", "customer-service", "allow", "connections", "endpoint",
                                             "endpoint-status", "inventory"])
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--credentials", required=True)
    parser.add_argument("--backend-port", type=int, default=3306)
    parser.add_argument("--service")
    parser.add_argument("--endpoint-id")
    parser.add_argument("--target")
    parser.add_argument("--region", default=REGION)
    parser.add_argument("--uid", default="2222222222222222")
    parser.add_argument("--allow")
    parser.add_argument("--zones", default="cn-hangzhou-j,cn-hangzhou-k")
    parser.add_argument("--cidr", default="192.168.0.0/16")
    parser.add_argument("--listener-port", type=int, default=3306)
    parser.add_argument("--service-name")
    args = parser.parse_args()
    REGION = args.region
    {"embedded-cloud": embedded_cloud, "disconnect": disconnect, "delete": delete, "private-zone": private_zone,
     "customer-service": customer_service, "allow": allow, "connections": connections, "endpoint": endpoint,
     "endpoint-status": endpoint_status, "inventory": inventory}[args.scenario](args)


if __name__ == "__main__":
    sys.exit(main())
