/// One of Alibaba Cloud's APIs: its product code, version and endpoint.
public struct AlibabaProduct: Sendable, Equatable {
    public let code: String
    public let version: String
    /// The endpoint's first label: `privatelink` → `privatelink.<region>.aliyuncs.com`.
    public let endpointPrefix: String
    /// A service with one endpoint for every region (`pvtz.aliyuncs.com`).
    public let isCentral: Bool

    public init(code: String, version: String, endpointPrefix: String, isCentral: Bool = false) {
        self.code = code
        self.version = version
        self.endpointPrefix = endpointPrefix
        self.isCentral = isCentral
    }

    public static let privateLink = AlibabaProduct(code: "Privatelink", version: "2020-04-15", endpointPrefix: "privatelink")
    public static let vpc = AlibabaProduct(code: "Vpc", version: "2016-04-28", endpointPrefix: "vpc")
    public static let ecs = AlibabaProduct(code: "Ecs", version: "2014-05-26", endpointPrefix: "ecs")
    public static let nlb = AlibabaProduct(code: "Nlb", version: "2022-04-30", endpointPrefix: "nlb")
    public static let privateZone = AlibabaProduct(code: "pvtz", version: "2018-01-01", endpointPrefix: "pvtz", isCentral: true)
    public static let sts = AlibabaProduct(code: "Sts", version: "2015-04-01", endpointPrefix: "sts")

    /// `https://<prefix>.<region>.aliyuncs.com`, or `https://<prefix>.aliyuncs.com` for a central one.
    public func endpoint(region: String) -> String {
        isCentral ? "https://\(endpointPrefix).aliyuncs.com" : "https://\(endpointPrefix).\(region).aliyuncs.com"
    }
}
