import Foundation
import NIOPosix

/// The machine a run measured: what a figure is worth depends on it, and on what else was running.
public struct MachineDescription: Sendable, Equatable {
    public var cores: Int
    public var model: String
    public var memoryBytes: Int
    /// `/proc/loadavg`'s 1-minute load when the run began (other builds show here).
    public var load: Double

    /// `model name` of `/proc/cpuinfo`'s first processor.
    public static func model(cpuinfo: String) -> String? {
        for line in cpuinfo.split(separator: "\n") where line.hasPrefix("model name") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func current() async -> MachineDescription {
        let texts = try? await NIOThreadPool.singleton.runIfActive {
            (
                (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "",
                (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
            )
        }
        let (cpuinfo, loadavg) = texts ?? ("", "")
        return MachineDescription(
            cores: ProcessInfo.processInfo.activeProcessorCount, model: model(cpuinfo: cpuinfo) ?? "unknown CPU",
            memoryBytes: Int(ProcessInfo.processInfo.physicalMemory), load: loadavg.split(separator: " ").first.flatMap { Double($0) } ?? .nan)
    }

    public var line: String {
        String(format: "%@, %d cores (nproc), %.1f GiB; load average %.2f at start", model, cores, Double(memoryBytes) / Double(1 << 30), load)
    }
}
