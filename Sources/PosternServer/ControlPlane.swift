import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import PosternCloud
import PosternDataPlane
import PosternStore

/// The control plane's HTTP routes: the generated API behind authentication, plus `/healthz`
/// `/openapi.yaml` and, with a data plane's meter, `/metrics`. Usage is read from `usage`.
public enum ControlPlane {
    public static func router(store: any Store, usage: (any UsageSource)? = nil, meter: UsageMeter? = nil) throws
        -> Router<BasicRequestContext>
    {
        let router = Router()
        router.add(middleware: Authenticator(store: store))
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/openapi.yaml") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OpenAPIDocument.data())))
        }
        if let meter {
            router.get("/metrics") { _, _ in
                var headers = HTTPFields()
                headers[.contentType] = "text/plain; version=0.0.4"
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: meter.prometheusText())))
            }
        }
        try API(store: store, usageSource: usage).registerHandlers(on: router, middlewares: [ErrorMiddleware()])
        return router
    }
}
