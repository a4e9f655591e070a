// AWS's own Amazon CloudWatch service model (cloudwatch-2010-08-01), as botocore
// 1.43.11 ships it (Apache License 2.0), cut to the operations Postern serves and calls.
// The wire names of every request and response come from here; see NOTICE.
// Of the protocols the model lists (smithy-rpc-v2-cbor, json, query), Postern speaks query.

extension ServiceModel {
    public static let cloudWatch: ServiceModel = .load(json: cloudWatchJSON)
}

private let cloudWatchJSON = #"""
{
 "metadata": {
  "apiVersion": "2010-08-01",
  "auth": [
   "aws.auth#sigv4"
  ],
  "awsQueryCompatible": {},
  "endpointPrefix": "monitoring",
  "jsonVersion": "1.0",
  "protocol": "query",
  "protocols": [
   "smithy-rpc-v2-cbor",
   "json",
   "query"
  ],
  "serviceAbbreviation": "CloudWatch",
  "serviceFullName": "Amazon CloudWatch",
  "serviceId": "CloudWatch",
  "signatureVersion": "v4",
  "targetPrefix": "GraniteServiceVersion20100801",
  "uid": "monitoring-2010-08-01",
  "xmlNamespace": "http://monitoring.amazonaws.com/doc/2010-08-01/"
 },
 "operations": {
  "GetMetricData": {
   "errors": [
    {
     "shape": "InvalidNextToken"
    }
   ],
   "http": {
    "method": "POST",
    "requestUri": "/"
   },
   "input": {
    "shape": "GetMetricDataInput"
   },
   "name": "GetMetricData",
   "output": {
    "resultWrapper": "GetMetricDataResult",
    "shape": "GetMetricDataOutput"
   }
  }
 },
 "shapes": {
  "AccountId": {
   "max": 255,
   "min": 1,
   "type": "string"
  },
  "DatapointValue": {
   "type": "double"
  },
  "DatapointValues": {
   "member": {
    "shape": "DatapointValue"
   },
   "type": "list"
  },
  "Dimension": {
   "members": {
    "Name": {
     "shape": "DimensionName"
    },
    "Value": {
     "shape": "DimensionValue"
    }
   },
   "required": [
    "Name",
    "Value"
   ],
   "type": "structure",
   "xmlOrder": [
    "Name",
    "Value"
   ]
  },
  "DimensionName": {
   "max": 255,
   "min": 1,
   "type": "string"
  },
  "DimensionValue": {
   "max": 1024,
   "min": 1,
   "type": "string"
  },
  "Dimensions": {
   "max": 30,
   "member": {
    "shape": "Dimension"
   },
   "type": "list"
  },
  "ErrorMessage": {
   "max": 255,
   "min": 1,
   "type": "string"
  },
  "GetMetricDataInput": {
   "members": {
    "EndTime": {
     "shape": "Timestamp"
    },
    "LabelOptions": {
     "shape": "LabelOptions"
    },
    "MaxDatapoints": {
     "shape": "GetMetricDataMaxDatapoints"
    },
    "MetricDataQueries": {
     "shape": "MetricDataQueries"
    },
    "NextToken": {
     "shape": "NextToken"
    },
    "ScanBy": {
     "shape": "ScanBy"
    },
    "StartTime": {
     "shape": "Timestamp"
    }
   },
   "required": [
    "MetricDataQueries",
    "StartTime",
    "EndTime"
   ],
   "type": "structure"
  },
  "GetMetricDataLabelTimezone": {
   "type": "string"
  },
  "GetMetricDataMaxDatapoints": {
   "type": "integer"
  },
  "GetMetricDataOutput": {
   "members": {
    "Messages": {
     "shape": "MetricDataResultMessages"
    },
    "MetricDataResults": {
     "shape": "MetricDataResults"
    },
    "NextToken": {
     "shape": "NextToken"
    }
   },
   "type": "structure"
  },
  "InvalidNextToken": {
   "error": {
    "code": "InvalidNextToken",
    "httpStatusCode": 400,
    "senderFault": true
   },
   "exception": true,
   "members": {
    "message": {
     "shape": "ErrorMessage"
    }
   },
   "type": "structure"
  },
  "LabelOptions": {
   "members": {
    "Timezone": {
     "shape": "GetMetricDataLabelTimezone"
    }
   },
   "type": "structure"
  },
  "MessageData": {
   "members": {
    "Code": {
     "shape": "MessageDataCode"
    },
    "Value": {
     "shape": "MessageDataValue"
    }
   },
   "type": "structure"
  },
  "MessageDataCode": {
   "type": "string"
  },
  "MessageDataValue": {
   "type": "string"
  },
  "Metric": {
   "members": {
    "Dimensions": {
     "shape": "Dimensions"
    },
    "MetricName": {
     "shape": "MetricName"
    },
    "Namespace": {
     "shape": "Namespace"
    }
   },
   "type": "structure",
   "xmlOrder": [
    "Namespace",
    "MetricName",
    "Dimensions"
   ]
  },
  "MetricDataQueries": {
   "member": {
    "shape": "MetricDataQuery"
   },
   "type": "list"
  },
  "MetricDataQuery": {
   "members": {
    "AccountId": {
     "shape": "AccountId"
    },
    "Expression": {
     "shape": "MetricExpression"
    },
    "Id": {
     "shape": "MetricId"
    },
    "Label": {
     "shape": "MetricLabel"
    },
    "MetricStat": {
     "shape": "MetricStat"
    },
    "Period": {
     "shape": "Period"
    },
    "ReturnData": {
     "shape": "ReturnData"
    }
   },
   "required": [
    "Id"
   ],
   "type": "structure"
  },
  "MetricDataResult": {
   "members": {
    "Id": {
     "shape": "MetricId"
    },
    "Label": {
     "shape": "MetricLabel"
    },
    "Messages": {
     "shape": "MetricDataResultMessages"
    },
    "StatusCode": {
     "shape": "StatusCode"
    },
    "Timestamps": {
     "shape": "Timestamps"
    },
    "Values": {
     "shape": "DatapointValues"
    }
   },
   "type": "structure"
  },
  "MetricDataResultMessages": {
   "member": {
    "shape": "MessageData"
   },
   "type": "list"
  },
  "MetricDataResults": {
   "member": {
    "shape": "MetricDataResult"
   },
   "type": "list"
  },
  "MetricExpression": {
   "max": 2048,
   "min": 1,
   "type": "string"
  },
  "MetricId": {
   "max": 255,
   "min": 1,
   "type": "string"
  },
  "MetricLabel": {
   "type": "string"
  },
  "MetricName": {
   "max": 255,
   "min": 1,
   "type": "string"
  },
  "MetricStat": {
   "members": {
    "Metric": {
     "shape": "Metric"
    },
    "Period": {
     "shape": "Period"
    },
    "Stat": {
     "shape": "Stat"
    },
    "Unit": {
     "shape": "StandardUnit"
    }
   },
   "required": [
    "Metric",
    "Period",
    "Stat"
   ],
   "type": "structure"
  },
  "Namespace": {
   "max": 255,
   "min": 1,
   "pattern": "[^:].*",
   "type": "string"
  },
  "NextToken": {
   "type": "string"
  },
  "Period": {
   "min": 1,
   "type": "integer"
  },
  "ReturnData": {
   "type": "boolean"
  },
  "ScanBy": {
   "enum": [
    "TimestampDescending",
    "TimestampAscending"
   ],
   "type": "string"
  },
  "StandardUnit": {
   "enum": [
    "Seconds",
    "Microseconds",
    "Milliseconds",
    "Bytes",
    "Kilobytes",
    "Megabytes",
    "Gigabytes",
    "Terabytes",
    "Bits",
    "Kilobits",
    "Megabits",
    "Gigabits",
    "Terabits",
    "Percent",
    "Count",
    "Bytes/Second",
    "Kilobytes/Second",
    "Megabytes/Second",
    "Gigabytes/Second",
    "Terabytes/Second",
    "Bits/Second",
    "Kilobits/Second",
    "Megabits/Second",
    "Gigabits/Second",
    "Terabits/Second",
    "Count/Second",
    "None"
   ],
   "type": "string"
  },
  "Stat": {
   "type": "string"
  },
  "StatusCode": {
   "enum": [
    "Complete",
    "InternalError",
    "PartialData",
    "Forbidden"
   ],
   "type": "string"
  },
  "Timestamp": {
   "type": "timestamp"
  },
  "Timestamps": {
   "member": {
    "shape": "Timestamp"
   },
   "type": "list"
  }
 }
}
"""#
