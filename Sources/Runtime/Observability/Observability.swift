import Config
import Foundation
import Logging
import Metrics
import Prometheus
import Shared

/// Process-wide logging and metrics set-up, done once by each executable's entry point.
public enum Observability {
    /// Sends logs to standard error at `level` and metrics to a Prometheus registry,
    /// which the process exposes on `/metrics`.
    public static func bootstrap(level: Logger.Level, format: LogFormat = .text) -> PrometheusCollectorRegistry {
        LoggingSystem.bootstrap { label in
            // Every value cut to size, and in text logs control characters escaped (LogHygiene).
            switch format {
            case .json:
                return HygienicLogHandler(JSONLogHandler(label: label, level: level), escaping: false)
            case .text:
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return HygienicLogHandler(handler, escaping: true)
            }
        }
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = latencyBuckets
        // Hummingbird's request timer gets the unit suffix Prometheus conventions ask for.
        factory.nameAndLabelSanitizer = { name, labels in
            (name == "http.server.request.duration" ? "http_server_request_duration_seconds" : name, labels)
        }
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// Buckets from 100 µs to 15 s: turn latencies are sub-millisecond when healthy and
    /// approach Twilio's 15-second limit only when something is wrong.
    public static let latencyBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(15),
    ]

    /// A process-unique name such as `gw-host-1234-9f3a`, safe to use inside Redis keys.
    public static func instanceName(prefix: String) -> String {
        let host = ProcessInfo.processInfo.hostName.unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "-" }
            .prefix(32)
        let random = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return "\(prefix)-\(String(host))-\(ProcessInfo.processInfo.processIdentifier)-\(random)"
    }
}
