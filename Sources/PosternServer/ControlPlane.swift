import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import PosternStore

/// The control plane's HTTP routes: the generated API behind authentication, plus `/healthz`
/// and `/openapi.yaml`.
public enum ControlPlane {
    public static func router(store: any Store) throws -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: Authenticator(store: store))
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/openapi.yaml") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OpenAPIDocument.data())))
        }
        try API(store: store).registerHandlers(on: router, middlewares: [ErrorMiddleware()])
        return router
    }
}
