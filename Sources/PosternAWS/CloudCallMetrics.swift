import Metrics

/// Every call the client makes, through swift-metrics (whatever backend the process chose):
/// `postern_cloud_calls_total` by service, operation and result (`ok`, the service's error code,
/// or `transport`), and `postern_cloud_call_duration_seconds` over every attempt and wait.
enum CloudCallMetrics {
    static func record(_ model: ServiceModel, _ operation: String, result: String, since started: ContinuousClock.Instant) {
        let service = model.metadata.endpointPrefix
        Counter(label: "postern_cloud_calls_total", dimensions: [("service", service), ("operation", operation), ("result", result)]).increment()
        let elapsed = ContinuousClock.now - started
        Timer(label: "postern_cloud_call_duration_seconds", dimensions: [("service", service), ("operation", operation)], preferredDisplayUnit: .seconds)
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }

    static func code(of error: any Error) -> String {
        switch error {
        case let error as AWSServiceError: error.code
        case is TransportError: "transport"
        default: "error"
        }
    }
}
