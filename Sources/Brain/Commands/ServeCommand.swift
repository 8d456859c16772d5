import ArgumentParser
import Config
import Logging
import Runtime
import ServiceLifecycle
import Shared

/// `brain serve`: loads the network list and answers turns until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer caller turns from Redis (the default).",
        discussion: """
            SIGTERM or SIGINT: stop taking turns, finish the ones in hand, exit.
            SIGHUP: reload the network list; a list that fails to load leaves the old one serving.

            Settings come from these options, then the environment, then a .env file in the working \
            directory, then the defaults:

            """
                + SettingsHelp.text(for: [
                    .redisURL, .redisSentinels, .redisClusterNodes, .redisSentinelMaster, .redisWaitReplicas, .redisKeyPrefix, .hospitalsCSV, .hospitalsSource, .brainConsumers,
                    .sessionTTLSeconds,
                    .humanAgentNumber, .humanAgentCallerID, .twilioAccountSID, .twilioAuthToken, .twilioAPIKey, .twilioAPISecret, .twilioAPIURL, .twilioPhoneNumber,
                    .twilioMessagingServiceSID, .smsDailyLimit, .recordCalls, .publicURL, .callRecordsMax, .callRecordsDays, .callRecordGraceSeconds,
                    .outboxLeaseSeconds,
                    .twilioVoice, .twilioLanguage, .defaultLanguage, .languages, .brainMetricsPort, .logLevel,
                    .logFormat, .eventLoopThreads,
                ])
    )

    @Option(name: .customLong("redis-url"), help: "Redis URL (REDIS_URL).") var redisURL: String?
    @Option(name: .customLong("hospitals-csv"), help: "Network list to load (HOSPITALS_CSV).") var hospitalsCSV: String?
    @Option(help: "Concurrent consumers in this process (BRAIN_CONSUMERS).") var consumers: Int?
    @Option(name: .customLong("metrics-port"), help: "Port of /metrics and /health; 0 turns it off (BRAIN_METRICS_PORT).") var metricsPort: Int?
    @Option(name: .customLong("log-level"), help: "Log level (LOG_LEVEL).") var logLevel: String?

    func run() async throws {
        var overrides: [Setting: String] = [:]
        overrides[.redisURL] = redisURL
        overrides[.hospitalsCSV] = hospitalsCSV
        overrides[.brainConsumers] = consumers.map(String.init)
        overrides[.brainMetricsPort] = metricsPort.map(String.init)
        overrides[.logLevel] = logLevel
        let process = try await ServerProcess.start("brain", overrides: overrides)
        let configuration = try BrainConfiguration(settings: process.settings)
        let logger = process.logger
        let registry = process.registry
        let application: BrainApplication
        do {
            application = try BrainApplication(configuration: configuration, registry: registry, logger: logger)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(78)  // EX_CONFIG: the operator must fix the list or HOSPITALS_CSV.
        }
        let group = ServiceGroup(
            configuration: .init(
                services: application.services(), gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
            ))
        try await group.run()
    }
}
