import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import PosternControl
import PosternStore

/// The control plane's HTTP routes: the generated API behind authentication, plus `/healthz`
/// `/openapi.yaml`, the console at `/console/` and, given `metrics` (Prometheus text), `/metrics`. What only a cloud knows
/// (a region's platform network, usage) is asked of `providers`. `rateLimit`: requests a minute
/// for each API key (0 for none); `lease`: how long a silent replica is still ACTIVE.
public enum ControlPlane {
    public static func router(
        store: any Store, providers: CloudProviders = .none, metrics: (@Sendable () -> String)? = nil, rateLimit: Int = 0,
        lease: TimeInterval = 15
    ) throws -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.add(middleware: MethodNotAllowed(document: try OpenAPIDocument.data()))
        router.add(middleware: Authenticator(store: store, rateLimit: rateLimit))
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/openapi.yaml") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OpenAPIDocument.data())))
        }
        if let metrics {
            router.get("/metrics") { _, _ in
                var headers = HTTPFields()
                headers[.contentType] = "text/plain; version=0.0.4"
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: metrics())))
            }
        }
        try ConsoleRoutes.register(on: router, store: store)
        try API(store: store, providers: providers, lease: lease).registerHandlers(
            on: router, middlewares: [ErrorMiddleware(), Authorization(), NullFields(document: try OpenAPIDocument.data())])
        return router
    }
}
