/// An error as an AWS service reports it: a code clients match on (`InvalidServiceName`), a
/// message for a person, and the HTTP status.
public struct AWSServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String
    public let status: Int
    /// `Sender` when the request was at fault, `Receiver` when the service was.
    public let isSenderFault: Bool

    public init(_ code: String, _ message: String, status: Int = 400, isSenderFault: Bool = true) {
        self.code = code
        self.message = message
        self.status = status
        self.isSenderFault = isSenderFault
    }

    public var description: String { "\(code): \(message)" }
}

extension AWSServiceError {
    public static func missingParameter(_ name: String) -> AWSServiceError {
        AWSServiceError("MissingParameter", "The request must contain the parameter \(name).")
    }

    public static func invalidParameterValue(_ name: String, _ value: String, _ why: String) -> AWSServiceError {
        AWSServiceError("InvalidParameterValue", "Value (\(value)) for parameter \(name) is invalid. \(why)")
    }

    public static func invalidAction(_ action: String, service: String) -> AWSServiceError {
        AWSServiceError(
            "InvalidAction",
            "The action \(action) is not valid for this web service (\(service)): the embedded cloud does not implement it.")
    }
}
