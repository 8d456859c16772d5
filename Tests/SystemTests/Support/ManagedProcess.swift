import Foundation
import Synchronization

/// A child process started by a test (redis-server, gateway, brain, nginx), stopped with it.
///
/// Output goes to a log file that a failing test can print.
final class ManagedProcess: Sendable {
    let name: String
    let process: Process
    let logPath: String

    init(name: String, executable: String, arguments: [String], environment: [String: String] = [:], directory: URL) throws {
        self.name = name
        self.logPath = directory.appendingPathComponent("\(name).log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process = Process()
        // The test runner ignores SIGTERM/SIGINT (its service groups trap them), and ignored
        // signals survive exec: reset them so the child can be stopped the way an operator would.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=TERM,INT,HUP", executable] + arguments
        var env = ProcessInfo.processInfo.environment
        // Tests never read the developer's .env or credentials by accident.
        for key in [
            "TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID", "TWILIO_PHONE_NUMBER", "PUBLIC_URL", "REDIS_URL", "HOSPITALS_CSV", "HUMAN_AGENT_NUMBER",
            "ADMIN_TOKEN", "RECORD_CALLS", "TWILIO_API_URL", "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_MESSAGING_SERVICE_SID",
            "ALERT_WEBHOOK_URL", "ALERT_EMAIL_TO", "ALERT_SMTP_URL",
        ] {
            env[key] = nil
        }
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = directory
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    /// Runs a short command to completion (a tool such as `loop report`); its output and errors together.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try runWithStatus(executable, arguments).output
    }

    /// The same, with the exit status.
    static func runWithStatus(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// SIGTERM, then wait up to `timeout` for the process to exit.
    func stop(timeout: Duration = .seconds(10)) async {
        guard process.isRunning else { return }
        process.terminate()
        await waitForExit(timeout: timeout)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// SIGKILL, as a crash would.
    func kill9() async {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        await waitForExit(timeout: .seconds(5))
    }

    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    func waitForExit(timeout: Duration) async {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// A free TCP port on loopback, below the kernel's ephemeral range (32768–60999 on Linux).
/// A port the kernel hands out for `bind(0)` can be handed out again as the local end of any outgoing
/// connection before the process it was meant for binds it ("Address already in use" in CI); ports
/// below the range are only ever taken by an explicit bind, so one counter per test process keeps them apart.
func freePort() -> Int {
    while true {
        let candidate = nextPort.withLock { next -> Int in
            defer { next = next + 1 >= 32_000 ? 20_000 : next + 1 }
            return next
        }
        if canBind(candidate) { return candidate }
    }
}

private let nextPort = Mutex(20_000 + Int(getpid() % 60) * 200)

private func canBind(_ port: Int) -> Bool {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    let length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) } }
    return bound == 0
}

/// Waits until `check` succeeds or the time runs out.
func eventually(timeout: Duration = .seconds(20), interval: Duration = .milliseconds(50), _ check: () async -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await check() { return true }
        try? await Task.sleep(for: interval)
    }
    return await check()
}
