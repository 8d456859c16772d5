import Foundation
import HospitalSearch
import Hummingbird
import Logging
import NIOPosix
import Prometheus
import Redis
import Runtime
import ServiceLifecycle
import Shared
import Twilio

/// Wires a brain together: the loaded network, the turn consumers, presence and recovery,
/// reload on SIGHUP, and a small HTTP endpoint for `/metrics` and `/health`.
struct BrainApplication {
    let configuration: BrainConfiguration
    let holder: NetworkHolder
    let registry: PrometheusCollectorRegistry
    let logger: Logger

    /// Loads the network list; a list that cannot be used stops the brain here with one clear message.
    init(configuration: BrainConfiguration, registry: PrometheusCollectorRegistry, logger: Logger) throws(NetworkListError) {
        self.configuration = configuration
        self.registry = registry
        self.logger = logger
        switch HospitalDirectory.load(path: configuration.hospitalsCSV, logger: logger) {
        case .success(let directory): holder = NetworkHolder(directory)
        case .failure(let error): throw error
        }
        // The languages' word lists are built before the first caller, not on their first turn.
        Interpreter.prepare()
    }

    func services() -> [any Service] {
        let workerID = Observability.instanceName(prefix: "brain")
        let metrics = BrainMetrics()
        let processor = TurnProcessor(
            configuration: configuration, holder: holder, logger: logger, metrics: metrics)
        let redis = RedisClient(endpoint: configuration.redis, connections: 2, commandTimeout: .seconds(2), name: "brain-redis", logger: logger)
        let presence = WorkerPresence(
            workerID: workerID, redis: redis, keys: configuration.keys, holder: holder, consumers: configuration.consumers,
            startedAt: Date.nowMilliseconds, logger: logger, metrics: metrics
        )
        var services: [any Service] = [
            redis,
            presence,
            TurnConsumers(configuration: configuration, processor: processor, redis: redis, workerID: workerID, logger: logger),
            CallRecordCloser(store: configuration.records, redis: redis, logger: logger),
        ]
        let (holder, path, logger) = (self.holder, configuration.hospitalsCSV, self.logger)
        if configuration.followUploads {
            let watcher = NetworkWatcher(holder: holder, store: NetworkStore(keys: configuration.keys), redis: redis, fallbackPath: path, logger: logger)
            services.append(watcher)
            services.append(NetworkReloader(source: "the list uploaded to Redis", reload: { await watcher.reloadCurrent() }, logger: logger))
        } else {
            // Read and indexed off the event loops, like an uploaded list.
            let reload: @Sendable () async -> Void = { _ = try? await NIOThreadPool.singleton.runIfActive { holder.reload(path: path, logger: logger) } }
            services.append(NetworkReloader(source: path, reload: reload, logger: logger))
        }
        if let access = configuration.twilio {
            let client = TwilioRESTClient(baseURL: access.baseURL, credentials: access.credentials, attempts: 2, logger: logger)
            services.append(
                OutboxSender(
                    outbox: Outbox(keys: configuration.keys, lease: configuration.outboxLease), records: configuration.records,
                    notices: SessionNotices(keys: configuration.keys), redis: redis, twilio: client, access: access, logger: logger,
                    smsPolicy: configuration.canText ? configuration.sms : nil))
        }
        if configuration.metricsPort != 0 {
            services.append(statusServer(workerID: workerID))
        }
        if let sentinel = configuration.redis.sentinel { services.append(SentinelWatcher(sentinel: sentinel, logger: logger)) }
        logger.notice(
            "Brain started",
            metadata: [
                "worker": "\(workerID)", "consumers": "\(configuration.consumers)", "redis": "\(configuration.redis)",
                "hospitals": "\(holder.directory.count)",
            ])
        return services
    }

    /// `/metrics` and `/health` of this brain, for Prometheus and container health checks.
    private func statusServer(workerID: String) -> some Service {
        let router = Router()
        let holder = self.holder
        MetricsController(registry: registry).addRoutes(to: router)
        router.get("/health") { _, _ in
            BrainHealth(status: "ok", worker: workerID, hospitals: holder.directory.count, network: holder.directory.fingerprint)
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.metricsHost, port: configuration.metricsPort), serverName: "loop-ai-brain"),
            logger: logger
        )
    }
}

/// The JSON of a brain's `/health`.
struct BrainHealth: ResponseEncodable {
    let status: String
    let worker: String
    let hospitals: Int
    let network: String
}
