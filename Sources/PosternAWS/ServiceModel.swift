import Foundation

/// An AWS service model (the JSON botocore ships): operations, shapes and the wire names
/// that follow from them.
public struct ServiceModel: Sendable, Decodable {
    public struct Metadata: Sendable, Decodable {
        public let apiVersion: String
        public let endpointPrefix: String
        public let `protocol`: String
        public let xmlNamespace: String?
        public let serviceId: String
        /// The one endpoint of a global service (Route 53, STS's legacy global endpoint).
        public let globalEndpoint: String?
        /// The service name in the signature's scope, where it is not the endpoint prefix.
        public let signingName: String?
    }

    public struct HTTP: Sendable, Decodable {
        public let method: String
        public let requestUri: String
        public let responseCode: Int?
    }

    public struct ShapeRef: Sendable, Decodable {
        public let shape: String
        public let locationName: String?
        public let queryName: String?
        public let location: String?
        public let flattened: Bool?
        public let resultWrapper: String?
        public let xmlNamespace: XMLNamespace?
        /// A member the SDKs fill with a fresh token when the caller leaves it out.
        public let idempotencyToken: Bool?
    }

    public struct XMLNamespace: Sendable, Decodable {
        public let uri: String
    }

    public struct Operation: Sendable, Decodable {
        public let name: String
        public let http: HTTP
        public let input: ShapeRef?
        public let output: ShapeRef?
    }

    public struct ErrorTrait: Sendable, Decodable {
        public let code: String?
        public let httpStatusCode: Int?
        public let senderFault: Bool?
    }

    public struct Shape: Sendable, Decodable {
        public let type: String
        public let members: [String: ShapeRef]?
        public let member: ShapeRef?
        public let key: ShapeRef?
        public let value: ShapeRef?
        public let required: [String]?
        public let flattened: Bool?
        public let error: ErrorTrait?
        public let timestampFormat: String?
        public let `enum`: [String]?
    }

    public let metadata: Metadata
    public let operations: [String: Operation]
    public let shapes: [String: Shape]

    static func load(json: String) -> ServiceModel {
        do {
            return try JSONDecoder().decode(ServiceModel.self, from: Data(json.utf8))
        } catch {
            fatalError("embedded AWS service model does not decode: \(error)")
        }
    }

    public func shape(_ name: String) -> Shape {
        guard let shape = shapes[name] else { fatalError("AWS model \(metadata.serviceId) lacks shape \(name)") }
        return shape
    }

    /// The error code of an exception shape (`LoadBalancerNotFound` for
    /// `LoadBalancerNotFoundException`), as the model's error trait names it.
    public func errorCode(ofException name: String) -> String? {
        shapes[name]?.error?.code
    }
}
