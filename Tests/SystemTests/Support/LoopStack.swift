import AsyncHTTPClient
import Foundation
import Synchronization
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// A whole Loop AI stack of real processes on loopback: redis-server, brains and gateways.
///
/// Each test gets its own stack (own ports, own Redis), so tests can run side by side.
final class LoopStack: Sendable {
    let directory: URL
    let redis: RedisServer
    let authToken: String?
    let hospitalsCSV: String
    private let brains = Mutex<[ManagedProcess]>([])
    private let gateways = Mutex<[(process: ManagedProcess, port: Int)]>([])
    /// Each gateway's own `/metrics` listener, by the gateway's port.
    private let metricsPorts = Mutex<[Int: Int]>([:])
    let extraEnvironment: [String: String]

    init(
        brains: Int = 1, gateways: Int = 1, hospitalsCSV: String? = nil, authToken: String? = "test-auth-token-0123456789abcdef",
        persistentRedis: Bool = false, environment: [String: String] = [:]
    ) async throws {
        directory = try TestPaths.temporaryDirectory("stack")
        redis = try await RedisServer(persistent: persistentRedis, directory: directory.appendingPathComponent("redis"))
        self.authToken = authToken
        self.hospitalsCSV = try hospitalsCSV ?? TestPaths.requireNetworkList()
        self.extraEnvironment = environment
        for _ in 0..<brains { try await startBrain() }
        for _ in 0..<gateways { try await startGateway() }
    }

    var environment: [String: String] {
        // Behind a load balancer every gateway checks signatures against the one public URL.
        var env = [
            "REDIS_URL": redis.url, "HOSPITALS_CSV": hospitalsCSV, "LOG_LEVEL": "info", "BRAIN_METRICS_PORT": "0",
            "PUBLIC_URL": Self.publicURL,
        ]
        if let authToken { env["TWILIO_AUTH_TOKEN"] = authToken } else { env["ALLOW_UNSIGNED_WEBHOOKS"] = "true" }
        env.merge(extraEnvironment) { $1 }
        return env
    }

    @discardableResult
    func startBrain(environment extra: [String: String] = [:]) async throws -> ManagedProcess {
        let count = brains.withLock { $0.count }
        let process = try ManagedProcess(
            name: "brain-\(count)", executable: TestPaths.binary("brain"), arguments: ["serve"],
            environment: environment.merging(extra) { $1 }, directory: directory)
        // Generous: the system tier starts many stacks at once on two cores, and each brain loads the
        // real list and prepares its word lists before it says it started (12 s for the list alone
        // seen with seven brains loading together); a brain that fails says so at once.
        let alive = await eventually(timeout: .seconds(90)) {
            process.log.contains("Brain started") || !process.isRunning
        }
        guard alive, process.isRunning else { throw RedisServerError(message: "brain did not start:\n\(process.log)") }
        brains.withLock { $0.append(process) }
        return process
    }

    @discardableResult
    func startGateway(port: Int? = nil, environment extra: [String: String] = [:]) async throws -> Int {
        let port = port ?? freePort()
        let metricsPort = metricsPorts.withLock { $0[port] } ?? freePort()
        metricsPorts.withLock { $0[port] = metricsPort }
        let count = gateways.withLock { $0.count }
        let process = try ManagedProcess(
            name: "gateway-\(count)", executable: TestPaths.binary("gateway"), arguments: ["serve"],
            environment: environment.merging(["PORT": String(port), "HOST": "127.0.0.1", "METRICS_PORT": String(metricsPort)].merging(extra) { $1 }) { $1 },
            directory: directory)
        let up = await eventually(timeout: .seconds(30)) {
            await Self.get("http://127.0.0.1:\(port)/twilio/status") != nil || !process.isRunning
        }
        guard up, process.isRunning else { throw RedisServerError(message: "gateway did not start:\n\(process.log)") }
        gateways.withLock { $0.append((process, port)) }
        return port
    }

    /// Stops gateway `index` gracefully and starts a new one on the same port.
    func restartGateway(_ index: Int) async throws {
        let (process, port) = gateways.withLock { $0[index] }
        await process.stop()
        gateways.withLock { _ = $0.remove(at: index) }
        try await startGateway(port: port)
        gateways.withLock { list in list.insert(list.removeLast(), at: index) }
    }

    /// Stops brain `index` gracefully and starts a new one in its place.
    func restartBrain(_ index: Int) async throws {
        let process = brains.withLock { $0[index] }
        await process.stop()
        brains.withLock { _ = $0.remove(at: index) }
        try await startBrain()
        brains.withLock { list in list.insert(list.removeLast(), at: index) }
    }

    var brainProcesses: [ManagedProcess] { brains.withLock { $0 } }
    var gatewayProcesses: [ManagedProcess] { gateways.withLock { $0.map(\.process) } }
    var gatewayPorts: [Int] { gateways.withLock { $0.map(\.port) } }
    var gatewayURL: String { "http://127.0.0.1:\(gatewayPorts[0])" }
    /// Where the gateway on `port` serves `/metrics` without a token.
    func metricsURL(gateway port: Int) -> String { "http://127.0.0.1:\(metricsPorts.withLock { $0[port] } ?? 0)/metrics" }

    /// The address Twilio is told to call; signatures are computed for it.
    static let publicURL = "https://loop.example.test"

    /// A simulated caller on the first gateway (or `url`), failing over to the others.
    func caller(url: String? = nil) -> CallSimulator {
        let primary = url ?? gatewayURL
        let others = gatewayPorts.map { "http://127.0.0.1:\($0)" }.filter { $0 != primary }
        return CallSimulator(baseURL: primary, fallbackURLs: others, signingBaseURL: Self.publicURL, authToken: authToken)
    }

    /// All process logs, for a failing test's message.
    var logs: String {
        (brainProcesses + gatewayProcesses).map { "--- \($0.name)\n\(String($0.log.suffix(4000)))" }.joined(separator: "\n")
    }

    /// Starts a stack, runs `body` on it, records any error with the processes' logs, and stops it.
    static func with(environment: [String: String] = [:], _ body: (LoopStack) async throws -> Void) async throws {
        let stack = try await LoopStack(environment: environment)
        do {
            try await body(stack)
        } catch {
            Issue.record("\(error)\n\(stack.logs)")
        }
        await stack.shutdown()
    }

    func shutdown() async {
        for process in gatewayProcesses + brainProcesses { await process.stop() }
        await redis.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    static func get(_ url: String) async -> (status: Int, body: String)? {
        do {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 1 << 22)
            return (Int(response.status.code), String(buffer: body))
        } catch {
            return nil
        }
    }
}
