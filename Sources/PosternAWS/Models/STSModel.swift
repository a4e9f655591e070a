// AWS's own AWS Security Token Service service model (sts-2011-06-15), as botocore
// 1.43.11 ships it (Apache License 2.0), cut to the operations Postern serves and calls.
// The wire names of every request and response come from here; see NOTICE.

extension ServiceModel {
    public static let sts: ServiceModel = .load(json: stsJSON)
}

private let stsJSON = #"""
{
 "metadata": {
  "apiVersion": "2011-06-15",
  "auth": [
   "aws.auth#sigv4",
   "aws.auth#sigv4a"
  ],
  "endpointPrefix": "sts",
  "globalEndpoint": "sts.amazonaws.com",
  "protocol": "query",
  "protocols": [
   "query"
  ],
  "serviceAbbreviation": "AWS STS",
  "serviceFullName": "AWS Security Token Service",
  "serviceId": "STS",
  "signatureVersion": "v4",
  "uid": "sts-2011-06-15",
  "xmlNamespace": "https://sts.amazonaws.com/doc/2011-06-15/"
 },
 "operations": {
  "AssumeRole": {
   "errors": [
    {
     "shape": "MalformedPolicyDocumentException"
    },
    {
     "shape": "PackedPolicyTooLargeException"
    },
    {
     "shape": "RegionDisabledException"
    },
    {
     "shape": "ExpiredTokenException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "AssumeRoleRequest"
   },
   "name": "AssumeRole",
   "output": {
    "resultWrapper": "AssumeRoleResult",
    "shape": "AssumeRoleResponse"
   }
  },
  "AssumeRoleWithWebIdentity": {
   "auth": [
    "smithy.api#noAuth"
   ],
   "authtype": "none",
   "errors": [
    {
     "shape": "MalformedPolicyDocumentException"
    },
    {
     "shape": "PackedPolicyTooLargeException"
    },
    {
     "shape": "IDPRejectedClaimException"
    },
    {
     "shape": "IDPCommunicationErrorException"
    },
    {
     "shape": "InvalidIdentityTokenException"
    },
    {
     "shape": "ExpiredTokenException"
    },
    {
     "shape": "RegionDisabledException"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "AssumeRoleWithWebIdentityRequest"
   },
   "name": "AssumeRoleWithWebIdentity",
   "output": {
    "resultWrapper": "AssumeRoleWithWebIdentityResult",
    "shape": "AssumeRoleWithWebIdentityResponse"
   }
  },
  "GetCallerIdentity": {
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "GetCallerIdentityRequest"
   },
   "name": "GetCallerIdentity",
   "output": {
    "resultWrapper": "GetCallerIdentityResult",
    "shape": "GetCallerIdentityResponse"
   }
  }
 },
 "shapes": {
  "AssumeRoleRequest": {
   "members": {
    "DurationSeconds": {
     "shape": "roleDurationSecondsType"
    },
    "ExternalId": {
     "shape": "externalIdType"
    },
    "Policy": {
     "shape": "unrestrictedSessionPolicyDocumentType"
    },
    "PolicyArns": {
     "shape": "policyDescriptorListType"
    },
    "ProvidedContexts": {
     "shape": "ProvidedContextsListType"
    },
    "RoleArn": {
     "shape": "arnType"
    },
    "RoleSessionName": {
     "shape": "roleSessionNameType"
    },
    "SerialNumber": {
     "shape": "serialNumberType"
    },
    "SourceIdentity": {
     "shape": "sourceIdentityType"
    },
    "Tags": {
     "shape": "tagListType"
    },
    "TokenCode": {
     "shape": "tokenCodeType"
    },
    "TransitiveTagKeys": {
     "shape": "tagKeyListType"
    }
   },
   "required": [
    "RoleArn",
    "RoleSessionName"
   ],
   "type": "structure"
  },
  "AssumeRoleResponse": {
   "members": {
    "AssumedRoleUser": {
     "shape": "AssumedRoleUser"
    },
    "Credentials": {
     "shape": "Credentials"
    },
    "PackedPolicySize": {
     "shape": "nonNegativeIntegerType"
    },
    "SourceIdentity": {
     "shape": "sourceIdentityType"
    }
   },
   "type": "structure"
  },
  "AssumeRoleWithWebIdentityRequest": {
   "members": {
    "DurationSeconds": {
     "shape": "roleDurationSecondsType"
    },
    "Policy": {
     "shape": "sessionPolicyDocumentType"
    },
    "PolicyArns": {
     "shape": "policyDescriptorListType"
    },
    "ProviderId": {
     "shape": "urlType"
    },
    "RoleArn": {
     "shape": "arnType"
    },
    "RoleSessionName": {
     "shape": "roleSessionNameType"
    },
    "WebIdentityToken": {
     "shape": "clientTokenType"
    }
   },
   "required": [
    "RoleArn",
    "RoleSessionName",
    "WebIdentityToken"
   ],
   "type": "structure"
  },
  "AssumeRoleWithWebIdentityResponse": {
   "members": {
    "AssumedRoleUser": {
     "shape": "AssumedRoleUser"
    },
    "Audience": {
     "shape": "Audience"
    },
    "Credentials": {
     "shape": "Credentials"
    },
    "PackedPolicySize": {
     "shape": "nonNegativeIntegerType"
    },
    "Provider": {
     "shape": "Issuer"
    },
    "SourceIdentity": {
     "shape": "sourceIdentityType"
    },
    "SubjectFromWebIdentityToken": {
     "shape": "webIdentitySubjectType"
    }
   },
   "type": "structure"
  },
  "AssumedRoleUser": {
   "members": {
    "Arn": {
     "shape": "arnType"
    },
    "AssumedRoleId": {
     "shape": "assumedRoleIdType"
    }
   },
   "required": [
    "AssumedRoleId",
    "Arn"
   ],
   "type": "structure"
  },
  "Audience": {
   "type": "string"
  },
  "Credentials": {
   "members": {
    "AccessKeyId": {
     "shape": "accessKeyIdType"
    },
    "Expiration": {
     "shape": "dateType"
    },
    "SecretAccessKey": {
     "shape": "accessKeySecretType"
    },
    "SessionToken": {
     "shape": "tokenType"
    }
   },
   "required": [
    "AccessKeyId",
    "SecretAccessKey",
    "SessionToken",
    "Expiration"
   ],
   "type": "structure"
  },
  "ExpiredTokenException": {
   "error": {
    "code": "ExpiredTokenException",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "expiredIdentityTokenMessage"
    }
   },
   "type": "structure"
  },
  "GetCallerIdentityRequest": {
   "members": {},
   "type": "structure"
  },
  "GetCallerIdentityResponse": {
   "members": {
    "Account": {
     "shape": "accountType"
    },
    "Arn": {
     "shape": "arnType"
    },
    "UserId": {
     "shape": "userIdType"
    }
   },
   "type": "structure"
  },
  "IDPCommunicationErrorException": {
   "error": {
    "code": "IDPCommunicationError",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "idpCommunicationErrorMessage"
    }
   },
   "type": "structure"
  },
  "IDPRejectedClaimException": {
   "error": {
    "code": "IDPRejectedClaim",
    "httpStatusCode": 403,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "idpRejectedClaimMessage"
    }
   },
   "type": "structure"
  },
  "InvalidIdentityTokenException": {
   "error": {
    "code": "InvalidIdentityToken",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "invalidIdentityTokenMessage"
    }
   },
   "type": "structure"
  },
  "Issuer": {
   "type": "string"
  },
  "MalformedPolicyDocumentException": {
   "error": {
    "code": "MalformedPolicyDocument",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "malformedPolicyDocumentMessage"
    }
   },
   "type": "structure"
  },
  "PackedPolicyTooLargeException": {
   "error": {
    "code": "PackedPolicyTooLarge",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "packedPolicyTooLargeMessage"
    }
   },
   "type": "structure"
  },
  "PolicyDescriptorType": {
   "members": {
    "arn": {
     "shape": "arnType"
    }
   },
   "type": "structure"
  },
  "ProvidedContext": {
   "members": {
    "ContextAssertion": {
     "shape": "contextAssertionType"
    },
    "ProviderArn": {
     "shape": "arnType"
    }
   },
   "type": "structure"
  },
  "ProvidedContextsListType": {
   "max": 5,
   "member": {
    "shape": "ProvidedContext"
   },
   "min": 1,
   "type": "list"
  },
  "RegionDisabledException": {
   "error": {
    "code": "RegionDisabledException",
    "httpStatusCode": 403,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "regionDisabledMessage"
    }
   },
   "type": "structure"
  },
  "Tag": {
   "members": {
    "Key": {
     "shape": "tagKeyType"
    },
    "Value": {
     "shape": "tagValueType"
    }
   },
   "required": [
    "Key",
    "Value"
   ],
   "type": "structure"
  },
  "accessKeyIdType": {
   "max": 128,
   "min": 16,
   "pattern": "[\\w]*",
   "type": "string"
  },
  "accessKeySecretType": {
   "sensitive": true,
   "type": "string"
  },
  "accountType": {
   "type": "string"
  },
  "arnType": {
   "max": 2048,
   "min": 20,
   "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
   "type": "string"
  },
  "assumedRoleIdType": {
   "max": 193,
   "min": 2,
   "pattern": "[\\w+=,.@:-]*",
   "type": "string"
  },
  "clientTokenType": {
   "max": 20000,
   "min": 4,
   "sensitive": true,
   "type": "string"
  },
  "contextAssertionType": {
   "max": 2048,
   "min": 4,
   "type": "string"
  },
  "dateType": {
   "type": "timestamp"
  },
  "expiredIdentityTokenMessage": {
   "type": "string"
  },
  "externalIdType": {
   "max": 1224,
   "min": 2,
   "pattern": "[\\w+=,.@:\\/-]*",
   "type": "string"
  },
  "idpCommunicationErrorMessage": {
   "type": "string"
  },
  "idpRejectedClaimMessage": {
   "type": "string"
  },
  "invalidIdentityTokenMessage": {
   "type": "string"
  },
  "malformedPolicyDocumentMessage": {
   "type": "string"
  },
  "nonNegativeIntegerType": {
   "min": 0,
   "type": "integer"
  },
  "packedPolicyTooLargeMessage": {
   "type": "string"
  },
  "policyDescriptorListType": {
   "member": {
    "shape": "PolicyDescriptorType"
   },
   "type": "list"
  },
  "regionDisabledMessage": {
   "type": "string"
  },
  "roleDurationSecondsType": {
   "max": 43200,
   "min": 900,
   "type": "integer"
  },
  "roleSessionNameType": {
   "max": 64,
   "min": 2,
   "pattern": "[\\w+=,.@-]*",
   "type": "string"
  },
  "serialNumberType": {
   "max": 256,
   "min": 9,
   "pattern": "[\\w+=/:,.@-]*",
   "type": "string"
  },
  "sessionPolicyDocumentType": {
   "max": 2048,
   "min": 1,
   "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
   "type": "string"
  },
  "sourceIdentityType": {
   "max": 64,
   "min": 2,
   "pattern": "[\\w+=,.@-]*",
   "type": "string"
  },
  "tagKeyListType": {
   "max": 50,
   "member": {
    "shape": "tagKeyType"
   },
   "type": "list"
  },
  "tagKeyType": {
   "max": 128,
   "min": 1,
   "pattern": "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
   "type": "string"
  },
  "tagListType": {
   "max": 50,
   "member": {
    "shape": "Tag"
   },
   "type": "list"
  },
  "tagValueType": {
   "max": 256,
   "min": 0,
   "pattern": "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
   "type": "string"
  },
  "tokenCodeType": {
   "max": 6,
   "min": 6,
   "pattern": "[\\d]*",
   "type": "string"
  },
  "tokenType": {
   "type": "string"
  },
  "unrestrictedSessionPolicyDocumentType": {
   "min": 1,
   "pattern": "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
   "type": "string"
  },
  "urlType": {
   "max": 2048,
   "min": 4,
   "type": "string"
  },
  "userIdType": {
   "type": "string"
  },
  "webIdentitySubjectType": {
   "max": 255,
   "min": 6,
   "type": "string"
  }
 }
}
"""#
