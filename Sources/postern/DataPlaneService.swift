import Foundation
import PosternDataPlane
import PosternEmbeddedCloud
import ServiceLifecycle

/// Keeps the data plane on the embedded cloud's current plan: endpoints listen once they
/// are available and stop when rejected or deleted, as soon as the cloud changes or a
/// provisioning delay ends, and at least every `interval` (which bounds how stale
/// endpoint-hours get), but no more often than every `spacing`: under a burst of changes one
/// plan takes in many, and planning (the whole cloud's) never crowds out the cloud's requests.
/// Saves usage now and then, and on shutdown.
struct DataPlaneService: Service {
    let cloud: EmbeddedCloud
    let dataPlane: DataPlane
    let dnsHost: String
    let dnsPort: Int
    let ready: ReadyFile
    var interval: Duration = .seconds(5)
    var spacing: Duration = .milliseconds(100)

    func run() async throws {
        let port = try await dataPlane.startDNS(host: dnsHost, port: dnsPort)
        ready.report(.dns, String(port))
        announce("DNS server (udp, tcp) on \(dnsHost):\(port); a VPC's view is asked from its loopback block, e.g. dig -b 127.1.0.10 @\(dnsHost) -p \(port) <name>")
        await cancelWhenGracefulShutdown {
            var lastSave = ContinuousClock.now
            while !Task.isCancelled {
                let planned = ContinuousClock.now
                var wait = interval
                do {
                    let (plan, next) = try await cloud.networkPlan()
                    for problem in await dataPlane.apply(plan) { announce(problem) }
                    if let next {
                        wait = min(wait, .milliseconds(max(20, Int(next.timeIntervalSinceNow * 1000) + 10)))
                    }
                } catch {
                    announce("data plane: cannot read the cloud's state: \(error)")
                }
                if ContinuousClock.now - lastSave > .seconds(10) {
                    try? dataPlane.meter.save()
                    lastSave = .now
                }
                await cloud.changes.wait(timeout: wait)
                try? await Task.sleep(until: planned + spacing)
            }
        }
        await dataPlane.stop()
    }
}
