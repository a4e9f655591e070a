// AWS's own Amazon Route 53 service model (route53-2013-04-01), as botocore
// 1.43.11 ships it (Apache License 2.0), cut to the operations Postern serves and calls.
// The wire names of every request and response come from here; see NOTICE.

extension ServiceModel {
    public static let route53: ServiceModel = .load(json: route53JSON)
}

private let route53JSON = #"""
{
 "metadata": {
  "apiVersion": "2013-04-01",
  "auth": [
   "aws.auth#sigv4"
  ],
  "endpointPrefix": "route53",
  "globalEndpoint": "route53.amazonaws.com",
  "protocol": "rest-xml",
  "protocols": [
   "rest-xml"
  ],
  "serviceAbbreviation": "Route 53",
  "serviceFullName": "Amazon Route 53",
  "serviceId": "Route 53",
  "signatureVersion": "v4",
  "uid": "route53-2013-04-01"
 },
 "operations": {
  "AssociateVPCWithHostedZone": {
   "errors": [
    {
     "shape": "NoSuchHostedZone"
    },
    {
     "shape": "NotAuthorizedException"
    },
    {
     "shape": "InvalidVPCId"
    },
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "PublicZoneVPCAssociation"
    },
    {
     "shape": "ConflictingDomainExists"
    },
    {
     "shape": "LimitsExceeded"
    },
    {
     "shape": "PriorRequestNotComplete"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/2013-04-01/hostedzone/{Id}/associatevpc"
   },
   "input": {
    "locationName": "AssociateVPCWithHostedZoneRequest",
    "shape": "AssociateVPCWithHostedZoneRequest",
    "xmlNamespace": {
     "uri": "https://route53.amazonaws.com/doc/2013-04-01/"
    }
   },
   "name": "AssociateVPCWithHostedZone",
   "output": {
    "shape": "AssociateVPCWithHostedZoneResponse"
   }
  },
  "ChangeResourceRecordSets": {
   "errors": [
    {
     "shape": "NoSuchHostedZone"
    },
    {
     "shape": "NoSuchHealthCheck"
    },
    {
     "shape": "InvalidChangeBatch"
    },
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "PriorRequestNotComplete"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/2013-04-01/hostedzone/{Id}/rrset/"
   },
   "input": {
    "locationName": "ChangeResourceRecordSetsRequest",
    "shape": "ChangeResourceRecordSetsRequest",
    "xmlNamespace": {
     "uri": "https://route53.amazonaws.com/doc/2013-04-01/"
    }
   },
   "name": "ChangeResourceRecordSets",
   "output": {
    "shape": "ChangeResourceRecordSetsResponse"
   }
  },
  "CreateHostedZone": {
   "errors": [
    {
     "shape": "InvalidDomainName"
    },
    {
     "shape": "HostedZoneAlreadyExists"
    },
    {
     "shape": "TooManyHostedZones"
    },
    {
     "shape": "InvalidVPCId"
    },
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "DelegationSetNotAvailable"
    },
    {
     "shape": "ConflictingDomainExists"
    },
    {
     "shape": "NoSuchDelegationSet"
    },
    {
     "shape": "DelegationSetNotReusable"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/2013-04-01/hostedzone",
    "responseCode": 201
   },
   "input": {
    "locationName": "CreateHostedZoneRequest",
    "shape": "CreateHostedZoneRequest",
    "xmlNamespace": {
     "uri": "https://route53.amazonaws.com/doc/2013-04-01/"
    }
   },
   "name": "CreateHostedZone",
   "output": {
    "shape": "CreateHostedZoneResponse"
   }
  },
  "DeleteHostedZone": {
   "errors": [
    {
     "shape": "NoSuchHostedZone"
    },
    {
     "shape": "HostedZoneNotEmpty"
    },
    {
     "shape": "PriorRequestNotComplete"
    },
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "InvalidDomainName"
    }
   ],
   "http": {
    "method": "DELETE",
    "requestUri": "/2013-04-01/hostedzone/{Id}"
   },
   "input": {
    "shape": "DeleteHostedZoneRequest"
   },
   "name": "DeleteHostedZone",
   "output": {
    "shape": "DeleteHostedZoneResponse"
   }
  },
  "GetChange": {
   "errors": [
    {
     "shape": "NoSuchChange"
    },
    {
     "shape": "InvalidInput"
    }
   ],
   "http": {
    "method": "GET",
    "requestUri": "/2013-04-01/change/{Id}"
   },
   "input": {
    "shape": "GetChangeRequest"
   },
   "name": "GetChange",
   "output": {
    "shape": "GetChangeResponse"
   }
  },
  "GetHostedZone": {
   "errors": [
    {
     "shape": "NoSuchHostedZone"
    },
    {
     "shape": "InvalidInput"
    }
   ],
   "http": {
    "method": "GET",
    "requestUri": "/2013-04-01/hostedzone/{Id}"
   },
   "input": {
    "shape": "GetHostedZoneRequest"
   },
   "name": "GetHostedZone",
   "output": {
    "shape": "GetHostedZoneResponse"
   }
  },
  "ListHostedZones": {
   "errors": [
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "NoSuchDelegationSet"
    },
    {
     "shape": "DelegationSetNotReusable"
    }
   ],
   "http": {
    "method": "GET",
    "requestUri": "/2013-04-01/hostedzone"
   },
   "input": {
    "shape": "ListHostedZonesRequest"
   },
   "name": "ListHostedZones",
   "output": {
    "shape": "ListHostedZonesResponse"
   }
  },
  "ListHostedZonesByVPC": {
   "errors": [
    {
     "shape": "InvalidInput"
    },
    {
     "shape": "InvalidPaginationToken"
    }
   ],
   "http": {
    "method": "GET",
    "requestUri": "/2013-04-01/hostedzonesbyvpc"
   },
   "input": {
    "shape": "ListHostedZonesByVPCRequest"
   },
   "name": "ListHostedZonesByVPC",
   "output": {
    "shape": "ListHostedZonesByVPCResponse"
   }
  },
  "ListResourceRecordSets": {
   "errors": [
    {
     "shape": "NoSuchHostedZone"
    },
    {
     "shape": "InvalidInput"
    }
   ],
   "http": {
    "method": "GET",
    "requestUri": "/2013-04-01/hostedzone/{Id}/rrset"
   },
   "input": {
    "shape": "ListResourceRecordSetsRequest"
   },
   "name": "ListResourceRecordSets",
   "output": {
    "shape": "ListResourceRecordSetsResponse"
   }
  }
 },
 "shapes": {
  "AWSAccountID": {
   "type": "string"
  },
  "AWSRegion": {
   "max": 64,
   "min": 1,
   "type": "string"
  },
  "AcceleratedRecoveryStatus": {
   "enum": [
    "ENABLING",
    "ENABLE_FAILED",
    "ENABLING_HOSTED_ZONE_LOCKED",
    "ENABLED",
    "DISABLING",
    "DISABLE_FAILED",
    "DISABLED",
    "DISABLING_HOSTED_ZONE_LOCKED"
   ],
   "type": "string"
  },
  "AliasHealthEnabled": {
   "type": "boolean"
  },
  "AliasTarget": {
   "members": {
    "DNSName": {
     "shape": "DNSName"
    },
    "EvaluateTargetHealth": {
     "shape": "AliasHealthEnabled"
    },
    "HostedZoneId": {
     "shape": "ResourceId"
    }
   },
   "required": [
    "HostedZoneId",
    "DNSName",
    "EvaluateTargetHealth"
   ],
   "type": "structure"
  },
  "AssociateVPCComment": {
   "type": "string"
  },
  "AssociateVPCWithHostedZoneRequest": {
   "members": {
    "Comment": {
     "shape": "AssociateVPCComment"
    },
    "HostedZoneId": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ResourceId"
    },
    "VPC": {
     "shape": "VPC"
    }
   },
   "required": [
    "HostedZoneId",
    "VPC"
   ],
   "type": "structure"
  },
  "AssociateVPCWithHostedZoneResponse": {
   "members": {
    "ChangeInfo": {
     "shape": "ChangeInfo"
    }
   },
   "required": [
    "ChangeInfo"
   ],
   "type": "structure"
  },
  "Bias": {
   "max": 99,
   "min": -99,
   "type": "integer"
  },
  "Change": {
   "members": {
    "Action": {
     "shape": "ChangeAction"
    },
    "ResourceRecordSet": {
     "shape": "ResourceRecordSet"
    }
   },
   "required": [
    "Action",
    "ResourceRecordSet"
   ],
   "type": "structure"
  },
  "ChangeAction": {
   "enum": [
    "CREATE",
    "DELETE",
    "UPSERT"
   ],
   "type": "string"
  },
  "ChangeBatch": {
   "members": {
    "Changes": {
     "shape": "Changes"
    },
    "Comment": {
     "shape": "ResourceDescription"
    }
   },
   "required": [
    "Changes"
   ],
   "type": "structure"
  },
  "ChangeId": {
   "max": 6500,
   "min": 1,
   "type": "string"
  },
  "ChangeInfo": {
   "members": {
    "Comment": {
     "shape": "ResourceDescription"
    },
    "Id": {
     "shape": "ResourceId"
    },
    "Status": {
     "shape": "ChangeStatus"
    },
    "SubmittedAt": {
     "shape": "TimeStamp"
    }
   },
   "required": [
    "Id",
    "Status",
    "SubmittedAt"
   ],
   "type": "structure"
  },
  "ChangeResourceRecordSetsRequest": {
   "members": {
    "ChangeBatch": {
     "shape": "ChangeBatch"
    },
    "HostedZoneId": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ResourceId"
    }
   },
   "required": [
    "HostedZoneId",
    "ChangeBatch"
   ],
   "type": "structure"
  },
  "ChangeResourceRecordSetsResponse": {
   "members": {
    "ChangeInfo": {
     "shape": "ChangeInfo"
    }
   },
   "required": [
    "ChangeInfo"
   ],
   "type": "structure"
  },
  "ChangeStatus": {
   "enum": [
    "PENDING",
    "INSYNC"
   ],
   "type": "string"
  },
  "Changes": {
   "member": {
    "locationName": "Change",
    "shape": "Change"
   },
   "min": 1,
   "type": "list"
  },
  "CidrLocationNameDefaultAllowed": {
   "max": 16,
   "min": 1,
   "pattern": "[0-9A-Za-z_\\-\\*]+",
   "type": "string"
  },
  "CidrRoutingConfig": {
   "members": {
    "CollectionId": {
     "shape": "UUID"
    },
    "LocationName": {
     "shape": "CidrLocationNameDefaultAllowed"
    }
   },
   "required": [
    "CollectionId",
    "LocationName"
   ],
   "type": "structure"
  },
  "ConflictingDomainExists": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "Coordinates": {
   "members": {
    "Latitude": {
     "shape": "Latitude"
    },
    "Longitude": {
     "shape": "Longitude"
    }
   },
   "required": [
    "Latitude",
    "Longitude"
   ],
   "type": "structure"
  },
  "CreateHostedZoneRequest": {
   "members": {
    "CallerReference": {
     "shape": "Nonce"
    },
    "DelegationSetId": {
     "shape": "ResourceId"
    },
    "HostedZoneConfig": {
     "shape": "HostedZoneConfig"
    },
    "Name": {
     "shape": "DNSName"
    },
    "VPC": {
     "shape": "VPC"
    }
   },
   "required": [
    "Name",
    "CallerReference"
   ],
   "type": "structure"
  },
  "CreateHostedZoneResponse": {
   "members": {
    "ChangeInfo": {
     "shape": "ChangeInfo"
    },
    "DelegationSet": {
     "shape": "DelegationSet"
    },
    "HostedZone": {
     "shape": "HostedZone"
    },
    "Location": {
     "location": "header",
     "locationName": "Location",
     "shape": "ResourceURI"
    },
    "VPC": {
     "shape": "VPC"
    }
   },
   "required": [
    "HostedZone",
    "ChangeInfo",
    "DelegationSet",
    "Location"
   ],
   "type": "structure"
  },
  "DNSName": {
   "max": 1024,
   "type": "string"
  },
  "DelegationSet": {
   "members": {
    "CallerReference": {
     "shape": "Nonce"
    },
    "Id": {
     "shape": "ResourceId"
    },
    "NameServers": {
     "shape": "DelegationSetNameServers"
    }
   },
   "required": [
    "NameServers"
   ],
   "type": "structure"
  },
  "DelegationSetNameServers": {
   "member": {
    "locationName": "NameServer",
    "shape": "DNSName"
   },
   "min": 1,
   "type": "list"
  },
  "DelegationSetNotAvailable": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "DelegationSetNotReusable": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "DeleteHostedZoneRequest": {
   "members": {
    "Id": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ResourceId"
    }
   },
   "required": [
    "Id"
   ],
   "type": "structure"
  },
  "DeleteHostedZoneResponse": {
   "members": {
    "ChangeInfo": {
     "shape": "ChangeInfo"
    }
   },
   "required": [
    "ChangeInfo"
   ],
   "type": "structure"
  },
  "ErrorMessage": {
   "type": "string"
  },
  "ErrorMessages": {
   "member": {
    "locationName": "Message",
    "shape": "ErrorMessage"
   },
   "type": "list"
  },
  "FailureReason": {
   "type": "string"
  },
  "GeoLocation": {
   "members": {
    "ContinentCode": {
     "shape": "GeoLocationContinentCode"
    },
    "CountryCode": {
     "shape": "GeoLocationCountryCode"
    },
    "SubdivisionCode": {
     "shape": "GeoLocationSubdivisionCode"
    }
   },
   "type": "structure"
  },
  "GeoLocationContinentCode": {
   "max": 2,
   "min": 2,
   "type": "string"
  },
  "GeoLocationCountryCode": {
   "max": 2,
   "min": 1,
   "type": "string"
  },
  "GeoLocationSubdivisionCode": {
   "max": 3,
   "min": 1,
   "type": "string"
  },
  "GeoProximityLocation": {
   "members": {
    "AWSRegion": {
     "shape": "AWSRegion"
    },
    "Bias": {
     "shape": "Bias"
    },
    "Coordinates": {
     "shape": "Coordinates"
    },
    "LocalZoneGroup": {
     "shape": "LocalZoneGroup"
    }
   },
   "type": "structure"
  },
  "GetChangeRequest": {
   "members": {
    "Id": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ChangeId"
    }
   },
   "required": [
    "Id"
   ],
   "type": "structure"
  },
  "GetChangeResponse": {
   "members": {
    "ChangeInfo": {
     "shape": "ChangeInfo"
    }
   },
   "required": [
    "ChangeInfo"
   ],
   "type": "structure"
  },
  "GetHostedZoneRequest": {
   "members": {
    "Id": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ResourceId"
    }
   },
   "required": [
    "Id"
   ],
   "type": "structure"
  },
  "GetHostedZoneResponse": {
   "members": {
    "DelegationSet": {
     "shape": "DelegationSet"
    },
    "HostedZone": {
     "shape": "HostedZone"
    },
    "VPCs": {
     "shape": "VPCs"
    }
   },
   "required": [
    "HostedZone"
   ],
   "type": "structure"
  },
  "HealthCheckId": {
   "max": 64,
   "type": "string"
  },
  "HostedZone": {
   "members": {
    "CallerReference": {
     "shape": "Nonce"
    },
    "Config": {
     "shape": "HostedZoneConfig"
    },
    "Features": {
     "shape": "HostedZoneFeatures"
    },
    "Id": {
     "shape": "ResourceId"
    },
    "LinkedService": {
     "shape": "LinkedService"
    },
    "Name": {
     "shape": "DNSName"
    },
    "ResourceRecordSetCount": {
     "shape": "HostedZoneRRSetCount"
    }
   },
   "required": [
    "Id",
    "Name",
    "CallerReference"
   ],
   "type": "structure"
  },
  "HostedZoneAlreadyExists": {
   "error": {
    "httpStatusCode": 409
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "HostedZoneConfig": {
   "members": {
    "Comment": {
     "shape": "ResourceDescription"
    },
    "PrivateZone": {
     "shape": "IsPrivateZone"
    }
   },
   "type": "structure"
  },
  "HostedZoneFailureReasons": {
   "members": {
    "AcceleratedRecovery": {
     "shape": "FailureReason"
    }
   },
   "type": "structure"
  },
  "HostedZoneFeatures": {
   "members": {
    "AcceleratedRecoveryStatus": {
     "shape": "AcceleratedRecoveryStatus"
    },
    "FailureReasons": {
     "shape": "HostedZoneFailureReasons"
    }
   },
   "type": "structure"
  },
  "HostedZoneNotEmpty": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "HostedZoneOwner": {
   "members": {
    "OwningAccount": {
     "shape": "AWSAccountID"
    },
    "OwningService": {
     "shape": "HostedZoneOwningService"
    }
   },
   "type": "structure"
  },
  "HostedZoneOwningService": {
   "max": 128,
   "type": "string"
  },
  "HostedZoneRRSetCount": {
   "type": "long"
  },
  "HostedZoneSummaries": {
   "member": {
    "locationName": "HostedZoneSummary",
    "shape": "HostedZoneSummary"
   },
   "type": "list"
  },
  "HostedZoneSummary": {
   "members": {
    "HostedZoneId": {
     "shape": "ResourceId"
    },
    "Name": {
     "shape": "DNSName"
    },
    "Owner": {
     "shape": "HostedZoneOwner"
    }
   },
   "required": [
    "HostedZoneId",
    "Name",
    "Owner"
   ],
   "type": "structure"
  },
  "HostedZoneType": {
   "enum": [
    "PrivateHostedZone"
   ],
   "type": "string"
  },
  "HostedZones": {
   "member": {
    "locationName": "HostedZone",
    "shape": "HostedZone"
   },
   "type": "list"
  },
  "InvalidChangeBatch": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    },
    "messages": {
     "shape": "ErrorMessages"
    }
   },
   "type": "structure"
  },
  "InvalidDomainName": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "InvalidInput": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "InvalidPaginationToken": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "InvalidVPCId": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "IsPrivateZone": {
   "type": "boolean"
  },
  "Latitude": {
   "max": 6,
   "min": 1,
   "pattern": "[-+]?[0-9]{1,2}(\\.[0-9]{0,2})?",
   "type": "string"
  },
  "LimitsExceeded": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "LinkedService": {
   "members": {
    "Description": {
     "shape": "ResourceDescription"
    },
    "ServicePrincipal": {
     "shape": "ServicePrincipal"
    }
   },
   "type": "structure"
  },
  "ListHostedZonesByVPCRequest": {
   "members": {
    "MaxItems": {
     "location": "querystring",
     "locationName": "maxitems",
     "shape": "PageMaxItems"
    },
    "NextToken": {
     "location": "querystring",
     "locationName": "nexttoken",
     "shape": "PaginationToken"
    },
    "VPCId": {
     "location": "querystring",
     "locationName": "vpcid",
     "shape": "VPCId"
    },
    "VPCRegion": {
     "location": "querystring",
     "locationName": "vpcregion",
     "shape": "VPCRegion"
    }
   },
   "required": [
    "VPCId",
    "VPCRegion"
   ],
   "type": "structure"
  },
  "ListHostedZonesByVPCResponse": {
   "members": {
    "HostedZoneSummaries": {
     "shape": "HostedZoneSummaries"
    },
    "MaxItems": {
     "shape": "PageMaxItems"
    },
    "NextToken": {
     "shape": "PaginationToken"
    }
   },
   "required": [
    "HostedZoneSummaries",
    "MaxItems"
   ],
   "type": "structure"
  },
  "ListHostedZonesRequest": {
   "members": {
    "DelegationSetId": {
     "location": "querystring",
     "locationName": "delegationsetid",
     "shape": "ResourceId"
    },
    "HostedZoneType": {
     "location": "querystring",
     "locationName": "hostedzonetype",
     "shape": "HostedZoneType"
    },
    "Marker": {
     "location": "querystring",
     "locationName": "marker",
     "shape": "PageMarker"
    },
    "MaxItems": {
     "location": "querystring",
     "locationName": "maxitems",
     "shape": "PageMaxItems"
    }
   },
   "type": "structure"
  },
  "ListHostedZonesResponse": {
   "members": {
    "HostedZones": {
     "shape": "HostedZones"
    },
    "IsTruncated": {
     "shape": "PageTruncated"
    },
    "Marker": {
     "shape": "PageMarker"
    },
    "MaxItems": {
     "shape": "PageMaxItems"
    },
    "NextMarker": {
     "shape": "PageMarker"
    }
   },
   "required": [
    "HostedZones",
    "Marker",
    "IsTruncated",
    "MaxItems"
   ],
   "type": "structure"
  },
  "ListResourceRecordSetsRequest": {
   "members": {
    "HostedZoneId": {
     "location": "uri",
     "locationName": "Id",
     "shape": "ResourceId"
    },
    "MaxItems": {
     "location": "querystring",
     "locationName": "maxitems",
     "shape": "PageMaxItems"
    },
    "StartRecordIdentifier": {
     "location": "querystring",
     "locationName": "identifier",
     "shape": "ResourceRecordSetIdentifier"
    },
    "StartRecordName": {
     "location": "querystring",
     "locationName": "name",
     "shape": "DNSName"
    },
    "StartRecordType": {
     "location": "querystring",
     "locationName": "type",
     "shape": "RRType"
    }
   },
   "required": [
    "HostedZoneId"
   ],
   "type": "structure"
  },
  "ListResourceRecordSetsResponse": {
   "members": {
    "IsTruncated": {
     "shape": "PageTruncated"
    },
    "MaxItems": {
     "shape": "PageMaxItems"
    },
    "NextRecordIdentifier": {
     "shape": "ResourceRecordSetIdentifier"
    },
    "NextRecordName": {
     "shape": "DNSName"
    },
    "NextRecordType": {
     "shape": "RRType"
    },
    "ResourceRecordSets": {
     "shape": "ResourceRecordSets"
    }
   },
   "required": [
    "ResourceRecordSets",
    "IsTruncated",
    "MaxItems"
   ],
   "type": "structure"
  },
  "LocalZoneGroup": {
   "max": 64,
   "min": 1,
   "type": "string"
  },
  "Longitude": {
   "max": 7,
   "min": 1,
   "pattern": "[-+]?[0-9]{1,3}(\\.[0-9]{0,2})?",
   "type": "string"
  },
  "NoSuchChange": {
   "error": {
    "httpStatusCode": 404
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "NoSuchDelegationSet": {
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "NoSuchHealthCheck": {
   "error": {
    "httpStatusCode": 404
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "NoSuchHostedZone": {
   "error": {
    "httpStatusCode": 404
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "Nonce": {
   "max": 128,
   "min": 1,
   "type": "string"
  },
  "NotAuthorizedException": {
   "error": {
    "httpStatusCode": 401
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "PageMarker": {
   "max": 64,
   "type": "string"
  },
  "PageMaxItems": {
   "type": "string"
  },
  "PageTruncated": {
   "type": "boolean"
  },
  "PaginationToken": {
   "max": 1024,
   "type": "string"
  },
  "PriorRequestNotComplete": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "PublicZoneVPCAssociation": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "RData": {
   "max": 4000,
   "type": "string"
  },
  "RRType": {
   "enum": [
    "SOA",
    "A",
    "TXT",
    "NS",
    "CNAME",
    "MX",
    "NAPTR",
    "PTR",
    "SRV",
    "SPF",
    "AAAA",
    "CAA",
    "DS",
    "TLSA",
    "SSHFP",
    "SVCB",
    "HTTPS"
   ],
   "type": "string"
  },
  "ResourceDescription": {
   "max": 256,
   "type": "string"
  },
  "ResourceId": {
   "max": 32,
   "type": "string"
  },
  "ResourceRecord": {
   "members": {
    "Value": {
     "shape": "RData"
    }
   },
   "required": [
    "Value"
   ],
   "type": "structure"
  },
  "ResourceRecordSet": {
   "members": {
    "AliasTarget": {
     "shape": "AliasTarget"
    },
    "CidrRoutingConfig": {
     "shape": "CidrRoutingConfig"
    },
    "Failover": {
     "shape": "ResourceRecordSetFailover"
    },
    "GeoLocation": {
     "shape": "GeoLocation"
    },
    "GeoProximityLocation": {
     "shape": "GeoProximityLocation"
    },
    "HealthCheckId": {
     "shape": "HealthCheckId"
    },
    "MultiValueAnswer": {
     "shape": "ResourceRecordSetMultiValueAnswer"
    },
    "Name": {
     "shape": "DNSName"
    },
    "Region": {
     "shape": "ResourceRecordSetRegion"
    },
    "ResourceRecords": {
     "shape": "ResourceRecords"
    },
    "SetIdentifier": {
     "shape": "ResourceRecordSetIdentifier"
    },
    "TTL": {
     "shape": "TTL"
    },
    "TrafficPolicyInstanceId": {
     "shape": "TrafficPolicyInstanceId"
    },
    "Type": {
     "shape": "RRType"
    },
    "Weight": {
     "shape": "ResourceRecordSetWeight"
    }
   },
   "required": [
    "Name",
    "Type"
   ],
   "type": "structure"
  },
  "ResourceRecordSetFailover": {
   "enum": [
    "PRIMARY",
    "SECONDARY"
   ],
   "type": "string"
  },
  "ResourceRecordSetIdentifier": {
   "max": 128,
   "min": 1,
   "type": "string"
  },
  "ResourceRecordSetMultiValueAnswer": {
   "type": "boolean"
  },
  "ResourceRecordSetRegion": {
   "enum": [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "eu-north-1",
    "sa-east-1",
    "cn-north-1",
    "cn-northwest-1",
    "ap-east-1",
    "me-south-1",
    "me-central-1",
    "ap-south-1",
    "ap-south-2",
    "af-south-1",
    "eu-south-1",
    "eu-south-2",
    "ap-southeast-4",
    "il-central-1",
    "ca-west-1",
    "ap-southeast-5",
    "mx-central-1",
    "ap-southeast-7",
    "us-gov-east-1",
    "us-gov-west-1",
    "ap-east-2",
    "ap-southeast-6",
    "eusc-de-east-1"
   ],
   "max": 64,
   "min": 1,
   "type": "string"
  },
  "ResourceRecordSetWeight": {
   "max": 255,
   "min": 0,
   "type": "long"
  },
  "ResourceRecordSets": {
   "member": {
    "locationName": "ResourceRecordSet",
    "shape": "ResourceRecordSet"
   },
   "type": "list"
  },
  "ResourceRecords": {
   "member": {
    "locationName": "ResourceRecord",
    "shape": "ResourceRecord"
   },
   "min": 1,
   "type": "list"
  },
  "ResourceURI": {
   "max": 1024,
   "type": "string"
  },
  "ServicePrincipal": {
   "max": 128,
   "type": "string"
  },
  "TTL": {
   "max": 2147483647,
   "min": 0,
   "type": "long"
  },
  "TimeStamp": {
   "type": "timestamp"
  },
  "TooManyHostedZones": {
   "error": {
    "httpStatusCode": 400
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "TrafficPolicyInstanceId": {
   "max": 36,
   "min": 1,
   "type": "string"
  },
  "UUID": {
   "pattern": "[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}",
   "type": "string"
  },
  "VPC": {
   "members": {
    "VPCId": {
     "shape": "VPCId"
    },
    "VPCRegion": {
     "shape": "VPCRegion"
    }
   },
   "type": "structure"
  },
  "VPCId": {
   "max": 1024,
   "type": "string"
  },
  "VPCRegion": {
   "enum": [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-central-2",
    "ap-east-1",
    "me-south-1",
    "us-gov-west-1",
    "us-gov-east-1",
    "us-iso-east-1",
    "us-iso-west-1",
    "us-isob-east-1",
    "me-central-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "eu-north-1",
    "sa-east-1",
    "ca-central-1",
    "cn-north-1",
    "cn-northwest-1",
    "af-south-1",
    "eu-south-1",
    "eu-south-2",
    "ap-southeast-4",
    "il-central-1",
    "ca-west-1",
    "ap-southeast-5",
    "mx-central-1",
    "us-isof-south-1",
    "us-isof-east-1",
    "ap-southeast-7",
    "ap-east-2",
    "eu-isoe-west-1",
    "ap-southeast-6",
    "us-isob-west-1",
    "eusc-de-east-1"
   ],
   "max": 64,
   "min": 1,
   "type": "string"
  },
  "VPCs": {
   "member": {
    "locationName": "VPC",
    "shape": "VPC"
   },
   "min": 1,
   "type": "list"
  }
 }
}
"""#
