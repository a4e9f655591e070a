// AWS's own Elastic Load Balancing service model (elasticloadbalancingv2-2015-12-01), as botocore
// 1.43.11 ships it (Apache License 2.0), cut to the operations Postern serves and calls.
// The wire names of every request and response come from here; see NOTICE.

extension ServiceModel {
    public static let elbv2: ServiceModel = .load(json: elbv2JSON)
}

private let elbv2JSON = #"""
{
 "metadata": {
  "apiVersion": "2015-12-01",
  "auth": [
   "aws.auth#sigv4"
  ],
  "endpointPrefix": "elasticloadbalancing",
  "protocol": "query",
  "protocols": [
   "query"
  ],
  "serviceAbbreviation": "Elastic Load Balancing v2",
  "serviceFullName": "Elastic Load Balancing",
  "serviceId": "Elastic Load Balancing v2",
  "signatureVersion": "v4",
  "uid": "elasticloadbalancingv2-2015-12-01",
  "xmlNamespace": "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"
 },
 "operations": {
  "CreateListener": {
   "errors": [
    {
     "shape": "DuplicateListenerException"
    },
    {
     "shape": "TooManyListenersException"
    },
    {
     "shape": "TooManyCertificatesException"
    },
    {
     "shape": "LoadBalancerNotFoundException"
    },
    {
     "shape": "TargetGroupNotFoundException"
    },
    {
     "shape": "TargetGroupAssociationLimitException"
    },
    {
     "shape": "InvalidConfigurationRequestException"
    },
    {
     "shape": "IncompatibleProtocolsException"
    },
    {
     "shape": "SSLPolicyNotFoundException"
    },
    {
     "shape": "CertificateNotFoundException"
    },
    {
     "shape": "UnsupportedProtocolException"
    },
    {
     "shape": "TooManyRegistrationsForTargetIdException"
    },
    {
     "shape": "TooManyTargetsException"
    },
    {
     "shape": "TooManyActionsException"
    },
    {
     "shape": "InvalidLoadBalancerActionException"
    },
    {
     "shape": "TooManyUniqueTargetGroupsPerLoadBalancerException"
    },
    {
     "shape": "ALPNPolicyNotSupportedException"
    },
    {
     "shape": "TooManyTagsException"
    },
    {
     "shape": "TrustStoreNotFoundException"
    },
    {
     "shape": "TrustStoreNotReadyException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateListenerInput"
   },
   "name": "CreateListener",
   "output": {
    "resultWrapper": "CreateListenerResult",
    "shape": "CreateListenerOutput"
   }
  },
  "CreateLoadBalancer": {
   "errors": [
    {
     "shape": "DuplicateLoadBalancerNameException"
    },
    {
     "shape": "TooManyLoadBalancersException"
    },
    {
     "shape": "InvalidConfigurationRequestException"
    },
    {
     "shape": "SubnetNotFoundException"
    },
    {
     "shape": "InvalidSubnetException"
    },
    {
     "shape": "InvalidSecurityGroupException"
    },
    {
     "shape": "InvalidSchemeException"
    },
    {
     "shape": "TooManyTagsException"
    },
    {
     "shape": "DuplicateTagKeysException"
    },
    {
     "shape": "ResourceInUseException"
    },
    {
     "shape": "AllocationIdNotFoundException"
    },
    {
     "shape": "AvailabilityZoneNotSupportedException"
    },
    {
     "shape": "OperationNotPermittedException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateLoadBalancerInput"
   },
   "name": "CreateLoadBalancer",
   "output": {
    "resultWrapper": "CreateLoadBalancerResult",
    "shape": "CreateLoadBalancerOutput"
   }
  },
  "CreateTargetGroup": {
   "errors": [
    {
     "shape": "DuplicateTargetGroupNameException"
    },
    {
     "shape": "TooManyTargetGroupsException"
    },
    {
     "shape": "InvalidConfigurationRequestException"
    },
    {
     "shape": "TooManyTagsException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "CreateTargetGroupInput"
   },
   "name": "CreateTargetGroup",
   "output": {
    "resultWrapper": "CreateTargetGroupResult",
    "shape": "CreateTargetGroupOutput"
   }
  },
  "DeleteListener": {
   "errors": [
    {
     "shape": "ListenerNotFoundException"
    },
    {
     "shape": "ResourceInUseException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteListenerInput"
   },
   "name": "DeleteListener",
   "output": {
    "resultWrapper": "DeleteListenerResult",
    "shape": "DeleteListenerOutput"
   }
  },
  "DeleteLoadBalancer": {
   "errors": [
    {
     "shape": "LoadBalancerNotFoundException"
    },
    {
     "shape": "OperationNotPermittedException"
    },
    {
     "shape": "ResourceInUseException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteLoadBalancerInput"
   },
   "name": "DeleteLoadBalancer",
   "output": {
    "resultWrapper": "DeleteLoadBalancerResult",
    "shape": "DeleteLoadBalancerOutput"
   }
  },
  "DeleteTargetGroup": {
   "errors": [
    {
     "shape": "ResourceInUseException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeleteTargetGroupInput"
   },
   "name": "DeleteTargetGroup",
   "output": {
    "resultWrapper": "DeleteTargetGroupResult",
    "shape": "DeleteTargetGroupOutput"
   }
  },
  "DeregisterTargets": {
   "errors": [
    {
     "shape": "TargetGroupNotFoundException"
    },
    {
     "shape": "InvalidTargetException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DeregisterTargetsInput"
   },
   "name": "DeregisterTargets",
   "output": {
    "resultWrapper": "DeregisterTargetsResult",
    "shape": "DeregisterTargetsOutput"
   }
  },
  "DescribeListeners": {
   "errors": [
    {
     "shape": "ListenerNotFoundException"
    },
    {
     "shape": "LoadBalancerNotFoundException"
    },
    {
     "shape": "UnsupportedProtocolException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeListenersInput"
   },
   "name": "DescribeListeners",
   "output": {
    "resultWrapper": "DescribeListenersResult",
    "shape": "DescribeListenersOutput"
   }
  },
  "DescribeLoadBalancers": {
   "errors": [
    {
     "shape": "LoadBalancerNotFoundException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeLoadBalancersInput"
   },
   "name": "DescribeLoadBalancers",
   "output": {
    "resultWrapper": "DescribeLoadBalancersResult",
    "shape": "DescribeLoadBalancersOutput"
   }
  },
  "DescribeTargetGroups": {
   "errors": [
    {
     "shape": "LoadBalancerNotFoundException"
    },
    {
     "shape": "TargetGroupNotFoundException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeTargetGroupsInput"
   },
   "name": "DescribeTargetGroups",
   "output": {
    "resultWrapper": "DescribeTargetGroupsResult",
    "shape": "DescribeTargetGroupsOutput"
   }
  },
  "DescribeTargetHealth": {
   "errors": [
    {
     "shape": "InvalidTargetException"
    },
    {
     "shape": "TargetGroupNotFoundException"
    },
    {
     "shape": "HealthUnavailableException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "DescribeTargetHealthInput"
   },
   "name": "DescribeTargetHealth",
   "output": {
    "resultWrapper": "DescribeTargetHealthResult",
    "shape": "DescribeTargetHealthOutput"
   }
  },
  "RegisterTargets": {
   "errors": [
    {
     "shape": "TargetGroupNotFoundException"
    },
    {
     "shape": "TooManyTargetsException"
    },
    {
     "shape": "InvalidTargetException"
    },
    {
     "shape": "TooManyRegistrationsForTargetIdException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "RegisterTargetsInput"
   },
   "name": "RegisterTargets",
   "output": {
    "resultWrapper": "RegisterTargetsResult",
    "shape": "RegisterTargetsOutput"
   }
  }
 },
 "shapes": {
  "ALPNPolicyNotSupportedException": {
   "error": {
    "code": "ALPNPolicyNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "Action": {
   "members": {
    "AuthenticateCognitoConfig": {
     "shape": "AuthenticateCognitoActionConfig"
    },
    "AuthenticateOidcConfig": {
     "shape": "AuthenticateOidcActionConfig"
    },
    "FixedResponseConfig": {
     "shape": "FixedResponseActionConfig"
    },
    "ForwardConfig": {
     "shape": "ForwardActionConfig"
    },
    "JwtValidationConfig": {
     "shape": "JwtValidationActionConfig"
    },
    "Order": {
     "shape": "ActionOrder"
    },
    "RedirectConfig": {
     "shape": "RedirectActionConfig"
    },
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "Type": {
     "shape": "ActionTypeEnum"
    }
   },
   "required": [
    "Type"
   ],
   "type": "structure"
  },
  "ActionOrder": {
   "max": 50000,
   "min": 1,
   "type": "integer"
  },
  "ActionTypeEnum": {
   "enum": [
    "forward",
    "authenticate-oidc",
    "authenticate-cognito",
    "redirect",
    "fixed-response",
    "jwt-validation"
   ],
   "type": "string"
  },
  "Actions": {
   "member": {
    "shape": "Action"
   },
   "type": "list"
  },
  "AdministrativeOverride": {
   "members": {
    "Description": {
     "shape": "Description"
    },
    "Reason": {
     "shape": "TargetAdministrativeOverrideReasonEnum"
    },
    "State": {
     "shape": "TargetAdministrativeOverrideStateEnum"
    }
   },
   "type": "structure"
  },
  "AdvertiseTrustStoreCaNamesEnum": {
   "enum": [
    "on",
    "off"
   ],
   "type": "string"
  },
  "AllocationId": {
   "type": "string"
  },
  "AllocationIdNotFoundException": {
   "error": {
    "code": "AllocationIdNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "AlpnPolicyName": {
   "member": {
    "shape": "AlpnPolicyValue"
   },
   "type": "list"
  },
  "AlpnPolicyValue": {
   "type": "string"
  },
  "AnomalyDetection": {
   "members": {
    "MitigationInEffect": {
     "shape": "MitigationInEffectEnum"
    },
    "Result": {
     "shape": "AnomalyResultEnum"
    }
   },
   "type": "structure"
  },
  "AnomalyResultEnum": {
   "enum": [
    "anomalous",
    "normal"
   ],
   "type": "string"
  },
  "AuthenticateCognitoActionAuthenticationRequestExtraParams": {
   "key": {
    "shape": "AuthenticateCognitoActionAuthenticationRequestParamName"
   },
   "type": "map",
   "value": {
    "shape": "AuthenticateCognitoActionAuthenticationRequestParamValue"
   }
  },
  "AuthenticateCognitoActionAuthenticationRequestParamName": {
   "type": "string"
  },
  "AuthenticateCognitoActionAuthenticationRequestParamValue": {
   "type": "string"
  },
  "AuthenticateCognitoActionConditionalBehaviorEnum": {
   "enum": [
    "deny",
    "allow",
    "authenticate"
   ],
   "type": "string"
  },
  "AuthenticateCognitoActionConfig": {
   "members": {
    "AuthenticationRequestExtraParams": {
     "shape": "AuthenticateCognitoActionAuthenticationRequestExtraParams"
    },
    "OnUnauthenticatedRequest": {
     "shape": "AuthenticateCognitoActionConditionalBehaviorEnum"
    },
    "Scope": {
     "shape": "AuthenticateCognitoActionScope"
    },
    "SessionCookieName": {
     "shape": "AuthenticateCognitoActionSessionCookieName"
    },
    "SessionTimeout": {
     "shape": "AuthenticateCognitoActionSessionTimeout"
    },
    "UserPoolArn": {
     "shape": "AuthenticateCognitoActionUserPoolArn"
    },
    "UserPoolClientId": {
     "shape": "AuthenticateCognitoActionUserPoolClientId"
    },
    "UserPoolDomain": {
     "shape": "AuthenticateCognitoActionUserPoolDomain"
    }
   },
   "required": [
    "UserPoolArn",
    "UserPoolClientId",
    "UserPoolDomain"
   ],
   "type": "structure"
  },
  "AuthenticateCognitoActionScope": {
   "type": "string"
  },
  "AuthenticateCognitoActionSessionCookieName": {
   "type": "string"
  },
  "AuthenticateCognitoActionSessionTimeout": {
   "type": "long"
  },
  "AuthenticateCognitoActionUserPoolArn": {
   "type": "string"
  },
  "AuthenticateCognitoActionUserPoolClientId": {
   "type": "string"
  },
  "AuthenticateCognitoActionUserPoolDomain": {
   "type": "string"
  },
  "AuthenticateOidcActionAuthenticationRequestExtraParams": {
   "key": {
    "shape": "AuthenticateOidcActionAuthenticationRequestParamName"
   },
   "type": "map",
   "value": {
    "shape": "AuthenticateOidcActionAuthenticationRequestParamValue"
   }
  },
  "AuthenticateOidcActionAuthenticationRequestParamName": {
   "type": "string"
  },
  "AuthenticateOidcActionAuthenticationRequestParamValue": {
   "type": "string"
  },
  "AuthenticateOidcActionAuthorizationEndpoint": {
   "type": "string"
  },
  "AuthenticateOidcActionClientId": {
   "type": "string"
  },
  "AuthenticateOidcActionClientSecret": {
   "type": "string"
  },
  "AuthenticateOidcActionConditionalBehaviorEnum": {
   "enum": [
    "deny",
    "allow",
    "authenticate"
   ],
   "type": "string"
  },
  "AuthenticateOidcActionConfig": {
   "members": {
    "AuthenticationRequestExtraParams": {
     "shape": "AuthenticateOidcActionAuthenticationRequestExtraParams"
    },
    "AuthorizationEndpoint": {
     "shape": "AuthenticateOidcActionAuthorizationEndpoint"
    },
    "ClientId": {
     "shape": "AuthenticateOidcActionClientId"
    },
    "ClientSecret": {
     "shape": "AuthenticateOidcActionClientSecret"
    },
    "Issuer": {
     "shape": "AuthenticateOidcActionIssuer"
    },
    "OnUnauthenticatedRequest": {
     "shape": "AuthenticateOidcActionConditionalBehaviorEnum"
    },
    "Scope": {
     "shape": "AuthenticateOidcActionScope"
    },
    "SessionCookieName": {
     "shape": "AuthenticateOidcActionSessionCookieName"
    },
    "SessionTimeout": {
     "shape": "AuthenticateOidcActionSessionTimeout"
    },
    "TokenEndpoint": {
     "shape": "AuthenticateOidcActionTokenEndpoint"
    },
    "UseExistingClientSecret": {
     "shape": "AuthenticateOidcActionUseExistingClientSecret"
    },
    "UserInfoEndpoint": {
     "shape": "AuthenticateOidcActionUserInfoEndpoint"
    }
   },
   "required": [
    "Issuer",
    "AuthorizationEndpoint",
    "TokenEndpoint",
    "UserInfoEndpoint",
    "ClientId"
   ],
   "type": "structure"
  },
  "AuthenticateOidcActionIssuer": {
   "type": "string"
  },
  "AuthenticateOidcActionScope": {
   "type": "string"
  },
  "AuthenticateOidcActionSessionCookieName": {
   "type": "string"
  },
  "AuthenticateOidcActionSessionTimeout": {
   "type": "long"
  },
  "AuthenticateOidcActionTokenEndpoint": {
   "type": "string"
  },
  "AuthenticateOidcActionUseExistingClientSecret": {
   "type": "boolean"
  },
  "AuthenticateOidcActionUserInfoEndpoint": {
   "type": "string"
  },
  "AvailabilityZone": {
   "members": {
    "LoadBalancerAddresses": {
     "shape": "LoadBalancerAddresses"
    },
    "OutpostId": {
     "shape": "OutpostId"
    },
    "SourceNatIpv6Prefixes": {
     "shape": "SourceNatIpv6Prefixes"
    },
    "SubnetId": {
     "shape": "SubnetId"
    },
    "ZoneName": {
     "shape": "ZoneName"
    }
   },
   "type": "structure"
  },
  "AvailabilityZoneNotSupportedException": {
   "error": {
    "code": "AvailabilityZoneNotSupported",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "AvailabilityZones": {
   "member": {
    "shape": "AvailabilityZone"
   },
   "type": "list"
  },
  "CanonicalHostedZoneId": {
   "type": "string"
  },
  "Certificate": {
   "members": {
    "CertificateArn": {
     "shape": "CertificateArn"
    },
    "IsDefault": {
     "shape": "Default"
    }
   },
   "type": "structure"
  },
  "CertificateArn": {
   "type": "string"
  },
  "CertificateList": {
   "member": {
    "shape": "Certificate"
   },
   "type": "list"
  },
  "CertificateNotFoundException": {
   "error": {
    "code": "CertificateNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "CreateListenerInput": {
   "members": {
    "AlpnPolicy": {
     "shape": "AlpnPolicyName"
    },
    "Certificates": {
     "shape": "CertificateList"
    },
    "DefaultActions": {
     "shape": "Actions"
    },
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    },
    "MutualAuthentication": {
     "shape": "MutualAuthenticationAttributes"
    },
    "Port": {
     "shape": "Port"
    },
    "Protocol": {
     "shape": "ProtocolEnum"
    },
    "SslPolicy": {
     "shape": "SslPolicyName"
    },
    "Tags": {
     "shape": "TagList"
    }
   },
   "required": [
    "LoadBalancerArn",
    "DefaultActions"
   ],
   "type": "structure"
  },
  "CreateListenerOutput": {
   "members": {
    "Listeners": {
     "shape": "Listeners"
    }
   },
   "type": "structure"
  },
  "CreateLoadBalancerInput": {
   "members": {
    "CustomerOwnedIpv4Pool": {
     "shape": "CustomerOwnedIpv4Pool"
    },
    "EnablePrefixForIpv6SourceNat": {
     "shape": "EnablePrefixForIpv6SourceNatEnum"
    },
    "IpAddressType": {
     "shape": "IpAddressType"
    },
    "IpamPools": {
     "shape": "IpamPools"
    },
    "Name": {
     "shape": "LoadBalancerName"
    },
    "Scheme": {
     "shape": "LoadBalancerSchemeEnum"
    },
    "SecurityGroups": {
     "shape": "SecurityGroups"
    },
    "SubnetMappings": {
     "shape": "SubnetMappings"
    },
    "Subnets": {
     "shape": "Subnets"
    },
    "Tags": {
     "shape": "TagList"
    },
    "Type": {
     "shape": "LoadBalancerTypeEnum"
    }
   },
   "required": [
    "Name"
   ],
   "type": "structure"
  },
  "CreateLoadBalancerOutput": {
   "members": {
    "LoadBalancers": {
     "shape": "LoadBalancers"
    }
   },
   "type": "structure"
  },
  "CreateTargetGroupInput": {
   "members": {
    "HealthCheckEnabled": {
     "shape": "HealthCheckEnabled"
    },
    "HealthCheckIntervalSeconds": {
     "shape": "HealthCheckIntervalSeconds"
    },
    "HealthCheckPath": {
     "shape": "Path"
    },
    "HealthCheckPort": {
     "shape": "HealthCheckPort"
    },
    "HealthCheckProtocol": {
     "shape": "ProtocolEnum"
    },
    "HealthCheckTimeoutSeconds": {
     "shape": "HealthCheckTimeoutSeconds"
    },
    "HealthyThresholdCount": {
     "shape": "HealthCheckThresholdCount"
    },
    "IpAddressType": {
     "shape": "TargetGroupIpAddressTypeEnum"
    },
    "Matcher": {
     "shape": "Matcher"
    },
    "Name": {
     "shape": "TargetGroupName"
    },
    "Port": {
     "shape": "Port"
    },
    "Protocol": {
     "shape": "ProtocolEnum"
    },
    "ProtocolVersion": {
     "shape": "ProtocolVersion"
    },
    "Tags": {
     "shape": "TagList"
    },
    "TargetControlPort": {
     "shape": "TargetControlPort"
    },
    "TargetType": {
     "shape": "TargetTypeEnum"
    },
    "UnhealthyThresholdCount": {
     "shape": "HealthCheckThresholdCount"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "required": [
    "Name"
   ],
   "type": "structure"
  },
  "CreateTargetGroupOutput": {
   "members": {
    "TargetGroups": {
     "shape": "TargetGroups"
    }
   },
   "type": "structure"
  },
  "CreatedTime": {
   "type": "timestamp"
  },
  "CustomerOwnedIpv4Pool": {
   "max": 256,
   "pattern": "^(ipv4pool-coip-)[a-zA-Z0-9]+$",
   "type": "string"
  },
  "DNSName": {
   "type": "string"
  },
  "Default": {
   "type": "boolean"
  },
  "DeleteListenerInput": {
   "members": {
    "ListenerArn": {
     "shape": "ListenerArn"
    }
   },
   "required": [
    "ListenerArn"
   ],
   "type": "structure"
  },
  "DeleteListenerOutput": {
   "members": {},
   "type": "structure"
  },
  "DeleteLoadBalancerInput": {
   "members": {
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    }
   },
   "required": [
    "LoadBalancerArn"
   ],
   "type": "structure"
  },
  "DeleteLoadBalancerOutput": {
   "members": {},
   "type": "structure"
  },
  "DeleteTargetGroupInput": {
   "members": {
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    }
   },
   "required": [
    "TargetGroupArn"
   ],
   "type": "structure"
  },
  "DeleteTargetGroupOutput": {
   "members": {},
   "type": "structure"
  },
  "DeregisterTargetsInput": {
   "members": {
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "Targets": {
     "shape": "TargetDescriptions"
    }
   },
   "required": [
    "TargetGroupArn",
    "Targets"
   ],
   "type": "structure"
  },
  "DeregisterTargetsOutput": {
   "members": {},
   "type": "structure"
  },
  "DescribeListenersInput": {
   "members": {
    "ListenerArns": {
     "shape": "ListenerArns"
    },
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    },
    "Marker": {
     "shape": "Marker"
    },
    "PageSize": {
     "shape": "PageSize"
    }
   },
   "type": "structure"
  },
  "DescribeListenersOutput": {
   "members": {
    "Listeners": {
     "shape": "Listeners"
    },
    "NextMarker": {
     "shape": "Marker"
    }
   },
   "type": "structure"
  },
  "DescribeLoadBalancersInput": {
   "members": {
    "LoadBalancerArns": {
     "shape": "LoadBalancerArns"
    },
    "Marker": {
     "shape": "Marker"
    },
    "Names": {
     "shape": "LoadBalancerNames"
    },
    "PageSize": {
     "shape": "PageSize"
    }
   },
   "type": "structure"
  },
  "DescribeLoadBalancersOutput": {
   "members": {
    "LoadBalancers": {
     "shape": "LoadBalancers"
    },
    "NextMarker": {
     "shape": "Marker"
    }
   },
   "type": "structure"
  },
  "DescribeTargetGroupsInput": {
   "members": {
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    },
    "Marker": {
     "shape": "Marker"
    },
    "Names": {
     "shape": "TargetGroupNames"
    },
    "PageSize": {
     "shape": "PageSize"
    },
    "TargetGroupArns": {
     "shape": "TargetGroupArns"
    }
   },
   "type": "structure"
  },
  "DescribeTargetGroupsOutput": {
   "members": {
    "NextMarker": {
     "shape": "Marker"
    },
    "TargetGroups": {
     "shape": "TargetGroups"
    }
   },
   "type": "structure"
  },
  "DescribeTargetHealthInput": {
   "members": {
    "Include": {
     "shape": "ListOfDescribeTargetHealthIncludeOptions"
    },
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "Targets": {
     "shape": "TargetDescriptions"
    }
   },
   "required": [
    "TargetGroupArn"
   ],
   "type": "structure"
  },
  "DescribeTargetHealthInputIncludeEnum": {
   "enum": [
    "AnomalyDetection",
    "All"
   ],
   "type": "string"
  },
  "DescribeTargetHealthOutput": {
   "members": {
    "TargetHealthDescriptions": {
     "shape": "TargetHealthDescriptions"
    }
   },
   "type": "structure"
  },
  "Description": {
   "type": "string"
  },
  "DuplicateListenerException": {
   "error": {
    "code": "DuplicateListener",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "DuplicateLoadBalancerNameException": {
   "error": {
    "code": "DuplicateLoadBalancerName",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "DuplicateTagKeysException": {
   "error": {
    "code": "DuplicateTagKeys",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "DuplicateTargetGroupNameException": {
   "error": {
    "code": "DuplicateTargetGroupName",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "EnablePrefixForIpv6SourceNatEnum": {
   "enum": [
    "on",
    "off"
   ],
   "type": "string"
  },
  "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic": {
   "type": "string"
  },
  "FixedResponseActionConfig": {
   "members": {
    "ContentType": {
     "shape": "FixedResponseActionContentType"
    },
    "MessageBody": {
     "shape": "FixedResponseActionMessage"
    },
    "StatusCode": {
     "shape": "FixedResponseActionStatusCode"
    }
   },
   "required": [
    "StatusCode"
   ],
   "type": "structure"
  },
  "FixedResponseActionContentType": {
   "max": 32,
   "min": 0,
   "type": "string"
  },
  "FixedResponseActionMessage": {
   "max": 1024,
   "min": 0,
   "type": "string"
  },
  "FixedResponseActionStatusCode": {
   "pattern": "^(2|4|5)\\d\\d$",
   "type": "string"
  },
  "ForwardActionConfig": {
   "members": {
    "TargetGroupStickinessConfig": {
     "shape": "TargetGroupStickinessConfig"
    },
    "TargetGroups": {
     "shape": "TargetGroupList"
    }
   },
   "type": "structure"
  },
  "GrpcCode": {
   "type": "string"
  },
  "HealthCheckEnabled": {
   "type": "boolean"
  },
  "HealthCheckIntervalSeconds": {
   "max": 300,
   "min": 5,
   "type": "integer"
  },
  "HealthCheckPort": {
   "type": "string"
  },
  "HealthCheckThresholdCount": {
   "max": 10,
   "min": 2,
   "type": "integer"
  },
  "HealthCheckTimeoutSeconds": {
   "max": 120,
   "min": 2,
   "type": "integer"
  },
  "HealthUnavailableException": {
   "error": {
    "code": "HealthUnavailable",
    "httpStatusCode": 500
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "HttpCode": {
   "type": "string"
  },
  "IPv6Address": {
   "type": "string"
  },
  "IgnoreClientCertificateExpiry": {
   "type": "boolean"
  },
  "IncompatibleProtocolsException": {
   "error": {
    "code": "IncompatibleProtocols",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidConfigurationRequestException": {
   "error": {
    "code": "InvalidConfigurationRequest",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidLoadBalancerActionException": {
   "error": {
    "code": "InvalidLoadBalancerAction",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidSchemeException": {
   "error": {
    "code": "InvalidScheme",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidSecurityGroupException": {
   "error": {
    "code": "InvalidSecurityGroup",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidSubnetException": {
   "error": {
    "code": "InvalidSubnet",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "InvalidTargetException": {
   "error": {
    "code": "InvalidTarget",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "IpAddress": {
   "type": "string"
  },
  "IpAddressType": {
   "enum": [
    "ipv4",
    "dualstack",
    "dualstack-without-public-ipv4"
   ],
   "type": "string"
  },
  "IpamPoolId": {
   "max": 1000,
   "pattern": "^(ipam-pool-)[a-zA-Z0-9]+$",
   "type": "string"
  },
  "IpamPools": {
   "members": {
    "Ipv4IpamPoolId": {
     "shape": "IpamPoolId"
    }
   },
   "type": "structure"
  },
  "JwtValidationActionAdditionalClaim": {
   "members": {
    "Format": {
     "shape": "JwtValidationActionAdditionalClaimFormatEnum"
    },
    "Name": {
     "shape": "JwtValidationActionAdditionalClaimName"
    },
    "Values": {
     "shape": "JwtValidationActionAdditionalClaimValues"
    }
   },
   "required": [
    "Format",
    "Name",
    "Values"
   ],
   "type": "structure"
  },
  "JwtValidationActionAdditionalClaimFormatEnum": {
   "enum": [
    "single-string",
    "string-array",
    "space-separated-values"
   ],
   "type": "string"
  },
  "JwtValidationActionAdditionalClaimName": {
   "type": "string"
  },
  "JwtValidationActionAdditionalClaimValue": {
   "type": "string"
  },
  "JwtValidationActionAdditionalClaimValues": {
   "member": {
    "shape": "JwtValidationActionAdditionalClaimValue"
   },
   "type": "list"
  },
  "JwtValidationActionAdditionalClaims": {
   "member": {
    "shape": "JwtValidationActionAdditionalClaim"
   },
   "type": "list"
  },
  "JwtValidationActionConfig": {
   "members": {
    "AdditionalClaims": {
     "shape": "JwtValidationActionAdditionalClaims"
    },
    "Issuer": {
     "shape": "JwtValidationActionIssuer"
    },
    "JwksEndpoint": {
     "shape": "JwtValidationActionJwksEndpoint"
    }
   },
   "required": [
    "JwksEndpoint",
    "Issuer"
   ],
   "type": "structure"
  },
  "JwtValidationActionIssuer": {
   "type": "string"
  },
  "JwtValidationActionJwksEndpoint": {
   "type": "string"
  },
  "ListOfDescribeTargetHealthIncludeOptions": {
   "member": {
    "shape": "DescribeTargetHealthInputIncludeEnum"
   },
   "type": "list"
  },
  "Listener": {
   "members": {
    "AlpnPolicy": {
     "shape": "AlpnPolicyName"
    },
    "Certificates": {
     "shape": "CertificateList"
    },
    "DefaultActions": {
     "shape": "Actions"
    },
    "ListenerArn": {
     "shape": "ListenerArn"
    },
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    },
    "MutualAuthentication": {
     "shape": "MutualAuthenticationAttributes"
    },
    "Port": {
     "shape": "Port"
    },
    "Protocol": {
     "shape": "ProtocolEnum"
    },
    "SslPolicy": {
     "shape": "SslPolicyName"
    }
   },
   "type": "structure"
  },
  "ListenerArn": {
   "type": "string"
  },
  "ListenerArns": {
   "member": {
    "shape": "ListenerArn"
   },
   "type": "list"
  },
  "ListenerNotFoundException": {
   "error": {
    "code": "ListenerNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "Listeners": {
   "member": {
    "shape": "Listener"
   },
   "type": "list"
  },
  "LoadBalancer": {
   "members": {
    "AvailabilityZones": {
     "shape": "AvailabilityZones"
    },
    "CanonicalHostedZoneId": {
     "shape": "CanonicalHostedZoneId"
    },
    "CreatedTime": {
     "shape": "CreatedTime"
    },
    "CustomerOwnedIpv4Pool": {
     "shape": "CustomerOwnedIpv4Pool"
    },
    "DNSName": {
     "shape": "DNSName"
    },
    "EnablePrefixForIpv6SourceNat": {
     "shape": "EnablePrefixForIpv6SourceNatEnum"
    },
    "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic": {
     "shape": "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic"
    },
    "IpAddressType": {
     "shape": "IpAddressType"
    },
    "IpamPools": {
     "shape": "IpamPools"
    },
    "LoadBalancerArn": {
     "shape": "LoadBalancerArn"
    },
    "LoadBalancerName": {
     "shape": "LoadBalancerName"
    },
    "Scheme": {
     "shape": "LoadBalancerSchemeEnum"
    },
    "SecurityGroups": {
     "shape": "SecurityGroups"
    },
    "State": {
     "shape": "LoadBalancerState"
    },
    "Type": {
     "shape": "LoadBalancerTypeEnum"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "type": "structure"
  },
  "LoadBalancerAddress": {
   "members": {
    "AllocationId": {
     "shape": "AllocationId"
    },
    "IPv6Address": {
     "shape": "IPv6Address"
    },
    "IpAddress": {
     "shape": "IpAddress"
    },
    "PrivateIPv4Address": {
     "shape": "PrivateIPv4Address"
    }
   },
   "type": "structure"
  },
  "LoadBalancerAddresses": {
   "member": {
    "shape": "LoadBalancerAddress"
   },
   "type": "list"
  },
  "LoadBalancerArn": {
   "type": "string"
  },
  "LoadBalancerArns": {
   "member": {
    "shape": "LoadBalancerArn"
   },
   "type": "list"
  },
  "LoadBalancerName": {
   "type": "string"
  },
  "LoadBalancerNames": {
   "member": {
    "shape": "LoadBalancerName"
   },
   "type": "list"
  },
  "LoadBalancerNotFoundException": {
   "error": {
    "code": "LoadBalancerNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "LoadBalancerSchemeEnum": {
   "enum": [
    "internet-facing",
    "internal"
   ],
   "type": "string"
  },
  "LoadBalancerState": {
   "members": {
    "Code": {
     "shape": "LoadBalancerStateEnum"
    },
    "Reason": {
     "shape": "StateReason"
    }
   },
   "type": "structure"
  },
  "LoadBalancerStateEnum": {
   "enum": [
    "active",
    "provisioning",
    "active_impaired",
    "failed"
   ],
   "type": "string"
  },
  "LoadBalancerTypeEnum": {
   "enum": [
    "application",
    "network",
    "gateway"
   ],
   "type": "string"
  },
  "LoadBalancers": {
   "member": {
    "shape": "LoadBalancer"
   },
   "type": "list"
  },
  "Marker": {
   "type": "string"
  },
  "Matcher": {
   "members": {
    "GrpcCode": {
     "shape": "GrpcCode"
    },
    "HttpCode": {
     "shape": "HttpCode"
    }
   },
   "type": "structure"
  },
  "MitigationInEffectEnum": {
   "enum": [
    "yes",
    "no"
   ],
   "type": "string"
  },
  "Mode": {
   "type": "string"
  },
  "MutualAuthenticationAttributes": {
   "members": {
    "AdvertiseTrustStoreCaNames": {
     "shape": "AdvertiseTrustStoreCaNamesEnum"
    },
    "IgnoreClientCertificateExpiry": {
     "shape": "IgnoreClientCertificateExpiry"
    },
    "Mode": {
     "shape": "Mode"
    },
    "TrustStoreArn": {
     "shape": "TrustStoreArn"
    },
    "TrustStoreAssociationStatus": {
     "shape": "TrustStoreAssociationStatusEnum"
    }
   },
   "type": "structure"
  },
  "OperationNotPermittedException": {
   "error": {
    "code": "OperationNotPermitted",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "OutpostId": {
   "type": "string"
  },
  "PageSize": {
   "max": 400,
   "min": 1,
   "type": "integer"
  },
  "Path": {
   "max": 1024,
   "min": 1,
   "type": "string"
  },
  "Port": {
   "max": 65535,
   "min": 1,
   "type": "integer"
  },
  "PrivateIPv4Address": {
   "type": "string"
  },
  "ProtocolEnum": {
   "enum": [
    "HTTP",
    "HTTPS",
    "TCP",
    "TLS",
    "UDP",
    "TCP_UDP",
    "GENEVE",
    "QUIC",
    "TCP_QUIC"
   ],
   "type": "string"
  },
  "ProtocolVersion": {
   "type": "string"
  },
  "QuicServerId": {
   "max": 256,
   "min": 1,
   "type": "string"
  },
  "RedirectActionConfig": {
   "members": {
    "Host": {
     "shape": "RedirectActionHost"
    },
    "Path": {
     "shape": "RedirectActionPath"
    },
    "Port": {
     "shape": "RedirectActionPort"
    },
    "Protocol": {
     "shape": "RedirectActionProtocol"
    },
    "Query": {
     "shape": "RedirectActionQuery"
    },
    "StatusCode": {
     "shape": "RedirectActionStatusCodeEnum"
    }
   },
   "required": [
    "StatusCode"
   ],
   "type": "structure"
  },
  "RedirectActionHost": {
   "max": 128,
   "min": 1,
   "type": "string"
  },
  "RedirectActionPath": {
   "max": 128,
   "min": 1,
   "type": "string"
  },
  "RedirectActionPort": {
   "type": "string"
  },
  "RedirectActionProtocol": {
   "pattern": "^(HTTPS?|#\\{protocol\\})$",
   "type": "string"
  },
  "RedirectActionQuery": {
   "max": 128,
   "min": 0,
   "type": "string"
  },
  "RedirectActionStatusCodeEnum": {
   "enum": [
    "HTTP_301",
    "HTTP_302"
   ],
   "type": "string"
  },
  "RegisterTargetsInput": {
   "members": {
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "Targets": {
     "shape": "TargetDescriptions"
    }
   },
   "required": [
    "TargetGroupArn",
    "Targets"
   ],
   "type": "structure"
  },
  "RegisterTargetsOutput": {
   "members": {},
   "type": "structure"
  },
  "ResourceInUseException": {
   "error": {
    "code": "ResourceInUse",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "SSLPolicyNotFoundException": {
   "error": {
    "code": "SSLPolicyNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "SecurityGroupId": {
   "type": "string"
  },
  "SecurityGroups": {
   "member": {
    "shape": "SecurityGroupId"
   },
   "type": "list"
  },
  "SourceNatIpv6Prefix": {
   "type": "string"
  },
  "SourceNatIpv6Prefixes": {
   "member": {
    "shape": "SourceNatIpv6Prefix"
   },
   "type": "list"
  },
  "SslPolicyName": {
   "type": "string"
  },
  "StateReason": {
   "type": "string"
  },
  "SubnetId": {
   "type": "string"
  },
  "SubnetMapping": {
   "members": {
    "AllocationId": {
     "shape": "AllocationId"
    },
    "IPv6Address": {
     "shape": "IPv6Address"
    },
    "PrivateIPv4Address": {
     "shape": "PrivateIPv4Address"
    },
    "SourceNatIpv6Prefix": {
     "shape": "SourceNatIpv6Prefix"
    },
    "SubnetId": {
     "shape": "SubnetId"
    }
   },
   "type": "structure"
  },
  "SubnetMappings": {
   "member": {
    "shape": "SubnetMapping"
   },
   "type": "list"
  },
  "SubnetNotFoundException": {
   "error": {
    "code": "SubnetNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "Subnets": {
   "member": {
    "shape": "SubnetId"
   },
   "type": "list"
  },
  "Tag": {
   "members": {
    "Key": {
     "shape": "TagKey"
    },
    "Value": {
     "shape": "TagValue"
    }
   },
   "required": [
    "Key"
   ],
   "type": "structure"
  },
  "TagKey": {
   "max": 128,
   "min": 1,
   "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
   "type": "string"
  },
  "TagList": {
   "member": {
    "shape": "Tag"
   },
   "min": 1,
   "type": "list"
  },
  "TagValue": {
   "max": 256,
   "min": 0,
   "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
   "type": "string"
  },
  "TargetAdministrativeOverrideReasonEnum": {
   "enum": [
    "AdministrativeOverride.Unknown",
    "AdministrativeOverride.NoOverride",
    "AdministrativeOverride.ZonalShiftActive",
    "AdministrativeOverride.ZonalShiftDelegatedToDns"
   ],
   "type": "string"
  },
  "TargetAdministrativeOverrideStateEnum": {
   "enum": [
    "unknown",
    "no_override",
    "zonal_shift_active",
    "zonal_shift_delegated_to_dns"
   ],
   "type": "string"
  },
  "TargetControlPort": {
   "max": 65535,
   "min": 1,
   "type": "integer"
  },
  "TargetDescription": {
   "members": {
    "AvailabilityZone": {
     "shape": "ZoneName"
    },
    "Id": {
     "shape": "TargetId"
    },
    "Port": {
     "shape": "Port"
    },
    "QuicServerId": {
     "shape": "QuicServerId"
    }
   },
   "required": [
    "Id"
   ],
   "type": "structure"
  },
  "TargetDescriptions": {
   "member": {
    "shape": "TargetDescription"
   },
   "type": "list"
  },
  "TargetGroup": {
   "members": {
    "HealthCheckEnabled": {
     "shape": "HealthCheckEnabled"
    },
    "HealthCheckIntervalSeconds": {
     "shape": "HealthCheckIntervalSeconds"
    },
    "HealthCheckPath": {
     "shape": "Path"
    },
    "HealthCheckPort": {
     "shape": "HealthCheckPort"
    },
    "HealthCheckProtocol": {
     "shape": "ProtocolEnum"
    },
    "HealthCheckTimeoutSeconds": {
     "shape": "HealthCheckTimeoutSeconds"
    },
    "HealthyThresholdCount": {
     "shape": "HealthCheckThresholdCount"
    },
    "IpAddressType": {
     "shape": "TargetGroupIpAddressTypeEnum"
    },
    "LoadBalancerArns": {
     "shape": "LoadBalancerArns"
    },
    "Matcher": {
     "shape": "Matcher"
    },
    "Port": {
     "shape": "Port"
    },
    "Protocol": {
     "shape": "ProtocolEnum"
    },
    "ProtocolVersion": {
     "shape": "ProtocolVersion"
    },
    "TargetControlPort": {
     "shape": "TargetControlPort"
    },
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "TargetGroupName": {
     "shape": "TargetGroupName"
    },
    "TargetType": {
     "shape": "TargetTypeEnum"
    },
    "UnhealthyThresholdCount": {
     "shape": "HealthCheckThresholdCount"
    },
    "VpcId": {
     "shape": "VpcId"
    }
   },
   "type": "structure"
  },
  "TargetGroupArn": {
   "type": "string"
  },
  "TargetGroupArns": {
   "member": {
    "shape": "TargetGroupArn"
   },
   "type": "list"
  },
  "TargetGroupAssociationLimitException": {
   "error": {
    "code": "TargetGroupAssociationLimit",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TargetGroupIpAddressTypeEnum": {
   "enum": [
    "ipv4",
    "ipv6"
   ],
   "type": "string"
  },
  "TargetGroupList": {
   "member": {
    "shape": "TargetGroupTuple"
   },
   "type": "list"
  },
  "TargetGroupName": {
   "type": "string"
  },
  "TargetGroupNames": {
   "member": {
    "shape": "TargetGroupName"
   },
   "type": "list"
  },
  "TargetGroupNotFoundException": {
   "error": {
    "code": "TargetGroupNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TargetGroupStickinessConfig": {
   "members": {
    "DurationSeconds": {
     "shape": "TargetGroupStickinessDurationSeconds"
    },
    "Enabled": {
     "shape": "TargetGroupStickinessEnabled"
    }
   },
   "type": "structure"
  },
  "TargetGroupStickinessDurationSeconds": {
   "type": "integer"
  },
  "TargetGroupStickinessEnabled": {
   "type": "boolean"
  },
  "TargetGroupTuple": {
   "members": {
    "TargetGroupArn": {
     "shape": "TargetGroupArn"
    },
    "Weight": {
     "shape": "TargetGroupWeight"
    }
   },
   "type": "structure"
  },
  "TargetGroupWeight": {
   "type": "integer"
  },
  "TargetGroups": {
   "member": {
    "shape": "TargetGroup"
   },
   "type": "list"
  },
  "TargetHealth": {
   "members": {
    "Description": {
     "shape": "Description"
    },
    "Reason": {
     "shape": "TargetHealthReasonEnum"
    },
    "State": {
     "shape": "TargetHealthStateEnum"
    }
   },
   "type": "structure"
  },
  "TargetHealthDescription": {
   "members": {
    "AdministrativeOverride": {
     "shape": "AdministrativeOverride"
    },
    "AnomalyDetection": {
     "shape": "AnomalyDetection"
    },
    "HealthCheckPort": {
     "shape": "HealthCheckPort"
    },
    "Target": {
     "shape": "TargetDescription"
    },
    "TargetHealth": {
     "shape": "TargetHealth"
    }
   },
   "type": "structure"
  },
  "TargetHealthDescriptions": {
   "member": {
    "shape": "TargetHealthDescription"
   },
   "type": "list"
  },
  "TargetHealthReasonEnum": {
   "enum": [
    "Elb.RegistrationInProgress",
    "Elb.InitialHealthChecking",
    "Target.ResponseCodeMismatch",
    "Target.Timeout",
    "Target.FailedHealthChecks",
    "Target.NotRegistered",
    "Target.NotInUse",
    "Target.DeregistrationInProgress",
    "Target.InvalidState",
    "Target.IpUnusable",
    "Target.HealthCheckDisabled",
    "Elb.InternalError"
   ],
   "type": "string"
  },
  "TargetHealthStateEnum": {
   "enum": [
    "initial",
    "healthy",
    "unhealthy",
    "unhealthy.draining",
    "unused",
    "draining",
    "unavailable"
   ],
   "type": "string"
  },
  "TargetId": {
   "type": "string"
  },
  "TargetTypeEnum": {
   "enum": [
    "instance",
    "ip",
    "lambda",
    "alb"
   ],
   "type": "string"
  },
  "TooManyActionsException": {
   "error": {
    "code": "TooManyActions",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyCertificatesException": {
   "error": {
    "code": "TooManyCertificates",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyListenersException": {
   "error": {
    "code": "TooManyListeners",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyLoadBalancersException": {
   "error": {
    "code": "TooManyLoadBalancers",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyRegistrationsForTargetIdException": {
   "error": {
    "code": "TooManyRegistrationsForTargetId",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyTagsException": {
   "error": {
    "code": "TooManyTags",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyTargetGroupsException": {
   "error": {
    "code": "TooManyTargetGroups",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyTargetsException": {
   "error": {
    "code": "TooManyTargets",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TooManyUniqueTargetGroupsPerLoadBalancerException": {
   "error": {
    "code": "TooManyUniqueTargetGroupsPerLoadBalancer",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TrustStoreArn": {
   "type": "string"
  },
  "TrustStoreAssociationStatusEnum": {
   "enum": [
    "active",
    "removed"
   ],
   "type": "string"
  },
  "TrustStoreNotFoundException": {
   "error": {
    "code": "TrustStoreNotFound",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "TrustStoreNotReadyException": {
   "error": {
    "code": "TrustStoreNotReady",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "UnsupportedProtocolException": {
   "error": {
    "code": "UnsupportedProtocol",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {},
   "type": "structure"
  },
  "VpcId": {
   "type": "string"
  },
  "ZoneName": {
   "type": "string"
  }
 }
}
"""#
