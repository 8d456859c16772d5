import ArgumentParser
import Config
import Foundation

/// `loop capacity`: how many calls one stack holds at a good latency, open loop.
struct CapacityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "Find how many simultaneous calls a running stack holds with the turn p99 under a target.",
        discussion: """
            Open loop: each of N simulated calls follows a conversation of the load profile \
            (LoadProfile.swift), its caller thinking between turns as people do, and a new call replaces \
            each one that ends, so N calls are held throughout. Calls join at a steady rate. In gather mode \
            every turn is a signed webhook on one keep-alive connection per call, timed to its whole TwiML \
            (keep the think time under the gateway's HEADER_TIMEOUT_SECONDS, 10 s by default, or the \
            connection is closed between turns); in relay mode each call holds one ConversationRelay \
            socket, each prompt timed to its first text token.

            Per level: turns/s offered and answered, p50/p99/max latency, holds, apologies, failures, CPU \
            per turn and share of a core of the gateway, brain, Redis and this load generator (from /proc \
            and INFO cpu; give the pids), resident memory, Redis commands per turn (INFO commandstats) and \
            the gateway's memory growth per held call (per open socket in relay mode). Levels grow by \
            --factor while the p99 holds (and no turn failed or was apologised for), then halve the gap to \
            the first level that missed. The floor, GET --floor-path on the same gateway under the same \
            calls and pacing, is measured after each mode's search. The run stops by itself within \
            --max-seconds and --max-calls. Requests are signed with TWILIO_AUTH_TOKEN when it is set.

            scripts/bench capacity starts a release stack and runs this. Example against a running stack:
              loop capacity --url http://127.0.0.1:8201 --relay-url http://127.0.0.1:8202 --mode both \\
                --gateway-pid 1234 --relay-gateway-pid 1236 --brain-pid 1235 --redis-url redis://127.0.0.1:6579/0
            """
    )

    @Option(help: "The gateway in gather mode (VOICE_MODE=gather).") var url: String = "http://127.0.0.1:8000"
    @Option(name: .customLong("relay-url"), help: "The gateway in relay mode (VOICE_MODE=relay); needed for --mode relay or both.")
    var relayURL: String?
    @Option(help: "gather, relay or both.") var mode: String = "gather"
    @Option(name: .customLong("public-url"), help: "The base URL Twilio signs (the gateway's PUBLIC_URL), when it is not --url.")
    var publicURL: String?
    @Option(help: "Mean seconds a caller thinks between an answer and the next turn.") var think: Double = 6
    @Option(help: "How far a think time strays from the mean, as a fraction (0.25: ±25 %).") var jitter: Double = 0.25
    @Option(help: "Calls started per second while a level ramps up (default: the level's calls spread over --ramp).") var rate: Double?
    @Option(help: "Seconds over which a level's calls join, when --rate is not given.") var ramp: Double = 10
    @Option(
        name: .customLong("idle-seconds"),
        help: "Seconds the stack is watched with no calls before each mode, to read per-turn Redis commands net of its idle traffic.")
    var idleSeconds: Double = 3
    @Option(help: "Seconds after the last call joined before measuring (default: one think time).") var settle: Double?
    @Option(help: "Seconds measured per level.") var seconds: Double = 20
    @Option(name: .customLong("target-p99-ms"), help: "The p99 turn latency a level must keep, milliseconds.") var targetP99: Double = 250
    @Option(help: "Calls held at the first level.") var start: Int = 250
    @Option(help: "How much each level grows while levels pass.") var factor: Double = 2
    @Option(name: .customLong("max-level"), help: "The most calls any level holds.") var maxLevel: Int = 20_000
    @Option(help: "The search ends once the first missed level is within this fraction of the last held one.") var resolution: Double = 0.15
    @Option(name: .customLong("max-seconds"), help: "The whole run's time bound, seconds (no level starts that would not end, with its floor, within it).")
    var maxSeconds: Double = 300
    @Option(name: .customLong("max-calls"), help: "The most calls the whole run places.") var maxCalls: Int = 200_000
    @Option(name: .customLong("floor-path"), help: "What the floor fetches with GET on the same gateway.") var floorPath: String = "/twilio/status"
    @Flag(name: .customLong("no-floor"), help: "Skip the floor.") var noFloor = false
    @Option(name: .customLong("gateway-pid"), help: "The gather gateway's pid, for its CPU and memory.") var gatewayPID: Int32?
    @Option(name: .customLong("relay-gateway-pid"), help: "The relay gateway's pid.") var relayGatewayPID: Int32?
    @Option(name: .customLong("brain-pid"), help: "The brain's pid.") var brainPID: Int32?
    @Option(name: .customLong("redis-url"), help: "Redis to read INFO commandstats and cpu from (default REDIS_URL; 'none' to skip).")
    var redisURL: String?

    func run() async throws {
        let settings = try await Settings.load(overrides: redisURL.flatMap { $0 == "none" ? nil : [.redisURL: $0] } ?? [:])
        var options = CapacityOptions()
        switch mode {
        case "gather": options.modes = [.gather]
        case "relay": options.modes = [.relay]
        case "both": options.modes = [.gather, .relay]
        default: throw ValidationError("--mode must be gather, relay or both")
        }
        if options.modes.contains(.relay), relayURL == nil { throw ValidationError("--mode \(mode) needs --relay-url") }
        guard think > 0, seconds > 0, (rate ?? 1) > 0, ramp >= 0, idleSeconds >= 0, start > 0, maxSeconds > 0, maxCalls > 0 else {
            throw ValidationError("--think, --seconds, --rate, --start, --max-seconds and --max-calls must be above 0 (--ramp and --idle-seconds at least 0)")
        }
        options.gatherURL = url
        options.relayURL = relayURL
        options.publicURL = publicURL
        options.authToken = settings.string(.twilioAuthToken)
        options.idleSeconds = idleSeconds
        options.pacing = CapacityPacing(rate: rate, ramp: ramp, think: think, jitter: jitter, settle: settle ?? think, window: seconds)
        options.target = targetP99 / 1000
        options.start = start
        options.factor = factor
        options.maximum = maxLevel
        options.resolution = resolution
        options.maxSeconds = maxSeconds
        options.maxCalls = maxCalls
        options.floorPath = noFloor ? nil : floorPath
        options.gatewayPID = gatewayPID
        options.relayGatewayPID = relayGatewayPID
        options.brainPID = brainPID
        options.redis = redisURL == "none" ? nil : try settings.redisEndpoint()
        _ = try await CapacityRun(options: options).run()
    }
}
