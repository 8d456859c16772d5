import Foundation
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// Faults injected for real: processes killed, stalled and stopped, Redis restarted, webhooks
/// retried. Every caller must hear a real answer; no turn may be lost or applied twice.
@Suite("Fault tolerance", .serialized, .timeLimit(.minutes(3)))
struct FaultToleranceTests {
    /// What one simulated caller experienced.
    struct CallRecord: Sendable {
        var callSid: String
        var turns = 0
        var answered = 0
        var apologies = 0
        var holds = 0
        var errors: [String] = []
    }

    static let script = [
        "Tell me 3 hospitals in Pune", "more", "what's the address of the first one?", "How many network hospitals are there in Mumbai?",
        "Is Fortis Mulund in my network?", "what about Delhi?",
    ]

    /// Callers placing turns until `until`, each call a greeting plus the script (never ending the call,
    /// so every turn must land in the session).
    static func load(urls: [String], token: String?, callers: Int, until deadline: ContinuousClock.Instant) async -> [CallRecord] {
        await withTaskGroup(of: CallRecord.self) { group in
            for index in 0..<callers {
                group.addTask {
                    let primary = urls[index % urls.count]
                    let simulator = CallSimulator(
                        baseURL: primary, fallbackURLs: urls.filter { $0 != primary },
                        signingBaseURL: LoopStack.publicURL, authToken: token)
                    var record = CallRecord(callSid: simulator.callSid)
                    var line = -1
                    while ContinuousClock.now < deadline {
                        record.turns += 1
                        do {
                            let exchange = try await (line < 0 ? simulator.start() : simulator.say(script[line % script.count]))
                            record.holds += exchange.documents.count - 1
                            if exchange.text.contains("ask me again") || exchange.text.contains("trouble") {
                                record.apologies += 1
                            } else if !exchange.text.isEmpty {
                                record.answered += 1
                            }
                        } catch {
                            record.errors.append("\(error)")
                        }
                        line += 1
                    }
                    return record
                }
            }
            var records: [CallRecord] = []
            for await record in group { records.append(record) }
            return records
        }
    }

    /// Each call's session has exactly as many committed turns as the caller had answered.
    static func expectNoTurnLostOrRepeated(_ records: [CallRecord], redis: RedisServer, logs: @autoclosure () -> String) async throws {
        let connection = try await redis.connection()
        for record in records {
            #expect(record.errors.isEmpty, "\(record.callSid): \(record.errors.prefix(3))\n\(logs())")
            #expect(record.apologies == 0, "\(record.callSid) heard \(record.apologies) apologies")
            #expect(record.answered == record.turns)
            let key = RedisKeys().session(call: CallSid(record.callSid)!)
            let version = try await connection.execute(Ask("HGET", key, "version")).int ?? 0
            #expect(version == record.answered, "\(record.callSid): \(record.answered) turns answered but \(version) committed")
        }
    }

    @Test("kill -9 of a brain holding turns under load: every turn is answered by another brain, none twice")
    func killedBrainIsRecovered() async throws {
        let stack = try await LoopStack(brains: 2, environment: ["REPLY_TIMEOUT_MS": "2000", "REPLY_REDIRECTS": "5", "BRAIN_CONSUMERS": "2"])
        let victim = stack.brainProcesses[0]
        let deadline = ContinuousClock.now + .seconds(10)
        async let records = Self.load(urls: [stack.gatewayURL], token: stack.authToken, callers: 6, until: deadline)
        try await Task.sleep(for: .seconds(2))
        // Freeze the brain while a turn it took is in its own processing list (its worker id
        // carries its pid), so the turn stays there, then kill it. A turn answered in the instant
        // before the freeze lands leaves the list empty: let the brain go on and try again.
        let connection = try await stack.redis.connection()
        let pattern = "loopai:processing:brain-*-\(victim.process.processIdentifier)-*"
        func victimHolds() async -> Bool {
            let keys = (try? await connection.execute(Ask("KEYS", pattern)).array) ?? []
            for key in keys where ((try? await connection.execute(Ask("LLEN", key.string ?? "")).int) ?? 0) > 0 { return true }
            return false
        }
        var holding = false
        for _ in 0..<50 where !holding {
            guard await eventually(timeout: .seconds(5), interval: .milliseconds(2), { await victimHolds() }) else { break }
            victim.signal(SIGSTOP)
            try await Task.sleep(for: .milliseconds(100))
            holding = await victimHolds()
            if !holding { victim.signal(SIGCONT) }
        }
        #expect(holding, "the frozen brain never held a turn")
        await victim.kill9()
        let finished = await records
        try await Self.expectNoTurnLostOrRepeated(finished, redis: stack.redis, logs: stack.logs)
        let recovered = stack.brainProcesses[1].log.contains("Recovered turns of a dead worker")
        #expect(recovered, "the surviving brain did not report a recovery")
        #expect(finished.map(\.holds).reduce(0, +) > 0, "callers should have been held while the turns were recovered")
        await stack.shutdown()
    }

    @Test("A brain slower than the wait budget: the caller is held and the reply arrives through another gateway")
    func slowBrainReplyArrivesThroughRedirect() async throws {
        let stack = try await LoopStack(gateways: 2, environment: ["REPLY_TIMEOUT_MS": "400", "REPLY_REDIRECTS": "5"])
        let brain = stack.brainProcesses[0]
        let caller = stack.caller()
        caller.rotateGateways = true
        _ = try await caller.start()
        brain.signal(SIGSTOP)
        let resume = Task {
            try await Task.sleep(for: .milliseconds(900))
            brain.signal(SIGCONT)
        }
        let answer = try await caller.say("How many network hospitals are there in Pune?")
        try await resume.value
        #expect(answer.documents.count >= 2, "expected at least one hold")
        #expect(answer.documents.first?.text == "One moment, please.")
        #expect(answer.text.contains("There are 219 network hospitals in Pune."), "\(answer.text)\n\(stack.logs)")
        await stack.shutdown()
    }

    @Test("Redis restarts mid-call: the caller hears an apology, then the call continues with its session intact")
    func redisRestartKeepsTheCall() async throws {
        let stack = try await LoopStack(persistentRedis: true)
        let caller = stack.caller()
        _ = try await caller.start()
        let first = try await caller.say("Tell me 3 hospitals in Pune")
        #expect(first.text.contains("219 network hospitals in Pune"))
        await stack.redis.stop()
        let during = try await caller.say("more")
        #expect(during.text.contains("trouble"), "\(during.text)")
        if case .gather = during.next {} else { Issue.record("the caller must be listened to during the outage") }
        try await stack.redis.start(persistent: true)
        let ready = await eventually(timeout: .seconds(20)) {
            await LoopStack.get(stack.gatewayURL + "/ready")?.status == 200
        }
        #expect(ready, "the stack did not become ready again\n\(stack.logs)")
        let after = try await caller.say("more")
        #expect(after.text.contains("The next three are"), "the session should continue the Pune list: \(after.text)")
        await stack.shutdown()
    }

    @Test("After Redis restarts, callers on every idle pooled connection get real answers, not apologies")
    func redisRestartCostsNoApologies() async throws {
        let stack = try await LoopStack(gateways: 2, persistentRedis: true)
        // More calls than each gateway has pooled connections, spread over both gateways.
        let callers = (0..<12).map { index in stack.caller(url: "http://127.0.0.1:\(stack.gatewayPorts[index % 2])") }
        for caller in callers {
            _ = try await caller.start()
            let first = try await caller.say("Tell me 3 hospitals in Pune")
            #expect(first.text.contains("219 network hospitals in Pune"))
        }
        await stack.redis.stop()
        try await stack.redis.start(persistent: true)
        let ready = await eventually(timeout: .seconds(20)) { await LoopStack.get(stack.gatewayURL + "/ready")?.status == 200 }
        #expect(ready, "the stack did not become ready again\n\(stack.logs)")
        try await Task.sleep(for: .seconds(1))
        var apologies = 0
        for caller in callers {
            let after = try await caller.say("more")
            if after.text.contains("trouble") || after.text.contains("One moment") { apologies += 1 }
            #expect(after.text.contains("The next three are"), "\(after.text)")
        }
        #expect(apologies == 0, "\(stack.logs)")
        await stack.shutdown()
    }

    @Test("Twilio's fallback URL asks the last question again and the call continues; without Redis, an apology that listens")
    func fallbackURL() async throws {
        let stack = try await LoopStack(persistentRedis: true)
        let caller = stack.caller()
        _ = try await caller.start()
        _ = try await caller.say("Tell me 3 hospitals in Pune")
        var fields = TwilioWebhook.speech(nil, confidence: nil, callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid)
        fields.parameters += [("ErrorCode", "11200"), ("ErrorUrl", "https://loop.example.test/twilio/process-speech")]
        let fallback = try await caller.post(path: TwilioRoutes.fallback, webhook: fields)
        #expect(fallback.said.joined(separator: " ") == "Sorry, something went wrong on the line. Would you like to hear more?")
        if case .gather = fallback.next {} else { Issue.record("the fallback must listen") }
        let more = try await caller.say("yes")
        #expect(more.text.hasPrefix("The next three are"), "\(more.text)")
        await stack.redis.stop()
        let down = try await caller.post(path: TwilioRoutes.fallback, webhook: fields)
        #expect(down.said.joined(separator: " ").contains("trouble"))
        guard case .gather(let action, _) = down.next else {
            Issue.record("expected a gather")
            return
        }
        #expect(action == TwilioRoutes.processSpeech)
        await stack.shutdown()
    }

    @Test("A retried webhook gets the same reply, and two quick utterances are both answered in order, once each")
    func duplicateAndConcurrentTurns() async throws {
        let stack = try await LoopStack()
        let caller = stack.caller()
        _ = try await caller.start()
        let webhook = TwilioWebhook.speech(
            "Tell me 3 hospitals in Pune", confidence: 0.9, callSid: caller.callSid, from: caller.from,
            to: caller.to, accountSid: caller.accountSid)
        let token = [("I-Twilio-Idempotency-Token", "retry-token-1")]
        // Twilio's retry may reach another gateway while the first attempt is still open.
        let twin = { CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, callSid: caller.callSid) }
        let (firstCaller, retryCaller) = (twin(), twin())
        async let firstTry = firstCaller.send(path: TwilioRoutes.processSpeech, webhook: webhook, headers: token)
        async let retry = retryCaller.send(path: TwilioRoutes.processSpeech, webhook: webhook, headers: token)
        let (a, b) = try await (firstTry, retry)
        #expect(a.status == 200 && b.status == 200)
        #expect(a.body == b.body)
        let connection = try await stack.redis.connection()
        let key = RedisKeys().session(call: CallSid(caller.callSid)!)
        #expect(try await connection.execute(Ask("HGET", key, "version")).int == 2)

        let more = TwilioWebhook.speech("more", confidence: 0.9, callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid)
        let count = TwilioWebhook.speech(
            "How many hospitals are in Kolkata?", confidence: 0.9, callSid: caller.callSid, from: caller.from,
            to: caller.to, accountSid: caller.accountSid)
        let (oneCaller, twoCaller) = (twin(), twin())
        async let one = oneCaller.send(path: TwilioRoutes.processSpeech, webhook: more)
        async let two = twoCaller.send(path: TwilioRoutes.processSpeech, webhook: count)
        let (x, y) = try await (one, two)
        #expect(x.status == 200 && y.status == 200)
        #expect(try TwiMLDocument(xml: y.body).text.contains("160 network hospitals in Kolkata"))
        #expect(try await connection.execute(Ask("HGET", key, "version")).int == 4)
        await stack.shutdown()
    }

    @Test("SIGTERM on a brain and a gateway under load: in-flight turns finish, nothing is dropped")
    func gracefulShutdownDropsNothing() async throws {
        let stack = try await LoopStack(brains: 2, gateways: 2, environment: ["REPLY_TIMEOUT_MS": "2000", "REPLY_REDIRECTS": "5"])
        let urls = stack.gatewayPorts.map { "http://127.0.0.1:\($0)" }
        let deadline = ContinuousClock.now + .seconds(8)
        async let records = Self.load(urls: urls, token: stack.authToken, callers: 6, until: deadline)
        try await Task.sleep(for: .seconds(2))
        let brain = stack.brainProcesses[0], gateway = stack.gatewayProcesses[0]
        brain.signal(SIGTERM)
        gateway.signal(SIGTERM)
        let finished = await records
        await brain.waitForExit(timeout: .seconds(10))
        await gateway.waitForExit(timeout: .seconds(10))
        #expect(!brain.isRunning && brain.process.terminationStatus == 0, "\(brain.log.suffix(2000))")
        #expect(!gateway.isRunning && gateway.process.terminationStatus == 0, "\(gateway.log.suffix(2000))")
        #expect(brain.log.contains("All consumers stopped"))
        try await Self.expectNoTurnLostOrRepeated(finished, redis: stack.redis, logs: stack.logs)
        let workers = try await stack.redis.execute(Ask("ZCARD", "loopai:workers")).int
        #expect(workers == 1, "the stopped brain should have left the worker set")
        await stack.shutdown()
    }
}
