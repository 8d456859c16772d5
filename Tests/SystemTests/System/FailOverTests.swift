import Foundation
import Synchronization
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Redis
@testable import Shared
@testable import Twilio

/// Redis fail-over under load through real processes: a primary, a replica and three sentinels;
/// two gateways and two brains follow the primary through the sentinels.
@Suite("Redis fail-over", .serialized, .timeLimit(.minutes(3)))
struct FailOverTests {
    /// What callers saw while the primary was killed.
    struct Tally: Sendable {
        var answered = 0
        var apologies = 0
        var holds = 0
        /// Webhooks that got no TwiML that listens (or ends the call): a caller would have heard an error.
        var broken = 0
        /// Seconds from the kill to each caller's first real answer after it.
        var recovery: [Double] = []
    }

    /// The tally and the moment of the kill, shared by the callers' tasks.
    final class Record: Sendable {
        let tally = Mutex(Tally())
        let killedAt = Mutex<ContinuousClock.Instant?>(nil)
        /// Call → answers the caller heard (each one a committed turn).
        let heard = Mutex<[String: Int]>([:])
    }

    @Test("kill -9 of the primary under load: every webhook gets TwiML that listens, every call keeps its session")
    func primaryKilledUnderLoad() async throws {
        let cluster = try await SentinelCluster()
        let stack = try await LoopStack(brains: 2, gateways: 2, environment: cluster.environment.merging(["REDIS_WAIT_REPLICAS": "200"]) { $1 })
        let record = Record()
        let end = ContinuousClock.now + .seconds(15)
        let urls = stack.gatewayPorts.map { "http://127.0.0.1:\($0)" }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: .seconds(4))
                record.killedAt.withLock { $0 = .now }
                await cluster.primary.kill9()
            }
            for index in 0..<16 {
                group.addTask {
                    let caller = stack.caller(url: urls[index % urls.count])
                    do {
                        _ = try await caller.start()
                        let first = try await caller.say("Tell me 3 hospitals in Pune")
                        #expect(first.text.contains("219 network hospitals in Pune"))
                    } catch {
                        record.tally.withLock { $0.broken += 1 }
                        return
                    }
                    var recovered = false
                    var answers = 2
                    while ContinuousClock.now < end {
                        do {
                            let exchange = try await caller.say("how many hospitals are in Kolkata")
                            let listens = { if case .gather = exchange.next { return true } else { return false } }()
                            let real = exchange.text.contains("160 network hospitals in Kolkata")
                            if real { answers += 1 }
                            let killed = record.killedAt.withLock { $0 }
                            record.tally.withLock { tally in
                                if !listens { tally.broken += 1 }
                                if real { tally.answered += 1 } else if exchange.text.contains("One moment") { tally.holds += 1 } else { tally.apologies += 1 }
                                if real, !recovered, let killed {
                                    recovered = true
                                    tally.recovery.append((ContinuousClock.now - killed).seconds)
                                }
                            }
                        } catch {
                            record.tally.withLock { $0.broken += 1 }
                        }
                        try? await Task.sleep(for: .milliseconds(100))
                    }
                    // The call continues with its session: "yes" answers the question the count asked.
                    let yes = try? await caller.say("yes")
                    #expect(yes?.text.contains("Here are three") == true, "\(yes?.text ?? "no answer")")
                    if yes?.text.contains("Here are three") == true { answers += 1 }
                    record.heard.withLock { $0[caller.callSid] = answers }
                }
            }
        }
        let result = record.tally.withLock { $0 }
        print(
            "Fail-over under load: \(result.answered) answered, \(result.apologies) apologies, \(result.holds) holds, \(result.broken) broken; "
                + "first real answer after the kill: \(String(format: "%.2f", result.recovery.min() ?? -1))–\(String(format: "%.2f", result.recovery.max() ?? -1)) s"
        )
        #expect(result.broken == 0, "\(stack.logs)\n\(cluster.logs)")
        #expect(result.recovery.count == 16, "every caller got real answers again: \(result.recovery.count)/16\n\(cluster.logs)")
        #expect(await cluster.currentPrimaryPort() == cluster.replica.port)
        // With REDIS_WAIT_REPLICAS on, every answer a caller heard is in the session on the new primary.
        let newPrimary = try await cluster.replica.connection()
        for (call, count) in record.heard.withLock({ $0 }) {
            let version = try await newPrimary.execute(HGET(RedisKeys().session(call: CallSid(call)!), "version"))?.int ?? 0
            #expect(version >= count, "call \(call): \(count) answers heard, session version \(version)")
        }
        // The old primary comes back as a replica; nothing writes to it, and calls go on.
        try await cluster.primary.start()
        let demoted = await eventually(timeout: .seconds(20), interval: .milliseconds(200)) {
            (try? await cluster.primary.execute(Ask("ROLE")).array?.first?.string) == "slave"
        }
        #expect(demoted, "\(cluster.logs)")
        let caller = stack.caller()
        _ = try await caller.start()
        for _ in 0..<4 {
            let answer = try await caller.say("how many hospitals are in Kolkata")
            #expect(answer.text.contains("160 network hospitals in Kolkata"), "\(answer.text)")
        }
        await stack.shutdown()
        await cluster.shutdown()
    }
}
