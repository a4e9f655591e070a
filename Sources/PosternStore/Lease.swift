import Foundation

/// A replica's claim on work, good until `until`: no other holder takes what it covers before
/// then, and its holder renews it while the work goes on. A crashed holder's leases simply
/// run out, and another replica takes the work.
public struct Lease: Sendable, Equatable {
    /// The replica (or other worker) that holds it.
    public let holder: String
    public let until: Date

    public init(holder: String, until: Date) {
        self.holder = holder
        self.until = until
    }
}

extension Store {
    /// Keeps every lease `holder` holds `duration` ahead of now, renewing a third of the way
    /// through, until the returned task is cancelled.
    public func renewing(holder: String, for duration: TimeInterval) -> Task<Void, Never> {
        Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(duration / 3))
                guard !Task.isCancelled else { return }
                try? await renewLeases(Lease(holder: holder, until: Date().addingTimeInterval(duration)))
            }
        }
    }
}
