import Foundation

/// What share of requests the embedded cloud fails, the ways real clouds fail: throttled
/// (the service's own throttling error), an internal error (nothing done), or done and then
/// the answer lost (the connection drops before the response); and a pause before every answer
/// (a slow cloud). Optionally only for some accounts.
/// Written `throttle=0.3,error=0.05,lose-response=0.05,latency=300ms[,account=100000000000]`.
public struct Faults: Sendable, Equatable {
    public var throttle: Double = 0
    public var error: Double = 0
    public var loseResponse: Double = 0
    /// Seconds every answer waits.
    public var latency: TimeInterval = 0
    /// Only requests by these accounts fail; empty: every account's.
    public var accounts: Set<String> = []

    public init(throttle: Double = 0, error: Double = 0, loseResponse: Double = 0, accounts: Set<String> = []) {
        self.throttle = throttle
        self.error = error
        self.loseResponse = loseResponse
        self.accounts = accounts
    }

    public static let none = Faults()

    public var isEmpty: Bool { throttle == 0 && error == 0 && loseResponse == 0 && latency == 0 }

    public enum Fault: Sendable, Equatable { case throttle, error, loseResponse }

    public static func parse(_ text: String) throws -> Faults {
        var faults = Faults()
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { throw FaultsError("'\(part)' is not name=value: write e.g. throttle=0.3,error=0.05,lose-response=0.05.") }
            if pair[0] == "account" {
                faults.accounts.insert(pair[1])
                continue
            }
            if pair[0] == "latency" {
                let value = pair[1]
                let seconds = value.hasSuffix("ms") ? Double(value.dropLast(2)).map { $0 / 1000 } : Double(value.hasSuffix("s") ? String(value.dropLast()) : value)
                guard let seconds, (0...60).contains(seconds) else {
                    throw FaultsError("latency must be a pause from 0 to 60 s, such as 300ms or 2s, not '\(value)'.")
                }
                faults.latency = seconds
                continue
            }
            guard let share = Double(pair[1]), (0...1).contains(share) else {
                throw FaultsError("The share of \(pair[0]) must be a number from 0 to 1, not '\(pair[1])'.")
            }
            switch pair[0] {
            case "throttle": faults.throttle = share
            case "error": faults.error = share
            case "lose-response": faults.loseResponse = share
            default: throw FaultsError("There is no fault '\(pair[0])': use throttle, error, lose-response, latency (and account=ID to fail only that account's requests).")
            }
        }
        guard faults.throttle + faults.error + faults.loseResponse <= 1 else {
            throw FaultsError("The shares add up to more than 1.")
        }
        return faults
    }

    /// How long a request by `account` waits before it is answered.
    func pause(account: String) -> TimeInterval {
        latency > 0 && (accounts.isEmpty || accounts.contains(account)) ? latency : 0
    }

    /// The fault for one request by `account`, drawn at random, or nil to answer it.
    func draw(account: String) -> Fault? {
        guard throttle + error + loseResponse > 0, accounts.isEmpty || accounts.contains(account) else { return nil }
        let roll = Double.random(in: 0..<1)
        if roll < throttle { return .throttle }
        if roll < throttle + error { return .error }
        if roll < throttle + error + loseResponse { return .loseResponse }
        return nil
    }

    public var description: String {
        var parts = ["throttle=\(throttle)", "error=\(error)", "lose-response=\(loseResponse)"]
        if latency > 0 { parts.append("latency=\(Int(latency * 1000))ms") }
        parts += accounts.sorted().map { "account=\($0)" }
        return parts.joined(separator: ",")
    }
}

public struct FaultsError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
