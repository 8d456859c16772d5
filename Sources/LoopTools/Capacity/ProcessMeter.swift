import Foundation
import NIOPosix

/// CPU time and resident memory of a process on this machine, read from `/proc` (Linux).
public struct ProcessMeter: Sendable {
    public let pid: Int32

    public init(pid: Int32) { self.pid = pid }

    /// One reading: CPU seconds used so far (user + system) and resident bytes now.
    public struct Reading: Sendable, Equatable {
        public var cpuSeconds: Double
        public var residentBytes: Int
    }

    /// Reads `/proc/<pid>/stat` and `/proc/<pid>/status` off the cooperative pool (file reads
    /// block, however briefly); nil once the process is gone.
    public func read() async -> Reading? {
        let pid = pid
        let texts = try? await NIOThreadPool.singleton.runIfActive {
            (try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))
        }
        guard let (stat, status) = texts, let ticks = Self.cpuTicks(stat: stat), let bytes = Self.residentBytes(status: status) else { return nil }
        return Reading(cpuSeconds: Double(ticks) / Self.ticksPerSecond, residentBytes: bytes)
    }

    /// Clock ticks per second of `/proc`'s times.
    static let ticksPerSecond = Double(max(1, sysconf(Int32(_SC_CLK_TCK))))

    /// User + system clock ticks from a `/proc/<pid>/stat` line. The command name (field 2) is in
    /// parentheses and may itself hold spaces and parentheses, so fields are counted after the last `)`.
    public static func cpuTicks(stat: String) -> Int? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        // After the name: state is field 3, utime field 14, stime field 15.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    /// `VmRSS` from `/proc/<pid>/status`, in bytes.
    public static func residentBytes(status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            // "VmRSS:\t   41234 kB": a tab, then spaces.
            let parts = line.dropFirst(6).split(whereSeparator: \.isWhitespace).map(String.init)
            guard let value = parts.first.flatMap({ Int($0) }) else { return nil }
            let unit = parts.count > 1 ? parts[1].lowercased() : "kb"
            return unit == "kb" ? value * 1024 : unit == "mb" ? value << 20 : value
        }
        return nil
    }
}
