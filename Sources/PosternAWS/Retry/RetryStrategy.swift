import Foundation
import Synchronization

/// AWS's standard retry mode: a bounded number of attempts (`AWS_MAX_ATTEMPTS` or the profile's
/// `max_attempts`, 3 by default), exponential backoff with full jitter capped at 20 s, on
/// throttling, transient errors and failed connections, drawing on a retry quota that failures
/// drain and successes refill, so a cloud in trouble is not hammered by every caller's retries.
public final class RetryStrategy: Sendable {
    public let maxAttempts: Int
    /// The first backoff's ceiling; each further attempt doubles it.
    public let baseDelay: TimeInterval
    public let maxDelay: TimeInterval
    private let quota: Mutex<Int>
    static let quotaCapacity = 500
    static let retryCost = 5
    static let timeoutCost = 10

    public init(maxAttempts: Int = 3, baseDelay: TimeInterval = 1, maxDelay: TimeInterval = 20) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        quota = Mutex(Self.quotaCapacity)
    }

    /// `AWS_RETRY_MODE` / `retry_mode` (`standard`; `legacy` allows 5 attempts; `adaptive` is taken
    /// as standard), `AWS_MAX_ATTEMPTS` / `max_attempts`.
    public static func standard(config: AWSSharedConfig) throws -> RetryStrategy {
        let mode = (config.environment["AWS_RETRY_MODE"].nonEmpty ?? config.profile?["retry_mode"] ?? "standard").lowercased()
        guard ["standard", "legacy", "adaptive"].contains(mode) else {
            throw AWSConfigurationError("The retry mode '\(mode)' (AWS_RETRY_MODE or retry_mode) is not one of standard, legacy, adaptive.")
        }
        let attempts = config.environment["AWS_MAX_ATTEMPTS"].nonEmpty ?? config.profile?["max_attempts"]
        if let attempts {
            guard let count = Int(attempts), count >= 1 else {
                throw AWSConfigurationError("max attempts '\(attempts)' (AWS_MAX_ATTEMPTS or max_attempts) must be a whole number, 1 or more.")
            }
            return RetryStrategy(maxAttempts: count)
        }
        return RetryStrategy(maxAttempts: mode == "legacy" ? 5 : 3)
    }

    public var quotaLeft: Int { quota.withLock { $0 } }

    /// How long to wait before attempt `attempt + 1` after `error`, or nil to give up.
    /// `replayable`: the operation may be sent again even if the first one might have arrived.
    public func delay(after error: any Error, attempt: Int, replayable: Bool) -> TimeInterval? {
        guard attempt < maxAttempts, let cost = Self.cost(of: error, replayable: replayable) else { return nil }
        let granted = quota.withLock { left -> Bool in
            guard left >= cost else { return false }
            left -= cost
            return true
        }
        guard granted else { return nil }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return Double.random(in: 0...1) * ceiling
    }

    /// A call succeeded: a retried one returns its cost to the quota, a first try one unit.
    public func succeeded(afterAttempts attempts: Int, lastError: (any Error)?) {
        let refund = attempts > 1 ? (lastError.map { Self.cost(of: $0, replayable: true) ?? Self.retryCost } ?? Self.retryCost) : 1
        quota.withLock { $0 = min(Self.quotaCapacity, $0 + refund) }
    }

    /// What a retry after `error` costs, or nil when it is not to be retried.
    static func cost(of error: any Error, replayable: Bool) -> Int? {
        if let error = error as? AWSServiceError {
            return isThrottling(error) || isTransient(error) ? retryCost : nil
        }
        if let error = error as? TransportError {
            guard error.notSent || replayable else { return nil }
            return error.isTimeout ? timeoutCost : retryCost
        }
        return nil
    }

    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    ]
    static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable", "IDPCommunicationError",
    ]

    public static func isThrottling(_ error: AWSServiceError) -> Bool { error.status == 429 || throttlingCodes.contains(error.code) }

    static func isTransient(_ error: AWSServiceError) -> Bool {
        transientCodes.contains(error.code) || [500, 502, 503, 504].contains(error.status)
    }
}
