import Foundation

/// The lines `loop capacity` prints: what was run on what, one line per level, and the result
/// beside the floor.
struct CapacityReport {
    let options: CapacityOptions

    static let roles = ["gateway", "brain", "redis", "loop"]

    func header(machine: MachineDescription) -> String {
        let pacing = options.pacing
        return """
            Machine: \(machine.line); \(Date().formatted(.iso8601))
            Callers think \(Self.number(pacing.think)) s ±\(Int(pacing.jitter * 100)) % between turns; calls join at \(pacing.rate.map { "\(Self.number($0))/s" } ?? "a steady rate over \(Self.number(pacing.ramp)) s"); \
            \(Self.number(pacing.settle)) s settle, \(Self.number(pacing.window)) s measured per level; target p99 ≤ \(Self.number(options.target * 1000)) ms
            Bounds: \(Self.number(options.maxSeconds)) s, \(options.maxCalls) calls; search from \(options.start) calls, ×\(Self.number(options.factor)), \
            then halving to within \(Int(options.resolution * 100)) %
            """
    }

    func levelHeader(mode: String, idle: CapacityOutcome.ModeOutcome) -> String {
        let cpu = Self.roles.map { idle.idleCPU[$0].map { String(format: "%.1f", $0 * 1000) } ?? "-" }.joined(separator: "/")
        let redis = idle.idleRedisPerSecond.map { String(format: "%.0f", $0) } ?? "-"
        return """

            \(mode == "gather" ? "<Gather> webhooks (webhook → TwiML)" : "ConversationRelay sockets (prompt → first token)"):
            idle, no calls: CPU ms/s gw/brain/redis/loop \(cpu); Redis \(redis) commands/s
            mode    calls  offered/s answered/s   p50 ms   p99 ms   max ms holds apol fail | CPU µs/turn gw/brain/redis/loop | core % gw/brain/redis/loop | RSS MiB gw/brain | Redis ops/turn (net of idle) | gw KiB/call
            """
    }

    func line(_ level: CapacityLevelResult) -> String {
        let turns = level.turns
        let perTurn = Self.roles.map { level.cpuPerTurn($0).map { String(format: "%.0f", $0) } ?? "-" }.joined(separator: "/")
        let cores = Self.roles.map { level.coreShare($0).map { String(format: "%.0f", $0 * 100) } ?? "-" }.joined(separator: "/")
        let resident = ["gateway", "brain"].map { level.resident[$0].map { String($0 >> 20) } ?? "-" }.joined(separator: "/")
        let tenths = { (value: Double?) in value.map { String(format: "%.1f", $0) } ?? "-" }
        let ops = "\(tenths(level.redisCallsPerTurn)) (\(tenths(level.turnRedisCallsPerTurn)))"
        let perCall = level.mode == "floor" ? "-" : level.bytesPerCall.map { String(format: "%.1f", $0 / 1024) } ?? "-"
        let verdict = level.mode == "floor" ? "floor" : level.cutShort ? "cut short" : level.passed ? "held" : "missed"
        return String(
            format: "%-6@ %6d %10.1f %10.1f %8.2f %8.2f %8.1f %5d %4d %4d | %@ | %@ | %@ | %@ | %@  %@",
            level.mode as NSString, level.calls, turns.offeredPerSecond, turns.answeredPerSecond, turns.latency.p50 * 1000, turns.latency.p99 * 1000,
            turns.latency.max * 1000, turns.holds, turns.apologies, turns.failures, perTurn as NSString, cores as NSString, resident as NSString,
            ops as NSString, perCall as NSString, verdict as NSString)
    }

    func summary(_ outcome: CapacityOutcome) -> String {
        var lines = ["", "Calls held at p99 ≤ \(Self.number(options.target * 1000)) ms:"]
        for mode in outcome.modes {
            let name = mode.mode == .gather ? "<Gather> webhooks" : "ConversationRelay"
            var text = "  \(name): "
            if let held = mode.held, let level = mode.levels.last(where: { $0.calls == held && $0.passed }) {
                text += String(
                    format: "%d calls (%.1f turns/s answered, p50 %.2f ms, p99 %.2f ms)", held, level.turns.answeredPerSecond,
                    level.turns.latency.p50 * 1000, level.turns.latency.p99 * 1000)
            } else {
                text += "none of the levels tried"
            }
            if let missed = mode.levels.filter({ !$0.passed && !$0.cutShort }).min(by: { $0.calls < $1.calls }) {
                text += String(
                    format: "; %d calls missed (p99 %.1f ms, %d apologies, %d failures)", missed.calls, missed.turns.latency.p99 * 1000, missed.turns.apologies,
                    missed.turns.failures)
            }
            text += "; \(mode.ending)"
            lines.append(text)
            if let floor = mode.floor {
                lines.append(
                    String(
                        format: "    floor, GET %@ at %d calls, same pacing: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d requests, %d failed)",
                        (options.floorPath ?? "") as NSString, floor.calls, floor.turns.latency.p50 * 1000, floor.turns.latency.p99 * 1000,
                        floor.turns.latency.max * 1000, floor.turns.offered, floor.turns.failures))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "6", "0.5", "12.25": no trailing zeros.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)
    }
}
