import Foundation
import Synchronization

@testable import Redis
@testable import Shared

/// A real `redis-server` on a free loopback port, for one test or suite.
final class RedisServer: Sendable {
    let port: Int
    let directory: URL
    let password: String?
    /// The primary's port, for a replica.
    let replicaOf: Int?
    /// More `redis-server` options (a cluster node's).
    let extraArguments: [String]
    private let processBox: ProcessBox

    /// - Parameters:
    ///   - persistent: turn on append-only persistence (for restart tests), as `docs/operations.md` recommends.
    init(
        password: String? = nil, persistent: Bool = false, port: Int? = nil, directory: URL? = nil, replicaOf: Int? = nil, extraArguments: [String] = []
    ) async throws {
        self.replicaOf = replicaOf
        self.extraArguments = extraArguments
        self.port = port ?? freePort()
        self.directory = try directory ?? TestPaths.temporaryDirectory("redis")
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        self.password = password
        self.processBox = ProcessBox()
        try await start(persistent: persistent)
    }

    var endpoint: RedisEndpoint {
        RedisEndpoint(address: .tcp(host: "127.0.0.1", port: port), password: password)
    }

    var url: String {
        password.map { "redis://:\($0)@127.0.0.1:\(port)/0" } ?? "redis://127.0.0.1:\(port)/0"
    }

    func start(persistent: Bool = false) async throws {
        var arguments = ["--port", String(port), "--bind", "127.0.0.1", "--dir", directory.path, "--save", ""]
        arguments += persistent ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"]
        if let password { arguments += ["--requirepass", password] }
        if let replicaOf { arguments += ["--replicaof", "127.0.0.1", String(replicaOf)] }
        arguments += extraArguments
        let process = try ManagedProcess(name: "redis-\(port)", executable: Self.executable, arguments: arguments, directory: directory)
        processBox.set(process)
        let ready = await eventually(timeout: .seconds(10)) {
            (try? await self.execute(Ask("PING")))?.string == "PONG"
        }
        guard ready else { throw RedisServerError(message: "redis-server did not start on port \(port):\n\(process.log)") }
    }

    func stop() async {
        await processBox.get()?.stop()
    }

    func kill9() async {
        await processBox.get()?.kill9()
    }

    /// The server's process id, for a test run in another process (the browser test pauses it).
    var pid: Int32? { processBox.get()?.pid }

    /// Sends a signal to the server (SIGSTOP freezes it: connections stay open, nothing is answered).
    func signal(_ signal: Int32) {
        processBox.get()?.signal(signal)
    }

    /// A fresh connection for the test's own checks.
    func connection() async throws -> RedisConnection {
        try await RedisConnection.connect(to: endpoint)
    }

    /// Runs one command on a connection of its own, for a test's checks.
    func execute<Command: RedisCommandType>(_ command: Command) async throws -> Command.Response {
        let connection = try await connection()
        defer { Task { await connection.close() } }
        return try await connection.execute(command)
    }

    static var executable: String {
        for candidate in ["/usr/bin/redis-server", "/usr/local/bin/redis-server"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return "redis-server"
    }
}

struct RedisServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Holds the current process of a restartable server.
final class ProcessBox: Sendable {
    private let process = Mutex<ManagedProcess?>(nil)

    func set(_ process: ManagedProcess) { self.process.withLock { $0 = process } }
    func get() -> ManagedProcess? { process.withLock { $0 } }
}
