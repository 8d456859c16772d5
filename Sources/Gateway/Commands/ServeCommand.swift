import ArgumentParser
import Config
import Hummingbird
import Logging
import Runtime
import Shared

/// `gateway serve`: runs the webhook server until SIGTERM or SIGINT, then drains it.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve Twilio's webhooks (the default).",
        discussion: """
            Routes: POST /twilio/voice, POST /twilio/process-speech, POST /twilio/reply, GET /twilio/status, \
            GET /health, GET /ready, GET /metrics.

            Settings come from these options, then the environment, then a .env file in the working \
            directory, then the defaults:

            """
                + SettingsHelp.text(for: [
                    .host, .port, .redisURL, .redisSentinels, .redisClusterNodes, .redisSentinelMaster, .redisKeyPrefix, .redisPoolSize, .twilioAccountSID, .twilioAuthToken,
                    .twilioPhoneNumber, .publicURL, .twilioVoice, .twilioLanguage, .replyTimeoutMS, .replyRedirects,
                    .maxBodyBytes, .adminToken, .adminUsers, .rateLimitPerMinute, .corsOrigins, .callRecordsMax, .callRecordsDays, .callRecordGraceSeconds,
                    .logLevel,
                    .logFormat, .eventLoopThreads,
                ] + Setting.console)
    )

    @Option(help: "Address to listen on (HOST).") var host: String?
    @Option(help: "Port to listen on (PORT).") var port: Int?
    @Option(name: .customLong("redis-url"), help: "Redis URL (REDIS_URL).") var redisURL: String?
    @Option(name: .customLong("public-url"), help: "External base URL Twilio calls (PUBLIC_URL).") var publicURL: String?
    @Option(name: .customLong("log-level"), help: "Log level (LOG_LEVEL).") var logLevel: String?

    func run() async throws {
        var overrides: [Setting: String] = [:]
        overrides[.host] = host
        overrides[.port] = port.map(String.init)
        overrides[.redisURL] = redisURL
        overrides[.publicURL] = publicURL
        overrides[.logLevel] = logLevel
        let process = try await ServerProcess.start("gateway", overrides: overrides)
        let configuration = try GatewayConfiguration(settings: process.settings)
        let app = buildGatewayApplication(configuration: configuration, registry: process.registry, logger: process.logger)
        try await app.runService()
    }
}
