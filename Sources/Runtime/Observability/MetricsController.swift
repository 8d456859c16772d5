import Hummingbird
import Prometheus

/// `GET /metrics`: every swift-metrics value of this process in Prometheus' text format. Each
/// brain's status server and the gateway's metrics listener mount it, and the gateway's main
/// router behind the admin token.
public struct MetricsController: Sendable {
    let registry: PrometheusCollectorRegistry

    public init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    public func addRoutes<Context: RequestContext>(to router: some RouterMethods<Context>) {
        router.get("/metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }
}
