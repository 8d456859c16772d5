import Config
import Logging
import Prometheus
import Shared

/// What every long-running Loop AI process does before its own work: read the settings, set up
/// logging and metrics from them, and name its logger.
public struct ServerProcess: Sendable {
    public let settings: Settings
    /// The registry `/metrics` exposes; swift-metrics reports into it.
    public let registry: PrometheusCollectorRegistry
    public let logger: Logger

    /// - Parameter overrides: the values given as command-line options.
    public static func start(_ label: String, overrides: [Setting: String]) async throws -> ServerProcess {
        let settings = try await Settings.load(overrides: overrides)
        let level = try settings.logLevel()
        let registry = Observability.bootstrap(level: level, format: try settings.logFormat())
        var logger = Logger(label: label)
        logger.logLevel = level
        return ServerProcess(settings: settings, registry: registry, logger: logger)
    }
}
