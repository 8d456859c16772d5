import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import Prometheus
import Runtime
import ServiceLifecycle
import Redis
import Shared
import Twilio

/// Builds the gateway: router, middleware, Redis pool, reply listener, and the order they stop in.
///
/// - Parameters:
///   - registry: the Prometheus registry `/metrics` exposes (the one swift-metrics was bootstrapped with).
func buildGatewayApplication(
    configuration: GatewayConfiguration,
    registry: PrometheusCollectorRegistry,
    logger: Logger
) -> some ApplicationProtocol {
    let gatewayID = Observability.instanceName(prefix: "gw")
    let redis = RedisClient(endpoint: configuration.redis, connections: configuration.redisPoolSize, name: "gateway-redis", logger: logger)
    let waiters = ReplyWaiters()
    let relay = TurnRelay(redis: redis, keys: configuration.keys, gatewayID: gatewayID, waiters: waiters)
    let listener = ReplyListener(endpoint: configuration.redis, list: relay.replyList, waiters: waiters, logger: logger)
    let conversations = ConversationKeys(secret: configuration.sessionSecret, redis: redis, keys: configuration.keys)

    let router = Router(context: GatewayRequestContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ErrorShapeMiddleware())
    router.add(middleware: NoStoreMiddleware())
    TwilioController(relay: relay, conversations: conversations, configuration: configuration).addRoutes(to: router)
    CallbacksController(redis: redis, configuration: configuration).addRoutes(to: router)
    let pages = WebPageController(languages: configuration.languages)
    let sessions = AdminSessions(
        redis: redis, keys: configuration.keys, adminToken: configuration.adminToken, adminUsers: configuration.adminUsers)
    AdminLoginController(redis: redis, configuration: configuration, sessions: sessions).addRoutes(to: router)
    AdminController(redis: redis, configuration: configuration, sessions: sessions, pages: pages).addRoutes(to: router)
    let callers = CallerIndex(redis: redis, keys: configuration.keys, conversations: conversations, retentionDays: configuration.records.retentionDays)
    AdminCallsController(redis: redis, configuration: configuration, sessions: sessions, pages: pages, callers: callers).addRoutes(to: router)
    AdminVoicemailsController(redis: redis, configuration: configuration, sessions: sessions).addRoutes(to: router)
    let twilio = configuration.twilioCredentials.map { TwilioRESTClient(baseURL: configuration.twilioAPIURL, credentials: $0, logger: logger) }
    AdminRecordingsController(configuration: configuration, sessions: sessions, twilio: twilio).addRoutes(to: router)
    let queue = CallbackQueue(redis: redis, records: configuration.records, keys: configuration.keys, hours: configuration.workingHours)
    AdminQueueController(redis: redis, configuration: configuration, sessions: sessions, queue: queue).addRoutes(to: router)
    NetworkUploadController(redis: redis, configuration: configuration, sessions: sessions).addRoutes(to: router)
    ConverseController(relay: relay, redis: redis, conversations: conversations, configuration: configuration).addRoutes(to: router)
    pages.addRoutes(to: router)
    HealthController(
        redis: redis, keys: configuration.keys, gatewayID: gatewayID, webhookSignatures: configuration.webhookSignatures,
        adminToken: configuration.adminToken, wrongTokens: .bearer(redis: redis, keys: configuration.keys), trusted: configuration.trustedProxies)
        .addRoutes(to: router)
    // Counts of calls, texts, logins and reveals are for operators: on the main port only with
    // the admin token, openly only on the metrics listener (loopback unless set otherwise).
    MetricsController(registry: registry).addRoutes(to: router.group().add(middleware: AdminAuthMiddleware(configuration: configuration, sessions: sessions)))
    let sockets = RelaySockets(relay: relay, configuration: configuration, conversations: conversations)
    sockets.addRoutes(to: router)

    var app = Application(
        router: router,
        server: server(configuration, sockets: sockets),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "loop-ai-gateway"),
        onServerRunning: { channel in
            logger.notice(
                "Gateway listening",
                metadata: [
                    "address": "\(channel.localAddress?.description ?? "?")", "gateway": "\(gatewayID)",
                    "redis": "\(configuration.redis)", "signatures": "\(configuration.webhookSignatures)",
                ])
            if configuration.authToken == nil {
                // Said loudly: a production gateway without a token either lets anyone post as
                // Twilio (ALLOW_UNSIGNED_WEBHOOKS=true) or refuses every call.
                logger.critical(
                    configuration.allowUnsignedWebhooks
                        ? "TWILIO_AUTH_TOKEN is not set and ALLOW_UNSIGNED_WEBHOOKS=true: anyone can post webhooks as Twilio. Local development only."
                        : "TWILIO_AUTH_TOKEN is not set: every Twilio webhook is refused (403). Set it, or ALLOW_UNSIGNED_WEBHOOKS=true for local development.")
            }
        },
        logger: logger
    )
    // Stopped in reverse order: the server drains its requests first, then the listener, then Redis.
    app.addServices(redis, listener)
    if configuration.adminEnabled || configuration.alerts.sendsAnything {
        let notifier = AlertNotifier(channels: configuration.alerts, days: configuration.records.days, logger: logger)
        let report = DailyReportMaker(redis: redis, configuration: configuration, queue: queue, notifier: notifier)
        let alerts = AlertWatch(redis: redis, configuration: configuration, notifier: notifier, report: report, logger: logger)
        app.addServices(ConsoleWatcher(queue: configuration.adminEnabled ? queue : nil, alerts: alerts, logger: logger))
    }
    if configuration.metricsPort != 0 { app.addServices(metricsServer(configuration, registry: registry, logger: logger)) }
    if let sentinel = configuration.redis.sentinel { app.addServices(SentinelWatcher(sentinel: sentinel, logger: logger)) }
    return app
}

/// `/metrics` alone, on `METRICS_HOST:METRICS_PORT`, as each brain serves its own: Prometheus
/// scrapes it there without a token, and the webhook port does not show it to the world.
func metricsServer(_ configuration: GatewayConfiguration, registry: PrometheusCollectorRegistry, logger: Logger) -> some Service {
    let router = Router()
    MetricsController(registry: registry).addRoutes(to: router)
    let (header, body) = (TimeAmount(configuration.headerTimeout), TimeAmount(configuration.bodyTimeout))
    return Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ReadDeadlines(header: header, body: body)])),
        configuration: .init(address: .hostname(configuration.metricsHost, port: configuration.metricsPort), serverName: "loop-ai-gateway-metrics"),
        onServerRunning: { channel in
            logger.notice("Gateway metrics listening", metadata: ["address": "\(channel.localAddress?.description ?? "?")"])
        },
        logger: logger
    )
}

/// HTTP/1 with every request read against deadlines; in relay mode, upgrading `/twilio/relay` to
/// ConversationRelay's WebSocket as well. A gather-mode gateway keeps the plain server: the
/// upgrade check costs every request a little, and nothing there needs it.
func server(_ configuration: GatewayConfiguration, sockets: RelaySockets) -> HTTPServerBuilder {
    let (header, body) = (TimeAmount(configuration.headerTimeout), TimeAmount(configuration.bodyTimeout))
    guard configuration.voiceMode == .relay else {
        return .http1(configuration: .init(additionalChannelHandlers: [ReadDeadlines(header: header, body: body)]))
    }
    return HTTPServerBuilder { responder in
        FirstRequestDeadlineChannel(
            inner: HTTP1WebSocketUpgradeChannel(
                responder: responder,
                configuration: .init(
                    http1: .init(additionalChannelHandlers: [ReadDeadlines(header: header, body: body)]),
                    // A socket Loop AI closes is gone within seconds even if the other side never answers the close.
                    ws: .init(maxFrameSize: RelayCall.maximumMessage, closeTimeout: .seconds(3))),
                shouldUpgrade: { request, _, logger in sockets.shouldUpgrade(request, logger: logger) }),
            header: header)
    }
}
