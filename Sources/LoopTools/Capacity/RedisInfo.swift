import Redis

/// What `INFO commandstats` and `INFO cpu` say about a Redis server: commands served, by name,
/// and the CPU time it has used.
public struct RedisInfo: Sendable, Equatable {
    /// Calls served per command, lower-case (`get`, `evalsha`, `blmove`).
    public var calls: [String: Int] = [:]
    /// `used_cpu_sys` + `used_cpu_user`, seconds.
    public var cpuSeconds: Double = 0

    public init(calls: [String: Int] = [:], cpuSeconds: Double = 0) {
        self.calls = calls
        self.cpuSeconds = cpuSeconds
    }

    /// Parses INFO text (any sections, `\r\n` or `\n` lines). Unknown lines are ignored.
    public init(parsing text: String) {
        var system = 0.0, user = 0.0
        // Redis ends lines with CRLF, which Swift reads as one Character: split on any newline.
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon], value = line[line.index(after: colon)...]
            if name.hasPrefix("cmdstat_") {
                // cmdstat_get:calls=12,usec=40,usec_per_call=3.33,rejected_calls=0,failed_calls=0
                let command = name.dropFirst("cmdstat_".count).lowercased()
                for field in value.split(separator: ",") where field.hasPrefix("calls=") {
                    calls[command] = Int(field.dropFirst("calls=".count))
                }
            } else if name == "used_cpu_sys" {
                system = Double(value) ?? 0
            } else if name == "used_cpu_user" {
                user = Double(value) ?? 0
            }
        }
        cpuSeconds = system + user
    }

    /// Commands served, leaving out the ones the benchmark itself sends to read these figures.
    public var servedCalls: Int {
        calls.filter { $0.key != "info" }.values.reduce(0, +)
    }

    /// Reads both sections from a connection.
    static func read(from connection: RedisConnection) async throws -> RedisInfo {
        let stats = try await connection.execute(INFO(section: "commandstats"))
        let cpu = try await connection.execute(INFO(section: "cpu"))
        return RedisInfo(parsing: stats + "\n" + cpu)
    }
}

/// `INFO section`: the server's own figures, as text.
struct INFO: RedisCommandType {
    typealias Response = String
    static let name = "INFO"
    let section: String

    func encode(into encoder: inout RedisCommandEncoder) {
        encoder.encode(Self.name)
        encoder.encode(section)
    }
}
