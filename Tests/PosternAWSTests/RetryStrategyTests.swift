import Foundation
@testable import PosternAWS
import Testing

/// AWS's standard retry mode: which failures are tried again, how long it waits, and the quota.
@Suite struct RetryStrategyTests {
    @Test func throttlingAndTransientErrorsAreRetried() {
        let retry = RetryStrategy(maxAttempts: 3)
        for code in ["Throttling", "RequestLimitExceeded", "ThrottlingException", "InternalError"] {
            #expect(retry.delay(after: AWSServiceError(code, "", status: 400), attempt: 1, replayable: false) != nil, "\(code)")
        }
        #expect(retry.delay(after: AWSServiceError("Whatever", "", status: 503, isSenderFault: false), attempt: 1, replayable: false) != nil)
        #expect(retry.delay(after: AWSServiceError("TooMany", "", status: 429), attempt: 1, replayable: false) != nil)
        #expect(retry.delay(after: AWSServiceError("InvalidVpcID.NotFound", "", status: 400), attempt: 1, replayable: true) == nil)
    }

    @Test func attemptsAreBoundedAndBackoffIsJitteredExponential() {
        let retry = RetryStrategy(maxAttempts: 4, baseDelay: 1, maxDelay: 20)
        let throttled = AWSServiceError("Throttling", "", status: 400)
        for attempt in 1...3 {
            for _ in 0..<30 {
                let wait = retry.delay(after: throttled, attempt: attempt, replayable: true) ?? -1
                #expect(wait >= 0 && wait <= pow(2, Double(attempt - 1)), "attempt \(attempt) waited \(wait)")
            }
        }
        #expect(retry.delay(after: throttled, attempt: 4, replayable: true) == nil, "a fourth failure is the last")
    }

    @Test func theQuotaRunsOutAndSuccessesRefillIt() {
        let retry = RetryStrategy(maxAttempts: 10)
        let throttled = AWSServiceError("Throttling", "", status: 400)
        var granted = 0
        while retry.delay(after: throttled, attempt: 1, replayable: true) != nil { granted += 1 }
        #expect(granted == 100, "500 tokens at 5 a retry")
        #expect(retry.quotaLeft == 0)
        retry.succeeded(afterAttempts: 2, lastError: throttled)
        #expect(retry.quotaLeft == 5)
        retry.succeeded(afterAttempts: 1, lastError: nil)
        #expect(retry.quotaLeft == 6)
    }

    @Test func standardModeReadsTheSDKsSettings() throws {
        func strategy(_ environment: [String: String], _ config: String = "") throws -> RetryStrategy {
            try RetryStrategy.standard(config: AWSSharedConfig.parse(config: config, credentials: "", environment: environment))
        }
        #expect(try strategy([:]).maxAttempts == 3)
        #expect(try strategy(["AWS_RETRY_MODE": "legacy"]).maxAttempts == 5)
        #expect(try strategy(["AWS_MAX_ATTEMPTS": "7"]).maxAttempts == 7)
        #expect(try strategy([:], "[default]\nmax_attempts = 2\n").maxAttempts == 2)
        #expect(throws: AWSConfigurationError.self) { try strategy(["AWS_MAX_ATTEMPTS": "zero"]) }
        #expect(throws: AWSConfigurationError.self) { try strategy(["AWS_RETRY_MODE": "eager"]) }
    }
}
