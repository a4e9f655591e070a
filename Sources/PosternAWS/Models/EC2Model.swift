// AWS's own Amazon Elastic Compute Cloud service model (ec2-2016-11-15), as botocore
// 1.43.11 ships it (Apache License 2.0), cut to the operations Postern serves and calls.
// The wire names of every request and response come from here; see NOTICE.

extension ServiceModel {
    public static let ec2: ServiceModel = .load(json: ec2JSON)
}

private let ec2JSON = #"""
{
 "metadata": {
  "apiVersion": "2016-11-15",
  "auth": [
   "aws.auth#sigv4"
  ],
  "endpointPrefix": "ec2",
  "protocol": "ec2",
  "protocols": [
   "ec2"
  ],
  "serviceAbbreviation": "Amazon EC2",
  "serviceFullName": "Amazon Elastic Compute Cloud",
  "serviceId": "EC2",
  "signatureVersion": "v4",
  "uid": "ec2-2016-11-15",
  "xmlNamespace": "http://ec2.amazonaws.com/doc/2016-11-15"
 },
 "operations": {
  "AcceptVpcEndpointConnections": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "AcceptVpcEndpointConnectionsRequest"
   },
   "name": "AcceptVpcEndpointConnections",
   "output": {
    "shape": "AcceptVpcEndpointConnectionsResult"
   }
  },
  "AuthorizeSecurityGroupIngress": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "AuthorizeSecurityGroupIngressRequest"
   },
   "name": "AuthorizeSecurityGroupIngress",
   "output": {
    "shape": "AuthorizeSecurityGroupIngressResult"
   }
  },
  "CreateSecurityGroup": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateSecurityGroupRequest"
   },
   "name": "CreateSecurityGroup",
   "output": {
    "shape": "CreateSecurityGroupResult"
   }
  },
  "CreateSubnet": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateSubnetRequest"
   },
   "name": "CreateSubnet",
   "output": {
    "shape": "CreateSubnetResult"
   }
  },
  "CreateVpc": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateVpcRequest"
   },
   "name": "CreateVpc",
   "output": {
    "shape": "CreateVpcResult"
   }
  },
  "CreateVpcEndpoint": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateVpcEndpointRequest"
   },
   "name": "CreateVpcEndpoint",
   "output": {
    "shape": "CreateVpcEndpointResult"
   }
  },
  "CreateVpcEndpointServiceConfiguration": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateVpcEndpointServiceConfigurationRequest"
   },
   "name": "CreateVpcEndpointServiceConfiguration",
   "output": {
    "shape": "CreateVpcEndpointServiceConfigurationResult"
   }
  },
  "DeleteSecurityGroup": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteSecurityGroupRequest"
   },
   "name": "DeleteSecurityGroup",
   "output": {
    "shape": "DeleteSecurityGroupResult"
   }
  },
  "DeleteSubnet": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteSubnetRequest"
   },
   "name": "DeleteSubnet"
  },
  "DeleteVpc": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteVpcRequest"
   },
   "name": "DeleteVpc"
  },
  "DeleteVpcEndpointServiceConfigurations": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteVpcEndpointServiceConfigurationsRequest"
   },
   "name": "DeleteVpcEndpointServiceConfigurations",
   "output": {
    "shape": "DeleteVpcEndpointServiceConfigurationsResult"
   }
  },
  "DeleteVpcEndpoints": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteVpcEndpointsRequest"
   },
   "name": "DeleteVpcEndpoints",
   "output": {
    "shape": "DeleteVpcEndpointsResult"
   }
  },
  "DescribeAvailabilityZones": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeAvailabilityZonesRequest"
   },
   "name": "DescribeAvailabilityZones",
   "output": {
    "shape": "DescribeAvailabilityZonesResult"
   }
  },
  "DescribeNetworkInterfaces": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeNetworkInterfacesRequest"
   },
   "name": "DescribeNetworkInterfaces",
   "output": {
    "shape": "DescribeNetworkInterfacesResult"
   }
  },
  "DescribeRegions": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeRegionsRequest"
   },
   "name": "DescribeRegions",
   "output": {
    "shape": "DescribeRegionsResult"
   }
  },
  "DescribeSecurityGroups": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeSecurityGroupsRequest"
   },
   "name": "DescribeSecurityGroups",
   "output": {
    "shape": "DescribeSecurityGroupsResult"
   }
  },
  "DescribeSubnets": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeSubnetsRequest"
   },
   "name": "DescribeSubnets",
   "output": {
    "shape": "DescribeSubnetsResult"
   }
  },
  "DescribeVpcAttribute": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcAttributeRequest"
   },
   "name": "DescribeVpcAttribute",
   "output": {
    "shape": "DescribeVpcAttributeResult"
   }
  },
  "DescribeVpcEndpointConnections": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcEndpointConnectionsRequest"
   },
   "name": "DescribeVpcEndpointConnections",
   "output": {
    "shape": "DescribeVpcEndpointConnectionsResult"
   }
  },
  "DescribeVpcEndpointServiceConfigurations": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcEndpointServiceConfigurationsRequest"
   },
   "name": "DescribeVpcEndpointServiceConfigurations",
   "output": {
    "shape": "DescribeVpcEndpointServiceConfigurationsResult"
   }
  },
  "DescribeVpcEndpointServicePermissions": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcEndpointServicePermissionsRequest"
   },
   "name": "DescribeVpcEndpointServicePermissions",
   "output": {
    "shape": "DescribeVpcEndpointServicePermissionsResult"
   }
  },
  "DescribeVpcEndpointServices": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcEndpointServicesRequest"
   },
   "name": "DescribeVpcEndpointServices",
   "output": {
    "shape": "DescribeVpcEndpointServicesResult"
   }
  },
  "DescribeVpcEndpoints": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcEndpointsRequest"
   },
   "name": "DescribeVpcEndpoints",
   "output": {
    "shape": "DescribeVpcEndpointsResult"
   }
  },
  "DescribeVpcs": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeVpcsRequest"
   },
   "name": "DescribeVpcs",
   "output": {
    "shape": "DescribeVpcsResult"
   }
  },
  "ModifyVpcAttribute": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "ModifyVpcAttributeRequest"
   },
   "name": "ModifyVpcAttribute"
  },
  "ModifyVpcEndpoint": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "ModifyVpcEndpointRequest"
   },
   "name": "ModifyVpcEndpoint",
   "output": {
    "shape": "ModifyVpcEndpointResult"
   }
  },
  "ModifyVpcEndpointServiceConfiguration": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "ModifyVpcEndpointServiceConfigurationRequest"
   },
   "name": "ModifyVpcEndpointServiceConfiguration",
   "output": {
    "shape": "ModifyVpcEndpointServiceConfigurationResult"
   }
  },
  "ModifyVpcEndpointServicePermissions": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "ModifyVpcEndpointServicePermissionsRequest"
   },
   "name": "ModifyVpcEndpointServicePermissions",
   "output": {
    "shape": "ModifyVpcEndpointServicePermissionsResult"
   }
  },
  "RejectVpcEndpointConnections": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "RejectVpcEndpointConnectionsRequest"
   },
   "name": "RejectVpcEndpointConnections",
   "output": {
    "shape": "RejectVpcEndpointConnectionsResult"
   }
  },
  "StartVpcEndpointServicePrivateDnsVerification": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "StartVpcEndpointServicePrivateDnsVerificationRequest"
   },
   "name": "StartVpcEndpointServicePrivateDnsVerification",
   "output": {
    "shape": "StartVpcEndpointServicePrivateDnsVerificationResult"
   }
  }
 },
 "shapes": {
  "AcceptVpcEndpointConnectionsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    },
    "VpcEndpointIds": {
     "locationName": "VpcEndpointId",
     "shape": "VpcEndpointIdList"
    }
   },
   "required": [
    "ServiceId",
    "VpcEndpointIds"
   ],
   "type": "structure"
  },
  "AcceptVpcEndpointConnectionsResult": {
   "members": {
    "Unsuccessful": {
     "locationName": "unsuccessful",
     "shape": "UnsuccessfulItemSet"
    }
   },
   "type": "structure"
  },
  "AddedPrincipal": {
   "members": {
    "Principal": {
     "locationName": "principal",
     "shape": "String"
    },
    "PrincipalType": {
     "locationName": "principalType",
     "shape": "PrincipalType"
    },
    "ServiceId": {
     "locationName": "serviceId",
     "shape": "String"
    },
    "ServicePermissionId": {
     "locationName": "servicePermissionId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "AddedPrincipalSet": {
   "member": {
    "locationName": "item",
    "shape": "AddedPrincipal"
   },
   "type": "list"
  },
  "AllowedPrincipal": {
   "members": {
    "Principal": {
     "locationName": "principal",
     "shape": "String"
    },
    "PrincipalType": {
     "locationName": "principalType",
     "shape": "PrincipalType"
    },
    "ServiceId": {
     "locationName": "serviceId",
     "shape": "String"
    },
    "ServicePermissionId": {
     "locationName": "servicePermissionId",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    }
   },
   "type": "structure"
  },
  "AllowedPrincipalSet": {
   "member": {
    "locationName": "item",
    "shape": "AllowedPrincipal"
   },
   "type": "list"
  },
  "AssociatedSubnetList": {
   "member": {
    "locationName": "item",
    "shape": "SubnetId"
   },
   "type": "list"
  },
  "AttachmentEnaSrdSpecification": {
   "members": {
    "EnaSrdEnabled": {
     "locationName": "enaSrdEnabled",
     "shape": "Boolean"
    },
    "EnaSrdUdpSpecification": {
     "locationName": "enaSrdUdpSpecification",
     "shape": "AttachmentEnaSrdUdpSpecification"
    }
   },
   "type": "structure"
  },
  "AttachmentEnaSrdUdpSpecification": {
   "members": {
    "EnaSrdUdpEnabled": {
     "locationName": "enaSrdUdpEnabled",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "AttachmentStatus": {
   "enum": [
    "attaching",
    "attached",
    "detaching",
    "detached"
   ],
   "type": "string"
  },
  "AttributeBooleanValue": {
   "members": {
    "Value": {
     "locationName": "value",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "AuthorizeSecurityGroupIngressRequest": {
   "members": {
    "CidrIp": {
     "shape": "String"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "FromPort": {
     "shape": "Integer"
    },
    "GroupId": {
     "shape": "SecurityGroupId"
    },
    "GroupName": {
     "shape": "SecurityGroupName"
    },
    "IpPermissions": {
     "shape": "IpPermissionList"
    },
    "IpProtocol": {
     "shape": "String"
    },
    "SourceSecurityGroupName": {
     "shape": "String"
    },
    "SourceSecurityGroupOwnerId": {
     "shape": "String"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    },
    "ToPort": {
     "shape": "Integer"
    }
   },
   "type": "structure"
  },
  "AuthorizeSecurityGroupIngressResult": {
   "members": {
    "Return": {
     "locationName": "return",
     "shape": "Boolean"
    },
    "SecurityGroupRules": {
     "locationName": "securityGroupRuleSet",
     "shape": "SecurityGroupRuleList"
    }
   },
   "type": "structure"
  },
  "AvailabilityZone": {
   "members": {
    "Geography": {
     "locationName": "geographySet",
     "shape": "AvailabilityZoneGeographyList"
    },
    "GroupLongName": {
     "locationName": "groupLongName",
     "shape": "String"
    },
    "GroupName": {
     "locationName": "groupName",
     "shape": "String"
    },
    "Messages": {
     "locationName": "messageSet",
     "shape": "AvailabilityZoneMessageList"
    },
    "NetworkBorderGroup": {
     "locationName": "networkBorderGroup",
     "shape": "String"
    },
    "OptInStatus": {
     "locationName": "optInStatus",
     "shape": "AvailabilityZoneOptInStatus"
    },
    "ParentZoneId": {
     "locationName": "parentZoneId",
     "shape": "String"
    },
    "ParentZoneName": {
     "locationName": "parentZoneName",
     "shape": "String"
    },
    "RegionName": {
     "locationName": "regionName",
     "shape": "String"
    },
    "State": {
     "locationName": "zoneState",
     "shape": "AvailabilityZoneState"
    },
    "SubGeography": {
     "locationName": "subGeographySet",
     "shape": "AvailabilityZoneSubGeographyList"
    },
    "ZoneId": {
     "locationName": "zoneId",
     "shape": "String"
    },
    "ZoneName": {
     "locationName": "zoneName",
     "shape": "String"
    },
    "ZoneType": {
     "locationName": "zoneType",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "AvailabilityZoneGeography": {
   "members": {
    "Name": {
     "locationName": "name",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "AvailabilityZoneGeographyList": {
   "member": {
    "locationName": "item",
    "shape": "AvailabilityZoneGeography"
   },
   "type": "list"
  },
  "AvailabilityZoneList": {
   "member": {
    "locationName": "item",
    "shape": "AvailabilityZone"
   },
   "type": "list"
  },
  "AvailabilityZoneMessage": {
   "members": {
    "Message": {
     "locationName": "message",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "AvailabilityZoneMessageList": {
   "member": {
    "locationName": "item",
    "shape": "AvailabilityZoneMessage"
   },
   "type": "list"
  },
  "AvailabilityZoneOptInStatus": {
   "enum": [
    "opt-in-not-required",
    "opted-in",
    "not-opted-in"
   ],
   "type": "string"
  },
  "AvailabilityZoneState": {
   "enum": [
    "available",
    "information",
    "impaired",
    "unavailable",
    "constrained"
   ],
   "type": "string"
  },
  "AvailabilityZoneSubGeography": {
   "members": {
    "Name": {
     "locationName": "name",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "AvailabilityZoneSubGeographyList": {
   "member": {
    "locationName": "item",
    "shape": "AvailabilityZoneSubGeography"
   },
   "type": "list"
  },
  "BlockPublicAccessMode": {
   "enum": [
    "off",
    "block-bidirectional",
    "block-ingress"
   ],
   "type": "string"
  },
  "BlockPublicAccessStates": {
   "members": {
    "InternetGatewayBlockMode": {
     "locationName": "internetGatewayBlockMode",
     "shape": "BlockPublicAccessMode"
    }
   },
   "type": "structure"
  },
  "Boolean": {
   "type": "boolean"
  },
  "CoipPoolId": {
   "type": "string"
  },
  "ConnectionTrackingConfiguration": {
   "members": {
    "TcpEstablishedTimeout": {
     "locationName": "tcpEstablishedTimeout",
     "shape": "Integer"
    },
    "UdpStreamTimeout": {
     "locationName": "udpStreamTimeout",
     "shape": "Integer"
    },
    "UdpTimeout": {
     "locationName": "udpTimeout",
     "shape": "Integer"
    }
   },
   "type": "structure"
  },
  "CreateSecurityGroupRequest": {
   "members": {
    "Description": {
     "locationName": "GroupDescription",
     "shape": "String"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "GroupName": {
     "shape": "String"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "Description",
    "GroupName"
   ],
   "type": "structure"
  },
  "CreateSecurityGroupResult": {
   "members": {
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "SecurityGroupArn": {
     "locationName": "securityGroupArn",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    }
   },
   "type": "structure"
  },
  "CreateSubnetRequest": {
   "members": {
    "AvailabilityZone": {
     "shape": "String"
    },
    "AvailabilityZoneId": {
     "shape": "String"
    },
    "CidrBlock": {
     "shape": "String"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Ipv4IpamPoolId": {
     "shape": "IpamPoolId"
    },
    "Ipv4NetmaskLength": {
     "shape": "NetmaskLength"
    },
    "Ipv6CidrBlock": {
     "shape": "String"
    },
    "Ipv6IpamPoolId": {
     "shape": "IpamPoolId"
    },
    "Ipv6Native": {
     "shape": "Boolean"
    },
    "Ipv6NetmaskLength": {
     "shape": "NetmaskLength"
    },
    "OutpostArn": {
     "shape": "String"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "VpcId"
   ],
   "type": "structure"
  },
  "CreateSubnetResult": {
   "members": {
    "Subnet": {
     "locationName": "subnet",
     "shape": "Subnet"
    }
   },
   "type": "structure"
  },
  "CreateVpcEndpointRequest": {
   "members": {
    "ClientToken": {
     "shape": "String"
    },
    "DnsOptions": {
     "shape": "DnsOptionsSpecification"
    },
    "DryRun": {
     "shape": "Boolean"
    },
    "IpAddressType": {
     "shape": "IpAddressType"
    },
    "PolicyDocument": {
     "shape": "String"
    },
    "PrivateDnsEnabled": {
     "shape": "Boolean"
    },
    "ResourceConfigurationArn": {
     "shape": "ResourceConfigurationArn"
    },
    "RouteTableIds": {
     "locationName": "RouteTableId",
     "shape": "VpcEndpointRouteTableIdList"
    },
    "SecurityGroupIds": {
     "locationName": "SecurityGroupId",
     "shape": "VpcEndpointSecurityGroupIdList"
    },
    "ServiceName": {
     "shape": "String"
    },
    "ServiceNetworkArn": {
     "shape": "ServiceNetworkArn"
    },
    "ServiceRegion": {
     "shape": "String"
    },
    "SubnetConfigurations": {
     "locationName": "SubnetConfiguration",
     "shape": "SubnetConfigurationsList"
    },
    "SubnetIds": {
     "locationName": "SubnetId",
     "shape": "VpcEndpointSubnetIdList"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    },
    "VpcEndpointType": {
     "shape": "VpcEndpointType"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "VpcId"
   ],
   "type": "structure"
  },
  "CreateVpcEndpointResult": {
   "members": {
    "ClientToken": {
     "locationName": "clientToken",
     "shape": "String"
    },
    "VpcEndpoint": {
     "locationName": "vpcEndpoint",
     "shape": "VpcEndpoint"
    }
   },
   "type": "structure"
  },
  "CreateVpcEndpointServiceConfigurationRequest": {
   "members": {
    "AcceptanceRequired": {
     "shape": "Boolean"
    },
    "ClientToken": {
     "shape": "String"
    },
    "DryRun": {
     "shape": "Boolean"
    },
    "GatewayLoadBalancerArns": {
     "locationName": "GatewayLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "NetworkLoadBalancerArns": {
     "locationName": "NetworkLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "PrivateDnsName": {
     "shape": "String"
    },
    "SupportedIpAddressTypes": {
     "locationName": "SupportedIpAddressType",
     "shape": "ValueStringList"
    },
    "SupportedRegions": {
     "locationName": "SupportedRegion",
     "shape": "ValueStringList"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    }
   },
   "type": "structure"
  },
  "CreateVpcEndpointServiceConfigurationResult": {
   "members": {
    "ClientToken": {
     "locationName": "clientToken",
     "shape": "String"
    },
    "ServiceConfiguration": {
     "locationName": "serviceConfiguration",
     "shape": "ServiceConfiguration"
    }
   },
   "type": "structure"
  },
  "CreateVpcRequest": {
   "members": {
    "AmazonProvidedIpv6CidrBlock": {
     "locationName": "amazonProvidedIpv6CidrBlock",
     "shape": "Boolean"
    },
    "CidrBlock": {
     "shape": "String"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "InstanceTenancy": {
     "locationName": "instanceTenancy",
     "shape": "Tenancy"
    },
    "Ipv4IpamPoolId": {
     "shape": "IpamPoolId"
    },
    "Ipv4NetmaskLength": {
     "shape": "NetmaskLength"
    },
    "Ipv6CidrBlock": {
     "shape": "String"
    },
    "Ipv6CidrBlockNetworkBorderGroup": {
     "shape": "String"
    },
    "Ipv6IpamPoolId": {
     "shape": "IpamPoolId"
    },
    "Ipv6NetmaskLength": {
     "shape": "NetmaskLength"
    },
    "Ipv6Pool": {
     "shape": "Ipv6PoolEc2Id"
    },
    "TagSpecifications": {
     "locationName": "TagSpecification",
     "shape": "TagSpecificationList"
    },
    "VpcEncryptionControl": {
     "shape": "VpcEncryptionControlConfiguration"
    }
   },
   "type": "structure"
  },
  "CreateVpcResult": {
   "members": {
    "Vpc": {
     "locationName": "vpc",
     "shape": "Vpc"
    }
   },
   "type": "structure"
  },
  "DateTime": {
   "type": "timestamp"
  },
  "DeleteSecurityGroupRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "GroupId": {
     "shape": "SecurityGroupId"
    },
    "GroupName": {
     "shape": "SecurityGroupName"
    }
   },
   "type": "structure"
  },
  "DeleteSecurityGroupResult": {
   "members": {
    "GroupId": {
     "locationName": "groupId",
     "shape": "SecurityGroupId"
    },
    "Return": {
     "locationName": "return",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "DeleteSubnetRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "SubnetId": {
     "shape": "SubnetId"
    }
   },
   "required": [
    "SubnetId"
   ],
   "type": "structure"
  },
  "DeleteVpcEndpointServiceConfigurationsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "ServiceIds": {
     "locationName": "ServiceId",
     "shape": "VpcEndpointServiceIdList"
    }
   },
   "required": [
    "ServiceIds"
   ],
   "type": "structure"
  },
  "DeleteVpcEndpointServiceConfigurationsResult": {
   "members": {
    "Unsuccessful": {
     "locationName": "unsuccessful",
     "shape": "UnsuccessfulItemSet"
    }
   },
   "type": "structure"
  },
  "DeleteVpcEndpointsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "VpcEndpointIds": {
     "locationName": "VpcEndpointId",
     "shape": "VpcEndpointIdList"
    }
   },
   "required": [
    "VpcEndpointIds"
   ],
   "type": "structure"
  },
  "DeleteVpcEndpointsResult": {
   "members": {
    "Unsuccessful": {
     "locationName": "unsuccessful",
     "shape": "UnsuccessfulItemSet"
    }
   },
   "type": "structure"
  },
  "DeleteVpcRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "VpcId"
   ],
   "type": "structure"
  },
  "DescribeAvailabilityZonesRequest": {
   "members": {
    "AllAvailabilityZones": {
     "shape": "Boolean"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "ZoneIds": {
     "locationName": "ZoneId",
     "shape": "ZoneIdStringList"
    },
    "ZoneNames": {
     "locationName": "ZoneName",
     "shape": "ZoneNameStringList"
    }
   },
   "type": "structure"
  },
  "DescribeAvailabilityZonesResult": {
   "members": {
    "AvailabilityZones": {
     "locationName": "availabilityZoneInfo",
     "shape": "AvailabilityZoneList"
    }
   },
   "type": "structure"
  },
  "DescribeNetworkInterfacesMaxResults": {
   "max": 1000,
   "min": 5,
   "type": "integer"
  },
  "DescribeNetworkInterfacesRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "filter",
     "shape": "FilterList"
    },
    "IncludeManagedResources": {
     "shape": "Boolean"
    },
    "MaxResults": {
     "shape": "DescribeNetworkInterfacesMaxResults"
    },
    "NetworkInterfaceIds": {
     "locationName": "NetworkInterfaceId",
     "shape": "NetworkInterfaceIdList"
    },
    "NextToken": {
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeNetworkInterfacesResult": {
   "members": {
    "NetworkInterfaces": {
     "locationName": "networkInterfaceSet",
     "shape": "NetworkInterfaceList"
    },
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeRegionsRequest": {
   "members": {
    "AllRegions": {
     "shape": "Boolean"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "RegionNames": {
     "locationName": "RegionName",
     "shape": "RegionNameStringList"
    }
   },
   "type": "structure"
  },
  "DescribeRegionsResult": {
   "members": {
    "Regions": {
     "locationName": "regionInfo",
     "shape": "RegionList"
    }
   },
   "type": "structure"
  },
  "DescribeSecurityGroupsMaxResults": {
   "max": 1000,
   "min": 5,
   "type": "integer"
  },
  "DescribeSecurityGroupsRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "GroupIds": {
     "locationName": "GroupId",
     "shape": "GroupIdStringList"
    },
    "GroupNames": {
     "locationName": "GroupName",
     "shape": "GroupNameStringList"
    },
    "MaxResults": {
     "shape": "DescribeSecurityGroupsMaxResults"
    },
    "NextToken": {
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeSecurityGroupsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "SecurityGroups": {
     "locationName": "securityGroupInfo",
     "shape": "SecurityGroupList"
    }
   },
   "type": "structure"
  },
  "DescribeSubnetsMaxResults": {
   "max": 1000,
   "min": 5,
   "type": "integer"
  },
  "DescribeSubnetsRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "DescribeSubnetsMaxResults"
    },
    "NextToken": {
     "shape": "String"
    },
    "SubnetIds": {
     "locationName": "SubnetId",
     "shape": "SubnetIdStringList"
    }
   },
   "type": "structure"
  },
  "DescribeSubnetsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "Subnets": {
     "locationName": "subnetSet",
     "shape": "SubnetList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcAttributeRequest": {
   "members": {
    "Attribute": {
     "shape": "VpcAttributeName"
    },
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "Attribute",
    "VpcId"
   ],
   "type": "structure"
  },
  "DescribeVpcAttributeResult": {
   "members": {
    "EnableDnsHostnames": {
     "locationName": "enableDnsHostnames",
     "shape": "AttributeBooleanValue"
    },
    "EnableDnsSupport": {
     "locationName": "enableDnsSupport",
     "shape": "AttributeBooleanValue"
    },
    "EnableNetworkAddressUsageMetrics": {
     "locationName": "enableNetworkAddressUsageMetrics",
     "shape": "AttributeBooleanValue"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointConnectionsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "Integer"
    },
    "NextToken": {
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointConnectionsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "VpcEndpointConnections": {
     "locationName": "vpcEndpointConnectionSet",
     "shape": "VpcEndpointConnectionSet"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointServiceConfigurationsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "Integer"
    },
    "NextToken": {
     "shape": "String"
    },
    "ServiceIds": {
     "locationName": "ServiceId",
     "shape": "VpcEndpointServiceIdList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointServiceConfigurationsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "ServiceConfigurations": {
     "locationName": "serviceConfigurationSet",
     "shape": "ServiceConfigurationSet"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointServicePermissionsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "Integer"
    },
    "NextToken": {
     "shape": "String"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    }
   },
   "required": [
    "ServiceId"
   ],
   "type": "structure"
  },
  "DescribeVpcEndpointServicePermissionsResult": {
   "members": {
    "AllowedPrincipals": {
     "locationName": "allowedPrincipals",
     "shape": "AllowedPrincipalSet"
    },
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointServicesRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "Integer"
    },
    "NextToken": {
     "shape": "String"
    },
    "ServiceNames": {
     "locationName": "ServiceName",
     "shape": "ValueStringList"
    },
    "ServiceRegions": {
     "locationName": "ServiceRegion",
     "shape": "ValueStringList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointServicesResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "ServiceDetails": {
     "locationName": "serviceDetailSet",
     "shape": "ServiceDetailSet"
    },
    "ServiceNames": {
     "locationName": "serviceNameSet",
     "shape": "ValueStringList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "Integer"
    },
    "NextToken": {
     "shape": "String"
    },
    "VpcEndpointIds": {
     "locationName": "VpcEndpointId",
     "shape": "VpcEndpointIdList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcEndpointsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "VpcEndpoints": {
     "locationName": "vpcEndpointSet",
     "shape": "VpcEndpointSet"
    }
   },
   "type": "structure"
  },
  "DescribeVpcsMaxResults": {
   "max": 1000,
   "min": 5,
   "type": "integer"
  },
  "DescribeVpcsRequest": {
   "members": {
    "DryRun": {
     "locationName": "dryRun",
     "shape": "Boolean"
    },
    "Filters": {
     "locationName": "Filter",
     "shape": "FilterList"
    },
    "MaxResults": {
     "shape": "DescribeVpcsMaxResults"
    },
    "NextToken": {
     "shape": "String"
    },
    "VpcIds": {
     "locationName": "VpcId",
     "shape": "VpcIdStringList"
    }
   },
   "type": "structure"
  },
  "DescribeVpcsResult": {
   "members": {
    "NextToken": {
     "locationName": "nextToken",
     "shape": "String"
    },
    "Vpcs": {
     "locationName": "vpcSet",
     "shape": "VpcList"
    }
   },
   "type": "structure"
  },
  "DnsEntry": {
   "members": {
    "DnsName": {
     "locationName": "dnsName",
     "shape": "String"
    },
    "HostedZoneId": {
     "locationName": "hostedZoneId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "DnsEntrySet": {
   "member": {
    "locationName": "item",
    "shape": "DnsEntry"
   },
   "type": "list"
  },
  "DnsNameState": {
   "enum": [
    "pendingVerification",
    "verified",
    "failed"
   ],
   "type": "string"
  },
  "DnsOptions": {
   "members": {
    "DnsRecordIpType": {
     "locationName": "dnsRecordIpType",
     "shape": "DnsRecordIpType"
    },
    "PrivateDnsOnlyForInboundResolverEndpoint": {
     "locationName": "privateDnsOnlyForInboundResolverEndpoint",
     "shape": "Boolean"
    },
    "PrivateDnsPreference": {
     "locationName": "privateDnsPreference",
     "shape": "String"
    },
    "PrivateDnsSpecifiedDomains": {
     "locationName": "privateDnsSpecifiedDomainSet",
     "shape": "PrivateDnsSpecifiedDomainSet"
    }
   },
   "type": "structure"
  },
  "DnsOptionsSpecification": {
   "members": {
    "DnsRecordIpType": {
     "shape": "DnsRecordIpType"
    },
    "PrivateDnsOnlyForInboundResolverEndpoint": {
     "shape": "Boolean"
    },
    "PrivateDnsPreference": {
     "shape": "String"
    },
    "PrivateDnsSpecifiedDomains": {
     "locationName": "PrivateDnsSpecifiedDomain",
     "shape": "PrivateDnsSpecifiedDomainSet"
    }
   },
   "type": "structure"
  },
  "DnsRecordIpType": {
   "enum": [
    "ipv4",
    "dualstack",
    "ipv6",
    "service-defined"
   ],
   "type": "string"
  },
  "Filter": {
   "members": {
    "Name": {
     "shape": "String"
    },
    "Values": {
     "locationName": "Value",
     "shape": "ValueStringList"
    }
   },
   "type": "structure"
  },
  "FilterList": {
   "member": {
    "locationName": "Filter",
    "shape": "Filter"
   },
   "type": "list"
  },
  "GroupIdStringList": {
   "member": {
    "locationName": "groupId",
    "shape": "SecurityGroupId"
   },
   "type": "list"
  },
  "GroupIdentifier": {
   "members": {
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "GroupName": {
     "locationName": "groupName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "GroupIdentifierList": {
   "member": {
    "locationName": "item",
    "shape": "GroupIdentifier"
   },
   "type": "list"
  },
  "GroupIdentifierSet": {
   "member": {
    "locationName": "item",
    "shape": "SecurityGroupIdentifier"
   },
   "type": "list"
  },
  "GroupNameStringList": {
   "member": {
    "locationName": "GroupName",
    "shape": "SecurityGroupName"
   },
   "type": "list"
  },
  "HostnameType": {
   "enum": [
    "ip-name",
    "resource-name"
   ],
   "type": "string"
  },
  "Integer": {
   "type": "integer"
  },
  "IpAddressType": {
   "enum": [
    "ipv4",
    "dualstack",
    "ipv6"
   ],
   "type": "string"
  },
  "IpPermission": {
   "members": {
    "FromPort": {
     "locationName": "fromPort",
     "shape": "Integer"
    },
    "IpProtocol": {
     "locationName": "ipProtocol",
     "shape": "String"
    },
    "IpRanges": {
     "locationName": "ipRanges",
     "shape": "IpRangeList"
    },
    "Ipv6Ranges": {
     "locationName": "ipv6Ranges",
     "shape": "Ipv6RangeList"
    },
    "PrefixListIds": {
     "locationName": "prefixListIds",
     "shape": "PrefixListIdList"
    },
    "ToPort": {
     "locationName": "toPort",
     "shape": "Integer"
    },
    "UserIdGroupPairs": {
     "locationName": "groups",
     "shape": "UserIdGroupPairList"
    }
   },
   "type": "structure"
  },
  "IpPermissionList": {
   "member": {
    "locationName": "item",
    "shape": "IpPermission"
   },
   "type": "list"
  },
  "IpRange": {
   "members": {
    "CidrIp": {
     "locationName": "cidrIp",
     "shape": "String"
    },
    "Description": {
     "locationName": "description",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "IpRangeList": {
   "member": {
    "locationName": "item",
    "shape": "IpRange"
   },
   "type": "list"
  },
  "IpSource": {
   "enum": [
    "amazon",
    "byoip",
    "none"
   ],
   "type": "string"
  },
  "IpamPoolId": {
   "type": "string"
  },
  "Ipv4PrefixSpecification": {
   "members": {
    "Ipv4Prefix": {
     "locationName": "ipv4Prefix",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "Ipv4PrefixesList": {
   "member": {
    "locationName": "item",
    "shape": "Ipv4PrefixSpecification"
   },
   "type": "list"
  },
  "Ipv6AddressAttribute": {
   "enum": [
    "public",
    "private"
   ],
   "type": "string"
  },
  "Ipv6PoolEc2Id": {
   "type": "string"
  },
  "Ipv6PrefixSpecification": {
   "members": {
    "Ipv6Prefix": {
     "locationName": "ipv6Prefix",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "Ipv6PrefixesList": {
   "member": {
    "locationName": "item",
    "shape": "Ipv6PrefixSpecification"
   },
   "type": "list"
  },
  "Ipv6Range": {
   "members": {
    "CidrIpv6": {
     "locationName": "cidrIpv6",
     "shape": "String"
    },
    "Description": {
     "locationName": "description",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "Ipv6RangeList": {
   "member": {
    "locationName": "item",
    "shape": "Ipv6Range"
   },
   "type": "list"
  },
  "LastError": {
   "members": {
    "Code": {
     "locationName": "code",
     "shape": "String"
    },
    "Message": {
     "locationName": "message",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "MillisecondDateTime": {
   "type": "timestamp"
  },
  "ModifyVpcAttributeRequest": {
   "members": {
    "EnableDnsHostnames": {
     "shape": "AttributeBooleanValue"
    },
    "EnableDnsSupport": {
     "shape": "AttributeBooleanValue"
    },
    "EnableNetworkAddressUsageMetrics": {
     "shape": "AttributeBooleanValue"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "VpcId"
    }
   },
   "required": [
    "VpcId"
   ],
   "type": "structure"
  },
  "ModifyVpcEndpointRequest": {
   "members": {
    "AddRouteTableIds": {
     "locationName": "AddRouteTableId",
     "shape": "VpcEndpointRouteTableIdList"
    },
    "AddSecurityGroupIds": {
     "locationName": "AddSecurityGroupId",
     "shape": "VpcEndpointSecurityGroupIdList"
    },
    "AddSubnetIds": {
     "locationName": "AddSubnetId",
     "shape": "VpcEndpointSubnetIdList"
    },
    "DnsOptions": {
     "shape": "DnsOptionsSpecification"
    },
    "DryRun": {
     "shape": "Boolean"
    },
    "IpAddressType": {
     "shape": "IpAddressType"
    },
    "PolicyDocument": {
     "shape": "String"
    },
    "PrivateDnsEnabled": {
     "shape": "Boolean"
    },
    "RemoveRouteTableIds": {
     "locationName": "RemoveRouteTableId",
     "shape": "VpcEndpointRouteTableIdList"
    },
    "RemoveSecurityGroupIds": {
     "locationName": "RemoveSecurityGroupId",
     "shape": "VpcEndpointSecurityGroupIdList"
    },
    "RemoveSubnetIds": {
     "locationName": "RemoveSubnetId",
     "shape": "VpcEndpointSubnetIdList"
    },
    "ResetPolicy": {
     "shape": "Boolean"
    },
    "SubnetConfigurations": {
     "locationName": "SubnetConfiguration",
     "shape": "SubnetConfigurationsList"
    },
    "VpcEndpointId": {
     "shape": "VpcEndpointId"
    }
   },
   "required": [
    "VpcEndpointId"
   ],
   "type": "structure"
  },
  "ModifyVpcEndpointResult": {
   "members": {
    "Return": {
     "locationName": "return",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "ModifyVpcEndpointServiceConfigurationRequest": {
   "members": {
    "AcceptanceRequired": {
     "shape": "Boolean"
    },
    "AddGatewayLoadBalancerArns": {
     "locationName": "AddGatewayLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "AddNetworkLoadBalancerArns": {
     "locationName": "AddNetworkLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "AddSupportedIpAddressTypes": {
     "locationName": "AddSupportedIpAddressType",
     "shape": "ValueStringList"
    },
    "AddSupportedRegions": {
     "locationName": "AddSupportedRegion",
     "shape": "ValueStringList"
    },
    "DryRun": {
     "shape": "Boolean"
    },
    "PrivateDnsName": {
     "shape": "String"
    },
    "RemoveGatewayLoadBalancerArns": {
     "locationName": "RemoveGatewayLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "RemoveNetworkLoadBalancerArns": {
     "locationName": "RemoveNetworkLoadBalancerArn",
     "shape": "ValueStringList"
    },
    "RemovePrivateDnsName": {
     "shape": "Boolean"
    },
    "RemoveSupportedIpAddressTypes": {
     "locationName": "RemoveSupportedIpAddressType",
     "shape": "ValueStringList"
    },
    "RemoveSupportedRegions": {
     "locationName": "RemoveSupportedRegion",
     "shape": "ValueStringList"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    }
   },
   "required": [
    "ServiceId"
   ],
   "type": "structure"
  },
  "ModifyVpcEndpointServiceConfigurationResult": {
   "members": {
    "Return": {
     "locationName": "return",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "ModifyVpcEndpointServicePermissionsRequest": {
   "members": {
    "AddAllowedPrincipals": {
     "shape": "ValueStringList"
    },
    "DryRun": {
     "shape": "Boolean"
    },
    "RemoveAllowedPrincipals": {
     "shape": "ValueStringList"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    }
   },
   "required": [
    "ServiceId"
   ],
   "type": "structure"
  },
  "ModifyVpcEndpointServicePermissionsResult": {
   "members": {
    "AddedPrincipals": {
     "locationName": "addedPrincipalSet",
     "shape": "AddedPrincipalSet"
    },
    "ReturnValue": {
     "locationName": "return",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "NetmaskLength": {
   "type": "integer"
  },
  "NetworkInterface": {
   "members": {
    "AssociatedSubnets": {
     "locationName": "associatedSubnetSet",
     "shape": "AssociatedSubnetList"
    },
    "Association": {
     "locationName": "association",
     "shape": "NetworkInterfaceAssociation"
    },
    "Attachment": {
     "locationName": "attachment",
     "shape": "NetworkInterfaceAttachment"
    },
    "AvailabilityZone": {
     "locationName": "availabilityZone",
     "shape": "String"
    },
    "AvailabilityZoneId": {
     "locationName": "availabilityZoneId",
     "shape": "String"
    },
    "ConnectionTrackingConfiguration": {
     "locationName": "connectionTrackingConfiguration",
     "shape": "ConnectionTrackingConfiguration"
    },
    "DenyAllIgwTraffic": {
     "locationName": "denyAllIgwTraffic",
     "shape": "Boolean"
    },
    "Description": {
     "locationName": "description",
     "shape": "String"
    },
    "Groups": {
     "locationName": "groupSet",
     "shape": "GroupIdentifierList"
    },
    "InterfaceType": {
     "locationName": "interfaceType",
     "shape": "NetworkInterfaceType"
    },
    "Ipv4Prefixes": {
     "locationName": "ipv4PrefixSet",
     "shape": "Ipv4PrefixesList"
    },
    "Ipv6Address": {
     "locationName": "ipv6Address",
     "shape": "String"
    },
    "Ipv6Addresses": {
     "locationName": "ipv6AddressesSet",
     "shape": "NetworkInterfaceIpv6AddressesList"
    },
    "Ipv6Native": {
     "locationName": "ipv6Native",
     "shape": "Boolean"
    },
    "Ipv6Prefixes": {
     "locationName": "ipv6PrefixSet",
     "shape": "Ipv6PrefixesList"
    },
    "MacAddress": {
     "locationName": "macAddress",
     "shape": "String"
    },
    "NetworkInterfaceId": {
     "locationName": "networkInterfaceId",
     "shape": "String"
    },
    "Operator": {
     "locationName": "operator",
     "shape": "OperatorResponse"
    },
    "OutpostArn": {
     "locationName": "outpostArn",
     "shape": "String"
    },
    "OwnerId": {
     "locationName": "ownerId",
     "shape": "String"
    },
    "PrivateDnsName": {
     "locationName": "privateDnsName",
     "shape": "String"
    },
    "PrivateIpAddress": {
     "locationName": "privateIpAddress",
     "shape": "String"
    },
    "PrivateIpAddresses": {
     "locationName": "privateIpAddressesSet",
     "shape": "NetworkInterfacePrivateIpAddressList"
    },
    "PublicDnsName": {
     "locationName": "publicDnsName",
     "shape": "String"
    },
    "PublicIpDnsNameOptions": {
     "locationName": "publicIpDnsNameOptions",
     "shape": "PublicIpDnsNameOptions"
    },
    "RequesterId": {
     "locationName": "requesterId",
     "shape": "String"
    },
    "RequesterManaged": {
     "locationName": "requesterManaged",
     "shape": "Boolean"
    },
    "SourceDestCheck": {
     "locationName": "sourceDestCheck",
     "shape": "Boolean"
    },
    "Status": {
     "locationName": "status",
     "shape": "NetworkInterfaceStatus"
    },
    "SubnetId": {
     "locationName": "subnetId",
     "shape": "String"
    },
    "TagSet": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "NetworkInterfaceAssociation": {
   "members": {
    "AllocationId": {
     "locationName": "allocationId",
     "shape": "String"
    },
    "AssociationId": {
     "locationName": "associationId",
     "shape": "String"
    },
    "CarrierIp": {
     "locationName": "carrierIp",
     "shape": "String"
    },
    "CustomerOwnedIp": {
     "locationName": "customerOwnedIp",
     "shape": "String"
    },
    "IpOwnerId": {
     "locationName": "ipOwnerId",
     "shape": "String"
    },
    "PublicDnsName": {
     "locationName": "publicDnsName",
     "shape": "String"
    },
    "PublicIp": {
     "locationName": "publicIp",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "NetworkInterfaceAttachment": {
   "members": {
    "AttachTime": {
     "locationName": "attachTime",
     "shape": "DateTime"
    },
    "AttachmentId": {
     "locationName": "attachmentId",
     "shape": "String"
    },
    "DeleteOnTermination": {
     "locationName": "deleteOnTermination",
     "shape": "Boolean"
    },
    "DeviceIndex": {
     "locationName": "deviceIndex",
     "shape": "Integer"
    },
    "EnaQueueCount": {
     "locationName": "enaQueueCount",
     "shape": "Integer"
    },
    "EnaSrdSpecification": {
     "locationName": "enaSrdSpecification",
     "shape": "AttachmentEnaSrdSpecification"
    },
    "InstanceId": {
     "locationName": "instanceId",
     "shape": "String"
    },
    "InstanceOwnerId": {
     "locationName": "instanceOwnerId",
     "shape": "String"
    },
    "NetworkCardIndex": {
     "locationName": "networkCardIndex",
     "shape": "Integer"
    },
    "Status": {
     "locationName": "status",
     "shape": "AttachmentStatus"
    }
   },
   "type": "structure"
  },
  "NetworkInterfaceId": {
   "type": "string"
  },
  "NetworkInterfaceIdList": {
   "member": {
    "locationName": "item",
    "shape": "NetworkInterfaceId"
   },
   "type": "list"
  },
  "NetworkInterfaceIpv6Address": {
   "members": {
    "Ipv6Address": {
     "locationName": "ipv6Address",
     "shape": "String"
    },
    "IsPrimaryIpv6": {
     "locationName": "isPrimaryIpv6",
     "shape": "Boolean"
    },
    "PublicIpv6DnsName": {
     "locationName": "publicIpv6DnsName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "NetworkInterfaceIpv6AddressesList": {
   "member": {
    "locationName": "item",
    "shape": "NetworkInterfaceIpv6Address"
   },
   "type": "list"
  },
  "NetworkInterfaceList": {
   "member": {
    "locationName": "item",
    "shape": "NetworkInterface"
   },
   "type": "list"
  },
  "NetworkInterfacePrivateIpAddress": {
   "members": {
    "Association": {
     "locationName": "association",
     "shape": "NetworkInterfaceAssociation"
    },
    "Primary": {
     "locationName": "primary",
     "shape": "Boolean"
    },
    "PrivateDnsName": {
     "locationName": "privateDnsName",
     "shape": "String"
    },
    "PrivateIpAddress": {
     "locationName": "privateIpAddress",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "NetworkInterfacePrivateIpAddressList": {
   "member": {
    "locationName": "item",
    "shape": "NetworkInterfacePrivateIpAddress"
   },
   "type": "list"
  },
  "NetworkInterfaceStatus": {
   "enum": [
    "available",
    "associated",
    "attaching",
    "in-use",
    "detaching"
   ],
   "type": "string"
  },
  "NetworkInterfaceType": {
   "enum": [
    "interface",
    "natGateway",
    "efa",
    "efa-only",
    "trunk",
    "load_balancer",
    "network_load_balancer",
    "vpc_endpoint",
    "branch",
    "transit_gateway",
    "lambda",
    "quicksight",
    "global_accelerator_managed",
    "api_gateway_managed",
    "gateway_load_balancer",
    "gateway_load_balancer_endpoint",
    "iot_rules_managed",
    "aws_codestar_connections_managed"
   ],
   "type": "string"
  },
  "OperatorResponse": {
   "members": {
    "HiddenByDefault": {
     "locationName": "hiddenByDefault",
     "shape": "Boolean"
    },
    "Managed": {
     "locationName": "managed",
     "shape": "Boolean"
    },
    "Principal": {
     "locationName": "principal",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "PayerResponsibility": {
   "enum": [
    "ServiceOwner"
   ],
   "type": "string"
  },
  "PrefixListId": {
   "members": {
    "Description": {
     "locationName": "description",
     "shape": "String"
    },
    "PrefixListId": {
     "locationName": "prefixListId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "PrefixListIdList": {
   "member": {
    "locationName": "item",
    "shape": "PrefixListId"
   },
   "type": "list"
  },
  "PrefixListResourceId": {
   "type": "string"
  },
  "PrincipalType": {
   "enum": [
    "All",
    "Service",
    "OrganizationUnit",
    "Account",
    "User",
    "Role"
   ],
   "type": "string"
  },
  "PrivateDnsDetails": {
   "members": {
    "PrivateDnsName": {
     "locationName": "privateDnsName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "PrivateDnsDetailsSet": {
   "member": {
    "locationName": "item",
    "shape": "PrivateDnsDetails"
   },
   "type": "list"
  },
  "PrivateDnsNameConfiguration": {
   "members": {
    "Name": {
     "locationName": "name",
     "shape": "String"
    },
    "State": {
     "locationName": "state",
     "shape": "DnsNameState"
    },
    "Type": {
     "locationName": "type",
     "shape": "String"
    },
    "Value": {
     "locationName": "value",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "PrivateDnsNameOptionsOnLaunch": {
   "members": {
    "EnableResourceNameDnsAAAARecord": {
     "locationName": "enableResourceNameDnsAAAARecord",
     "shape": "Boolean"
    },
    "EnableResourceNameDnsARecord": {
     "locationName": "enableResourceNameDnsARecord",
     "shape": "Boolean"
    },
    "HostnameType": {
     "locationName": "hostnameType",
     "shape": "HostnameType"
    }
   },
   "type": "structure"
  },
  "PrivateDnsSpecifiedDomainSet": {
   "max": 10,
   "member": {
    "locationName": "item",
    "shape": "String"
   },
   "min": 0,
   "type": "list"
  },
  "PublicIpDnsNameOptions": {
   "members": {
    "DnsHostnameType": {
     "locationName": "dnsHostnameType",
     "shape": "String"
    },
    "PublicDualStackDnsName": {
     "locationName": "publicDualStackDnsName",
     "shape": "String"
    },
    "PublicIpv4DnsName": {
     "locationName": "publicIpv4DnsName",
     "shape": "String"
    },
    "PublicIpv6DnsName": {
     "locationName": "publicIpv6DnsName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "ReferencedSecurityGroup": {
   "members": {
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "PeeringStatus": {
     "locationName": "peeringStatus",
     "shape": "String"
    },
    "UserId": {
     "locationName": "userId",
     "shape": "String"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    },
    "VpcPeeringConnectionId": {
     "locationName": "vpcPeeringConnectionId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "Region": {
   "members": {
    "Endpoint": {
     "locationName": "regionEndpoint",
     "shape": "String"
    },
    "Geography": {
     "locationName": "geographySet",
     "shape": "RegionGeographyList"
    },
    "OptInStatus": {
     "locationName": "optInStatus",
     "shape": "String"
    },
    "RegionName": {
     "locationName": "regionName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "RegionGeography": {
   "members": {
    "Name": {
     "locationName": "name",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "RegionGeographyList": {
   "member": {
    "locationName": "item",
    "shape": "RegionGeography"
   },
   "type": "list"
  },
  "RegionList": {
   "member": {
    "locationName": "item",
    "shape": "Region"
   },
   "type": "list"
  },
  "RegionNameStringList": {
   "member": {
    "locationName": "RegionName",
    "shape": "String"
   },
   "type": "list"
  },
  "RejectVpcEndpointConnectionsRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    },
    "VpcEndpointIds": {
     "locationName": "VpcEndpointId",
     "shape": "VpcEndpointIdList"
    }
   },
   "required": [
    "ServiceId",
    "VpcEndpointIds"
   ],
   "type": "structure"
  },
  "RejectVpcEndpointConnectionsResult": {
   "members": {
    "Unsuccessful": {
     "locationName": "unsuccessful",
     "shape": "UnsuccessfulItemSet"
    }
   },
   "type": "structure"
  },
  "ResourceConfigurationArn": {
   "type": "string"
  },
  "ResourceType": {
   "enum": [
    "capacity-reservation",
    "client-vpn-endpoint",
    "customer-gateway",
    "carrier-gateway",
    "coip-pool",
    "declarative-policies-report",
    "dedicated-host",
    "dhcp-options",
    "egress-only-internet-gateway",
    "elastic-ip",
    "elastic-gpu",
    "export-image-task",
    "export-instance-task",
    "fleet",
    "fpga-image",
    "host-reservation",
    "image",
    "image-usage-report",
    "import-image-task",
    "import-snapshot-task",
    "instance",
    "instance-event-window",
    "internet-gateway",
    "ipam",
    "ipam-pool",
    "ipam-scope",
    "ipv4pool-ec2",
    "ipv6pool-ec2",
    "key-pair",
    "launch-template",
    "local-gateway",
    "local-gateway-route-table",
    "local-gateway-virtual-interface",
    "local-gateway-virtual-interface-group",
    "local-gateway-route-table-vpc-association",
    "local-gateway-route-table-virtual-interface-group-association",
    "natgateway",
    "network-acl",
    "network-interface",
    "network-insights-analysis",
    "network-insights-path",
    "network-insights-access-scope",
    "network-insights-access-scope-analysis",
    "outpost-lag",
    "placement-group",
    "prefix-list",
    "replace-root-volume-task",
    "reserved-instances",
    "route-table",
    "security-group",
    "security-group-rule",
    "service-link-virtual-interface",
    "snapshot",
    "spot-fleet-request",
    "spot-instances-request",
    "subnet",
    "subnet-cidr-reservation",
    "traffic-mirror-filter",
    "traffic-mirror-session",
    "traffic-mirror-target",
    "transit-gateway",
    "transit-gateway-attachment",
    "transit-gateway-connect-peer",
    "transit-gateway-multicast-domain",
    "transit-gateway-policy-table",
    "transit-gateway-metering-policy",
    "transit-gateway-route-table",
    "transit-gateway-route-table-announcement",
    "volume",
    "vpc",
    "vpc-endpoint",
    "vpc-endpoint-connection",
    "vpc-endpoint-service",
    "vpc-endpoint-service-permission",
    "vpc-peering-connection",
    "vpn-connection",
    "vpn-gateway",
    "vpc-flow-log",
    "capacity-reservation-fleet",
    "traffic-mirror-filter-rule",
    "vpc-endpoint-connection-device-type",
    "verified-access-instance",
    "verified-access-group",
    "verified-access-endpoint",
    "verified-access-policy",
    "verified-access-trust-provider",
    "vpn-connection-device-type",
    "vpc-block-public-access-exclusion",
    "vpc-encryption-control",
    "route-server",
    "route-server-endpoint",
    "route-server-peer",
    "ipam-resource-discovery",
    "ipam-resource-discovery-association",
    "instance-connect-endpoint",
    "verified-access-endpoint-target",
    "ipam-external-resource-verification-token",
    "capacity-block",
    "mac-modification-task",
    "ipam-prefix-list-resolver",
    "ipam-policy",
    "ipam-prefix-list-resolver-target",
    "secondary-interface",
    "secondary-network",
    "secondary-subnet",
    "capacity-manager-data-export",
    "vpn-concentrator",
    "ipam-pool-allocation"
   ],
   "type": "string"
  },
  "RouteTableId": {
   "type": "string"
  },
  "SecurityGroup": {
   "members": {
    "Description": {
     "locationName": "groupDescription",
     "shape": "String"
    },
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "GroupName": {
     "locationName": "groupName",
     "shape": "String"
    },
    "IpPermissions": {
     "locationName": "ipPermissions",
     "shape": "IpPermissionList"
    },
    "IpPermissionsEgress": {
     "locationName": "ipPermissionsEgress",
     "shape": "IpPermissionList"
    },
    "OwnerId": {
     "locationName": "ownerId",
     "shape": "String"
    },
    "SecurityGroupArn": {
     "locationName": "securityGroupArn",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SecurityGroupId": {
   "type": "string"
  },
  "SecurityGroupIdentifier": {
   "members": {
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "GroupName": {
     "locationName": "groupName",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SecurityGroupList": {
   "member": {
    "locationName": "item",
    "shape": "SecurityGroup"
   },
   "type": "list"
  },
  "SecurityGroupName": {
   "type": "string"
  },
  "SecurityGroupRule": {
   "members": {
    "CidrIpv4": {
     "locationName": "cidrIpv4",
     "shape": "String"
    },
    "CidrIpv6": {
     "locationName": "cidrIpv6",
     "shape": "String"
    },
    "Description": {
     "locationName": "description",
     "shape": "String"
    },
    "FromPort": {
     "locationName": "fromPort",
     "shape": "Integer"
    },
    "GroupId": {
     "locationName": "groupId",
     "shape": "SecurityGroupId"
    },
    "GroupOwnerId": {
     "locationName": "groupOwnerId",
     "shape": "String"
    },
    "IpProtocol": {
     "locationName": "ipProtocol",
     "shape": "String"
    },
    "IsEgress": {
     "locationName": "isEgress",
     "shape": "Boolean"
    },
    "PrefixListId": {
     "locationName": "prefixListId",
     "shape": "PrefixListResourceId"
    },
    "ReferencedGroupInfo": {
     "locationName": "referencedGroupInfo",
     "shape": "ReferencedSecurityGroup"
    },
    "SecurityGroupRuleArn": {
     "locationName": "securityGroupRuleArn",
     "shape": "String"
    },
    "SecurityGroupRuleId": {
     "locationName": "securityGroupRuleId",
     "shape": "SecurityGroupRuleId"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "ToPort": {
     "locationName": "toPort",
     "shape": "Integer"
    }
   },
   "type": "structure"
  },
  "SecurityGroupRuleId": {
   "type": "string"
  },
  "SecurityGroupRuleList": {
   "member": {
    "locationName": "item",
    "shape": "SecurityGroupRule"
   },
   "type": "list"
  },
  "ServiceConfiguration": {
   "members": {
    "AcceptanceRequired": {
     "locationName": "acceptanceRequired",
     "shape": "Boolean"
    },
    "AvailabilityZoneIds": {
     "locationName": "availabilityZoneIdSet",
     "shape": "ValueStringList"
    },
    "AvailabilityZones": {
     "locationName": "availabilityZoneSet",
     "shape": "ValueStringList"
    },
    "BaseEndpointDnsNames": {
     "locationName": "baseEndpointDnsNameSet",
     "shape": "ValueStringList"
    },
    "GatewayLoadBalancerArns": {
     "locationName": "gatewayLoadBalancerArnSet",
     "shape": "ValueStringList"
    },
    "ManagesVpcEndpoints": {
     "locationName": "managesVpcEndpoints",
     "shape": "Boolean"
    },
    "NetworkLoadBalancerArns": {
     "locationName": "networkLoadBalancerArnSet",
     "shape": "ValueStringList"
    },
    "PayerResponsibility": {
     "locationName": "payerResponsibility",
     "shape": "PayerResponsibility"
    },
    "PrivateDnsName": {
     "locationName": "privateDnsName",
     "shape": "String"
    },
    "PrivateDnsNameConfiguration": {
     "locationName": "privateDnsNameConfiguration",
     "shape": "PrivateDnsNameConfiguration"
    },
    "RemoteAccessEnabled": {
     "locationName": "remoteAccessEnabled",
     "shape": "Boolean"
    },
    "ServiceId": {
     "locationName": "serviceId",
     "shape": "String"
    },
    "ServiceName": {
     "locationName": "serviceName",
     "shape": "String"
    },
    "ServiceState": {
     "locationName": "serviceState",
     "shape": "ServiceState"
    },
    "ServiceType": {
     "locationName": "serviceType",
     "shape": "ServiceTypeDetailSet"
    },
    "SupportedIpAddressTypes": {
     "locationName": "supportedIpAddressTypeSet",
     "shape": "SupportedIpAddressTypes"
    },
    "SupportedRegions": {
     "locationName": "supportedRegionSet",
     "shape": "SupportedRegionSet"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    }
   },
   "type": "structure"
  },
  "ServiceConfigurationSet": {
   "member": {
    "locationName": "item",
    "shape": "ServiceConfiguration"
   },
   "type": "list"
  },
  "ServiceConnectivityType": {
   "enum": [
    "ipv4",
    "ipv6"
   ],
   "type": "string"
  },
  "ServiceDetail": {
   "members": {
    "AcceptanceRequired": {
     "locationName": "acceptanceRequired",
     "shape": "Boolean"
    },
    "AvailabilityZoneIds": {
     "locationName": "availabilityZoneIdSet",
     "shape": "ValueStringList"
    },
    "AvailabilityZones": {
     "locationName": "availabilityZoneSet",
     "shape": "ValueStringList"
    },
    "BaseEndpointDnsNames": {
     "locationName": "baseEndpointDnsNameSet",
     "shape": "ValueStringList"
    },
    "ManagesVpcEndpoints": {
     "locationName": "managesVpcEndpoints",
     "shape": "Boolean"
    },
    "Owner": {
     "locationName": "owner",
     "shape": "String"
    },
    "PayerResponsibility": {
     "locationName": "payerResponsibility",
     "shape": "PayerResponsibility"
    },
    "PrivateDnsName": {
     "locationName": "privateDnsName",
     "shape": "String"
    },
    "PrivateDnsNameVerificationState": {
     "locationName": "privateDnsNameVerificationState",
     "shape": "DnsNameState"
    },
    "PrivateDnsNames": {
     "locationName": "privateDnsNameSet",
     "shape": "PrivateDnsDetailsSet"
    },
    "ServiceId": {
     "locationName": "serviceId",
     "shape": "String"
    },
    "ServiceName": {
     "locationName": "serviceName",
     "shape": "String"
    },
    "ServiceRegion": {
     "locationName": "serviceRegion",
     "shape": "String"
    },
    "ServiceType": {
     "locationName": "serviceType",
     "shape": "ServiceTypeDetailSet"
    },
    "SupportedIpAddressTypes": {
     "locationName": "supportedIpAddressTypeSet",
     "shape": "SupportedIpAddressTypes"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcEndpointPolicySupported": {
     "locationName": "vpcEndpointPolicySupported",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "ServiceDetailSet": {
   "member": {
    "locationName": "item",
    "shape": "ServiceDetail"
   },
   "type": "list"
  },
  "ServiceNetworkArn": {
   "type": "string"
  },
  "ServiceState": {
   "enum": [
    "Pending",
    "Available",
    "Deleting",
    "Deleted",
    "Failed"
   ],
   "type": "string"
  },
  "ServiceType": {
   "enum": [
    "Interface",
    "Gateway",
    "GatewayLoadBalancer"
   ],
   "type": "string"
  },
  "ServiceTypeDetail": {
   "members": {
    "ServiceType": {
     "locationName": "serviceType",
     "shape": "ServiceType"
    }
   },
   "type": "structure"
  },
  "ServiceTypeDetailSet": {
   "member": {
    "locationName": "item",
    "shape": "ServiceTypeDetail"
   },
   "type": "list"
  },
  "StartVpcEndpointServicePrivateDnsVerificationRequest": {
   "members": {
    "DryRun": {
     "shape": "Boolean"
    },
    "ServiceId": {
     "shape": "VpcEndpointServiceId"
    }
   },
   "required": [
    "ServiceId"
   ],
   "type": "structure"
  },
  "StartVpcEndpointServicePrivateDnsVerificationResult": {
   "members": {
    "ReturnValue": {
     "locationName": "return",
     "shape": "Boolean"
    }
   },
   "type": "structure"
  },
  "State": {
   "enum": [
    "PendingAcceptance",
    "Pending",
    "Available",
    "Deleting",
    "Deleted",
    "Rejected",
    "Failed",
    "Expired",
    "Partial"
   ],
   "type": "string"
  },
  "String": {
   "type": "string"
  },
  "Subnet": {
   "members": {
    "AssignIpv6AddressOnCreation": {
     "locationName": "assignIpv6AddressOnCreation",
     "shape": "Boolean"
    },
    "AvailabilityZone": {
     "locationName": "availabilityZone",
     "shape": "String"
    },
    "AvailabilityZoneId": {
     "locationName": "availabilityZoneId",
     "shape": "String"
    },
    "AvailableIpAddressCount": {
     "locationName": "availableIpAddressCount",
     "shape": "Integer"
    },
    "BlockPublicAccessStates": {
     "locationName": "blockPublicAccessStates",
     "shape": "BlockPublicAccessStates"
    },
    "CidrBlock": {
     "locationName": "cidrBlock",
     "shape": "String"
    },
    "CustomerOwnedIpv4Pool": {
     "locationName": "customerOwnedIpv4Pool",
     "shape": "CoipPoolId"
    },
    "DefaultForAz": {
     "locationName": "defaultForAz",
     "shape": "Boolean"
    },
    "EnableDns64": {
     "locationName": "enableDns64",
     "shape": "Boolean"
    },
    "EnableLniAtDeviceIndex": {
     "locationName": "enableLniAtDeviceIndex",
     "shape": "Integer"
    },
    "Ipv6CidrBlockAssociationSet": {
     "locationName": "ipv6CidrBlockAssociationSet",
     "shape": "SubnetIpv6CidrBlockAssociationSet"
    },
    "Ipv6Native": {
     "locationName": "ipv6Native",
     "shape": "Boolean"
    },
    "MapCustomerOwnedIpOnLaunch": {
     "locationName": "mapCustomerOwnedIpOnLaunch",
     "shape": "Boolean"
    },
    "MapPublicIpOnLaunch": {
     "locationName": "mapPublicIpOnLaunch",
     "shape": "Boolean"
    },
    "OutpostArn": {
     "locationName": "outpostArn",
     "shape": "String"
    },
    "OwnerId": {
     "locationName": "ownerId",
     "shape": "String"
    },
    "PrivateDnsNameOptionsOnLaunch": {
     "locationName": "privateDnsNameOptionsOnLaunch",
     "shape": "PrivateDnsNameOptionsOnLaunch"
    },
    "State": {
     "locationName": "state",
     "shape": "SubnetState"
    },
    "SubnetArn": {
     "locationName": "subnetArn",
     "shape": "String"
    },
    "SubnetId": {
     "locationName": "subnetId",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "Type": {
     "locationName": "type",
     "shape": "String"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SubnetCidrAssociationId": {
   "type": "string"
  },
  "SubnetCidrBlockState": {
   "members": {
    "State": {
     "locationName": "state",
     "shape": "SubnetCidrBlockStateCode"
    },
    "StatusMessage": {
     "locationName": "statusMessage",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SubnetCidrBlockStateCode": {
   "enum": [
    "associating",
    "associated",
    "disassociating",
    "disassociated",
    "failing",
    "failed"
   ],
   "type": "string"
  },
  "SubnetConfiguration": {
   "members": {
    "Ipv4": {
     "shape": "String"
    },
    "Ipv6": {
     "shape": "String"
    },
    "SubnetId": {
     "shape": "SubnetId"
    }
   },
   "type": "structure"
  },
  "SubnetConfigurationsList": {
   "member": {
    "locationName": "item",
    "shape": "SubnetConfiguration"
   },
   "type": "list"
  },
  "SubnetId": {
   "type": "string"
  },
  "SubnetIdStringList": {
   "member": {
    "locationName": "SubnetId",
    "shape": "SubnetId"
   },
   "type": "list"
  },
  "SubnetIpPrefixes": {
   "members": {
    "IpPrefixes": {
     "locationName": "ipPrefixSet",
     "shape": "ValueStringList"
    },
    "SubnetId": {
     "locationName": "subnetId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SubnetIpPrefixesList": {
   "member": {
    "locationName": "item",
    "shape": "SubnetIpPrefixes"
   },
   "type": "list"
  },
  "SubnetIpv6CidrBlockAssociation": {
   "members": {
    "AssociationId": {
     "locationName": "associationId",
     "shape": "SubnetCidrAssociationId"
    },
    "IpSource": {
     "locationName": "ipSource",
     "shape": "IpSource"
    },
    "Ipv6AddressAttribute": {
     "locationName": "ipv6AddressAttribute",
     "shape": "Ipv6AddressAttribute"
    },
    "Ipv6CidrBlock": {
     "locationName": "ipv6CidrBlock",
     "shape": "String"
    },
    "Ipv6CidrBlockState": {
     "locationName": "ipv6CidrBlockState",
     "shape": "SubnetCidrBlockState"
    }
   },
   "type": "structure"
  },
  "SubnetIpv6CidrBlockAssociationSet": {
   "member": {
    "locationName": "item",
    "shape": "SubnetIpv6CidrBlockAssociation"
   },
   "type": "list"
  },
  "SubnetList": {
   "member": {
    "locationName": "item",
    "shape": "Subnet"
   },
   "type": "list"
  },
  "SubnetState": {
   "enum": [
    "pending",
    "available",
    "unavailable",
    "failed",
    "failed-insufficient-capacity"
   ],
   "type": "string"
  },
  "SupportedIpAddressTypes": {
   "max": 2,
   "member": {
    "locationName": "item",
    "shape": "ServiceConnectivityType"
   },
   "min": 0,
   "type": "list"
  },
  "SupportedRegionDetail": {
   "members": {
    "Region": {
     "locationName": "region",
     "shape": "String"
    },
    "ServiceState": {
     "locationName": "serviceState",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "SupportedRegionSet": {
   "member": {
    "locationName": "item",
    "shape": "SupportedRegionDetail"
   },
   "type": "list"
  },
  "Tag": {
   "members": {
    "Key": {
     "locationName": "key",
     "shape": "String"
    },
    "Value": {
     "locationName": "value",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "TagList": {
   "member": {
    "locationName": "item",
    "shape": "Tag"
   },
   "type": "list"
  },
  "TagSpecification": {
   "members": {
    "ResourceType": {
     "locationName": "resourceType",
     "shape": "ResourceType"
    },
    "Tags": {
     "locationName": "Tag",
     "shape": "TagList"
    }
   },
   "type": "structure"
  },
  "TagSpecificationList": {
   "member": {
    "locationName": "item",
    "shape": "TagSpecification"
   },
   "type": "list"
  },
  "Tenancy": {
   "enum": [
    "default",
    "dedicated",
    "host"
   ],
   "type": "string"
  },
  "UnsuccessfulItem": {
   "members": {
    "Error": {
     "locationName": "error",
     "shape": "UnsuccessfulItemError"
    },
    "ResourceId": {
     "locationName": "resourceId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "UnsuccessfulItemError": {
   "members": {
    "Code": {
     "locationName": "code",
     "shape": "String"
    },
    "Message": {
     "locationName": "message",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "UnsuccessfulItemSet": {
   "member": {
    "locationName": "item",
    "shape": "UnsuccessfulItem"
   },
   "type": "list"
  },
  "UserIdGroupPair": {
   "members": {
    "Description": {
     "locationName": "description",
     "shape": "String"
    },
    "GroupId": {
     "locationName": "groupId",
     "shape": "String"
    },
    "GroupName": {
     "locationName": "groupName",
     "shape": "String"
    },
    "PeeringStatus": {
     "locationName": "peeringStatus",
     "shape": "String"
    },
    "UserId": {
     "locationName": "userId",
     "shape": "String"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    },
    "VpcPeeringConnectionId": {
     "locationName": "vpcPeeringConnectionId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "UserIdGroupPairList": {
   "member": {
    "locationName": "item",
    "shape": "UserIdGroupPair"
   },
   "type": "list"
  },
  "ValueStringList": {
   "member": {
    "locationName": "item",
    "shape": "String"
   },
   "type": "list"
  },
  "Vpc": {
   "members": {
    "BlockPublicAccessStates": {
     "locationName": "blockPublicAccessStates",
     "shape": "BlockPublicAccessStates"
    },
    "CidrBlock": {
     "locationName": "cidrBlock",
     "shape": "String"
    },
    "CidrBlockAssociationSet": {
     "locationName": "cidrBlockAssociationSet",
     "shape": "VpcCidrBlockAssociationSet"
    },
    "DhcpOptionsId": {
     "locationName": "dhcpOptionsId",
     "shape": "String"
    },
    "EncryptionControl": {
     "locationName": "encryptionControl",
     "shape": "VpcEncryptionControl"
    },
    "InstanceTenancy": {
     "locationName": "instanceTenancy",
     "shape": "Tenancy"
    },
    "Ipv6CidrBlockAssociationSet": {
     "locationName": "ipv6CidrBlockAssociationSet",
     "shape": "VpcIpv6CidrBlockAssociationSet"
    },
    "IsDefault": {
     "locationName": "isDefault",
     "shape": "Boolean"
    },
    "OwnerId": {
     "locationName": "ownerId",
     "shape": "String"
    },
    "State": {
     "locationName": "state",
     "shape": "VpcState"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "VpcAttributeName": {
   "enum": [
    "enableDnsSupport",
    "enableDnsHostnames",
    "enableNetworkAddressUsageMetrics"
   ],
   "type": "string"
  },
  "VpcCidrBlockAssociation": {
   "members": {
    "AssociationId": {
     "locationName": "associationId",
     "shape": "String"
    },
    "CidrBlock": {
     "locationName": "cidrBlock",
     "shape": "String"
    },
    "CidrBlockState": {
     "locationName": "cidrBlockState",
     "shape": "VpcCidrBlockState"
    }
   },
   "type": "structure"
  },
  "VpcCidrBlockAssociationSet": {
   "member": {
    "locationName": "item",
    "shape": "VpcCidrBlockAssociation"
   },
   "type": "list"
  },
  "VpcCidrBlockState": {
   "members": {
    "State": {
     "locationName": "state",
     "shape": "VpcCidrBlockStateCode"
    },
    "StatusMessage": {
     "locationName": "statusMessage",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "VpcCidrBlockStateCode": {
   "enum": [
    "associating",
    "associated",
    "disassociating",
    "disassociated",
    "failing",
    "failed"
   ],
   "type": "string"
  },
  "VpcEncryptionControl": {
   "members": {
    "Mode": {
     "locationName": "mode",
     "shape": "VpcEncryptionControlMode"
    },
    "ResourceExclusions": {
     "locationName": "resourceExclusions",
     "shape": "VpcEncryptionControlExclusions"
    },
    "State": {
     "locationName": "state",
     "shape": "VpcEncryptionControlState"
    },
    "StateMessage": {
     "locationName": "stateMessage",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcEncryptionControlId": {
     "locationName": "vpcEncryptionControlId",
     "shape": "VpcEncryptionControlId"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "VpcId"
    }
   },
   "type": "structure"
  },
  "VpcEncryptionControlConfiguration": {
   "members": {
    "EgressOnlyInternetGatewayExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "ElasticFileSystemExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "InternetGatewayExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "LambdaExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "Mode": {
     "shape": "VpcEncryptionControlMode"
    },
    "NatGatewayExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "VirtualPrivateGatewayExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "VpcLatticeExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    },
    "VpcPeeringExclusion": {
     "shape": "VpcEncryptionControlExclusionStateInput"
    }
   },
   "required": [
    "Mode"
   ],
   "type": "structure"
  },
  "VpcEncryptionControlExclusion": {
   "members": {
    "State": {
     "locationName": "state",
     "shape": "VpcEncryptionControlExclusionState"
    },
    "StateMessage": {
     "locationName": "stateMessage",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "VpcEncryptionControlExclusionState": {
   "enum": [
    "enabling",
    "enabled",
    "disabling",
    "disabled"
   ],
   "type": "string"
  },
  "VpcEncryptionControlExclusionStateInput": {
   "enum": [
    "enable",
    "disable"
   ],
   "type": "string"
  },
  "VpcEncryptionControlExclusions": {
   "members": {
    "EgressOnlyInternetGateway": {
     "locationName": "egressOnlyInternetGateway",
     "shape": "VpcEncryptionControlExclusion"
    },
    "ElasticFileSystem": {
     "locationName": "elasticFileSystem",
     "shape": "VpcEncryptionControlExclusion"
    },
    "InternetGateway": {
     "locationName": "internetGateway",
     "shape": "VpcEncryptionControlExclusion"
    },
    "Lambda": {
     "locationName": "lambda",
     "shape": "VpcEncryptionControlExclusion"
    },
    "NatGateway": {
     "locationName": "natGateway",
     "shape": "VpcEncryptionControlExclusion"
    },
    "VirtualPrivateGateway": {
     "locationName": "virtualPrivateGateway",
     "shape": "VpcEncryptionControlExclusion"
    },
    "VpcLattice": {
     "locationName": "vpcLattice",
     "shape": "VpcEncryptionControlExclusion"
    },
    "VpcPeering": {
     "locationName": "vpcPeering",
     "shape": "VpcEncryptionControlExclusion"
    }
   },
   "type": "structure"
  },
  "VpcEncryptionControlId": {
   "type": "string"
  },
  "VpcEncryptionControlMode": {
   "enum": [
    "monitor",
    "enforce"
   ],
   "type": "string"
  },
  "VpcEncryptionControlState": {
   "enum": [
    "enforce-in-progress",
    "monitor-in-progress",
    "enforce-failed",
    "monitor-failed",
    "deleting",
    "deleted",
    "available",
    "creating",
    "delete-failed"
   ],
   "type": "string"
  },
  "VpcEndpoint": {
   "members": {
    "CreationTimestamp": {
     "locationName": "creationTimestamp",
     "shape": "MillisecondDateTime"
    },
    "DnsEntries": {
     "locationName": "dnsEntrySet",
     "shape": "DnsEntrySet"
    },
    "DnsOptions": {
     "locationName": "dnsOptions",
     "shape": "DnsOptions"
    },
    "FailureReason": {
     "locationName": "failureReason",
     "shape": "String"
    },
    "Groups": {
     "locationName": "groupSet",
     "shape": "GroupIdentifierSet"
    },
    "IpAddressType": {
     "locationName": "ipAddressType",
     "shape": "IpAddressType"
    },
    "Ipv4Prefixes": {
     "locationName": "ipv4PrefixSet",
     "shape": "SubnetIpPrefixesList"
    },
    "Ipv6Prefixes": {
     "locationName": "ipv6PrefixSet",
     "shape": "SubnetIpPrefixesList"
    },
    "LastError": {
     "locationName": "lastError",
     "shape": "LastError"
    },
    "NetworkInterfaceIds": {
     "locationName": "networkInterfaceIdSet",
     "shape": "ValueStringList"
    },
    "OwnerId": {
     "locationName": "ownerId",
     "shape": "String"
    },
    "PolicyDocument": {
     "locationName": "policyDocument",
     "shape": "String"
    },
    "PrivateDnsEnabled": {
     "locationName": "privateDnsEnabled",
     "shape": "Boolean"
    },
    "RequesterManaged": {
     "locationName": "requesterManaged",
     "shape": "Boolean"
    },
    "ResourceConfigurationArn": {
     "locationName": "resourceConfigurationArn",
     "shape": "ResourceConfigurationArn"
    },
    "RouteTableIds": {
     "locationName": "routeTableIdSet",
     "shape": "ValueStringList"
    },
    "ServiceName": {
     "locationName": "serviceName",
     "shape": "String"
    },
    "ServiceNetworkArn": {
     "locationName": "serviceNetworkArn",
     "shape": "ServiceNetworkArn"
    },
    "ServiceRegion": {
     "locationName": "serviceRegion",
     "shape": "String"
    },
    "State": {
     "locationName": "state",
     "shape": "State"
    },
    "SubnetIds": {
     "locationName": "subnetIdSet",
     "shape": "ValueStringList"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcEndpointId": {
     "locationName": "vpcEndpointId",
     "shape": "String"
    },
    "VpcEndpointType": {
     "locationName": "vpcEndpointType",
     "shape": "VpcEndpointType"
    },
    "VpcId": {
     "locationName": "vpcId",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "VpcEndpointConnection": {
   "members": {
    "CreationTimestamp": {
     "locationName": "creationTimestamp",
     "shape": "MillisecondDateTime"
    },
    "DnsEntries": {
     "locationName": "dnsEntrySet",
     "shape": "DnsEntrySet"
    },
    "GatewayLoadBalancerArns": {
     "locationName": "gatewayLoadBalancerArnSet",
     "shape": "ValueStringList"
    },
    "IpAddressType": {
     "locationName": "ipAddressType",
     "shape": "IpAddressType"
    },
    "NetworkLoadBalancerArns": {
     "locationName": "networkLoadBalancerArnSet",
     "shape": "ValueStringList"
    },
    "ServiceId": {
     "locationName": "serviceId",
     "shape": "String"
    },
    "Tags": {
     "locationName": "tagSet",
     "shape": "TagList"
    },
    "VpcEndpointConnectionId": {
     "locationName": "vpcEndpointConnectionId",
     "shape": "String"
    },
    "VpcEndpointId": {
     "locationName": "vpcEndpointId",
     "shape": "String"
    },
    "VpcEndpointOwner": {
     "locationName": "vpcEndpointOwner",
     "shape": "String"
    },
    "VpcEndpointRegion": {
     "locationName": "vpcEndpointRegion",
     "shape": "String"
    },
    "VpcEndpointState": {
     "locationName": "vpcEndpointState",
     "shape": "State"
    }
   },
   "type": "structure"
  },
  "VpcEndpointConnectionSet": {
   "member": {
    "locationName": "item",
    "shape": "VpcEndpointConnection"
   },
   "type": "list"
  },
  "VpcEndpointId": {
   "type": "string"
  },
  "VpcEndpointIdList": {
   "member": {
    "locationName": "item",
    "shape": "VpcEndpointId"
   },
   "type": "list"
  },
  "VpcEndpointRouteTableIdList": {
   "member": {
    "locationName": "item",
    "shape": "RouteTableId"
   },
   "type": "list"
  },
  "VpcEndpointSecurityGroupIdList": {
   "member": {
    "locationName": "item",
    "shape": "SecurityGroupId"
   },
   "type": "list"
  },
  "VpcEndpointServiceId": {
   "type": "string"
  },
  "VpcEndpointServiceIdList": {
   "member": {
    "locationName": "item",
    "shape": "VpcEndpointServiceId"
   },
   "type": "list"
  },
  "VpcEndpointSet": {
   "member": {
    "locationName": "item",
    "shape": "VpcEndpoint"
   },
   "type": "list"
  },
  "VpcEndpointSubnetIdList": {
   "member": {
    "locationName": "item",
    "shape": "SubnetId"
   },
   "type": "list"
  },
  "VpcEndpointType": {
   "enum": [
    "Interface",
    "Gateway",
    "GatewayLoadBalancer",
    "Resource",
    "ServiceNetwork"
   ],
   "type": "string"
  },
  "VpcId": {
   "type": "string"
  },
  "VpcIdStringList": {
   "member": {
    "locationName": "VpcId",
    "shape": "VpcId"
   },
   "type": "list"
  },
  "VpcIpv6CidrBlockAssociation": {
   "members": {
    "AssociationId": {
     "locationName": "associationId",
     "shape": "String"
    },
    "IpSource": {
     "locationName": "ipSource",
     "shape": "IpSource"
    },
    "Ipv6AddressAttribute": {
     "locationName": "ipv6AddressAttribute",
     "shape": "Ipv6AddressAttribute"
    },
    "Ipv6CidrBlock": {
     "locationName": "ipv6CidrBlock",
     "shape": "String"
    },
    "Ipv6CidrBlockState": {
     "locationName": "ipv6CidrBlockState",
     "shape": "VpcCidrBlockState"
    },
    "Ipv6Pool": {
     "locationName": "ipv6Pool",
     "shape": "String"
    },
    "NetworkBorderGroup": {
     "locationName": "networkBorderGroup",
     "shape": "String"
    }
   },
   "type": "structure"
  },
  "VpcIpv6CidrBlockAssociationSet": {
   "member": {
    "locationName": "item",
    "shape": "VpcIpv6CidrBlockAssociation"
   },
   "type": "list"
  },
  "VpcList": {
   "member": {
    "locationName": "item",
    "shape": "Vpc"
   },
   "type": "list"
  },
  "VpcState": {
   "enum": [
    "pending",
    "available"
   ],
   "type": "string"
  },
  "ZoneIdStringList": {
   "member": {
    "locationName": "ZoneId",
    "shape": "String"
   },
   "type": "list"
  },
  "ZoneNameStringList": {
   "member": {
    "locationName": "ZoneName",
    "shape": "String"
   },
   "type": "list"
  }
 }
}
"""#
