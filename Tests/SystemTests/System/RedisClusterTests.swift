import Config
import Foundation
import Logging
import Synchronization
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Redis
@testable import Shared
@testable import Twilio

/// Loop AI on a real Redis Cluster (three primaries, three replicas): whole calls in both voice
/// modes, texts sent once, call records filed, a primary killed and slots migrated under load.
@Suite("Redis Cluster", .serialized, .timeLimit(.minutes(3)))
struct RedisClusterTests {
    /// Starts a cluster and a stack on it, runs `body`, records any error with the logs, stops both.
    static func withClusterStack(
        brains: Int = 1, gateways: Int = 1, environment: [String: String] = [:], _ body: (LoopStack, RedisClusterServers) async throws -> Void
    ) async throws {
        let cluster = try await RedisClusterServers()
        do {
            let stack = try await LoopStack(brains: brains, gateways: gateways, environment: cluster.environment.merging(environment) { $1 })
            do {
                try await body(stack, cluster)
            } catch {
                Issue.record("\(error)\n\(stack.logs)")
            }
            await stack.shutdown()
        } catch {
            Issue.record("\(error)")
        }
        await cluster.shutdown()
    }

    static let keys = RedisKeys.cluster()

    /// Turns still queued or held in any shard: none once every caller has been answered.
    static func turnsLeft(_ cluster: RedisClusterServers) async throws -> Int {
        var lists: [any RedisCommandType] = []
        for shard in keys.shards {
            lists.append(LLEN(shard.turns))
            for member in try await cluster.client.execute(ZRANGE(shard.workers, start: 0, stop: -1)) {
                lists.append(LLEN(shard.processing(worker: member)))
            }
        }
        return try await cluster.client.pipeline(lists).reduce(0) { $0 + ($1.int ?? 0) }
    }

    @Test("Whole calls in both voice modes: webhook turns and a ConversationRelay socket are answered, sessions kept in their shard, the call filed in the records, a message left listed once")
    func wholeCalls() async throws {
        let records = ["ADMIN_TOKEN": NextStepsTests.adminToken, "CALL_RECORD_GRACE_SECONDS": "1"]
        try await Self.withClusterStack(environment: records) { stack, cluster in
            let caller = stack.caller()
            let greeting = try await caller.start()
            #expect(greeting.text.contains("Loop AI"))
            let list = try await caller.say("Tell me 3 hospitals around Bangalore.")
            #expect(list.text.contains("I found 306 network hospitals in Bengaluru"), "\(list.text)")
            let confirm = try await caller.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?")
            #expect(confirm.text.hasPrefix("Yes"), "\(confirm.text)")
            let sid = try #require(CallSid(caller.callSid))
            let session = Self.keys.of(.phoneCall(sid)).session(call: sid)
            #expect(try await cluster.client.execute(HGET(session, "version"))?.int == 3)

            // The same brains answer a relay call through a gateway in relay mode.
            let relayPort = try await stack.startGateway(environment: ["VOICE_MODE": "relay"])
            let relay = RelayCaller(webhooks: stack.caller(url: "http://127.0.0.1:\(relayPort)"))
            let welcome = try await relay.start()
            #expect(welcome.text.hasPrefix("Hello! I am Loop AI"), "\(welcome.text)")
            let three = try await relay.say("Tell me 3 hospitals around Bangalore")
            #expect(three.text.contains("I found 306 network hospitals in Bengaluru. Here are three:"), "\(three.text)")
            let bye = try await relay.say("thank you, goodbye")
            #expect(bye.ending == RelayReply.Ending.goodbye.handoffData)

            // The webhook call ends; its record is filed from its shard into the global stream.
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            var record: CallRecord?
            let filed = await eventually(timeout: .seconds(15)) {
                record = try? await NextStepsTests.calls(stack).first { $0.call == caller.callSid }
                return record != nil
            }
            #expect(filed, "\(stack.logs)")
            #expect(record?.turns.count == 3, "\(String(describing: record?.turns.map(\.intent)))")
            let (status, overview) = try await NextStepsTests.admin(stack, "/admin/overview")
            #expect(status == 200 && overview.contains("\"queueDepth\":0"), "\(overview.prefix(400))")

            // A message left is listed for the agents from the cluster's global keys.
            let leaver = stack.caller()
            _ = try await leaver.start()
            let recordingSid = "RE" + String(repeating: "c", count: 32)
            _ = try await leaver.post(
                path: TwilioRoutes.voicemail,
                webhook: TwilioWebhook.callback(
                    [("RecordingSid", recordingSid), ("RecordingUrl", "https://api.twilio.com/recordings/\(recordingSid)"), ("RecordingDuration", "7")],
                    callSid: leaver.callSid, from: leaver.from, to: leaver.to, accountSid: leaver.accountSid))
            let listed = await eventually(timeout: .seconds(10)) {
                guard let (status, body) = try? await NextStepsTests.admin(stack, "/admin/voicemails"), status == 200,
                    let list = try? JSONDecoder().decode(VoicemailList.self, from: Data(body.utf8))
                else { return false }
                return list.voicemails.filter { $0.call == leaver.callSid }.count == 1
            }
            #expect(listed, "\(stack.logs)")

            // A turn left in the processing list of a brain that died is recovered in its shard and answered.
            let stranded = CallSid.random()
            let shard = Self.keys.of(.phoneCall(stranded))
            let turn = Turn(
                id: .random(), conversation: .phoneCall(stranded), payload: .callStarted(Turn.Caller(masked: "+91******0000", replyNumber: nil)),
                receivedAt: Date.nowMilliseconds, replyTo: Self.keys.replies(gateway: "gone").text)
            _ = try await cluster.client.pipeline([
                LPUSH(shard.processing(worker: "brain-dead"), turn.encoded()), ZADD(shard.workers, score: 0, member: "brain-dead"),
            ])
            let recovered = await eventually(timeout: .seconds(10)) {
                (try? await cluster.client.execute(GET(shard.reply(turn: turn.id)))) != nil
            }
            #expect(recovered, "\(stack.logs)")

            // loop doctor sees every slot served.
            let doctor = await Doctor.redis(try await Settings.load(environment: cluster.environment, environmentFile: nil))
            #expect(doctor.contains { $0.check == "Redis Cluster" && $0.level == .ok && $0.line.contains("16384 slots") }, "\(doctor.map(\.line))")
        }
    }

    @Test("A brain killed after queueing an SMS and before sending it: another brain sends it, exactly once")
    func textSentOnce() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withClusterStack(brains: 0, environment: NextStepsTests.environment(twilio, TextingTests.unreachableTwilio)) { stack, cluster in
            try await TextingTests.sentOnceAfterABrainIsKilled(stack, twilio: twilio) { call in
                try await cluster.client.execute(ZRANGE(Self.keys.of(.phoneCall(call)).outboxDue, start: 0, stop: -1)).count
            }
        }
    }

    @Test("kill -9 of a primary under load: its replica takes over, every turn is answered, no caller hears more than one apology")
    func primaryKilledUnderLoad() async throws {
        try await Self.withClusterStack(brains: 2, gateways: 2) { stack, cluster in
            let victim = try #require(try await cluster.primary(for: Self.keys.shard(0).turns))
            let load = try await CallLoad.run(stack: stack, callers: 12, seconds: 10, disruptAfter: .seconds(3)) {
                await victim.kill9()
            }
            print("Cluster fail-over under load: \(load.summary)")
            #expect(load.broken == 0, "\(load.summary)\n\(stack.logs)")
            #expect(load.mostApologiesInOneCall <= 1, "\(load.summary)")
            #expect(load.finished == 12, "every call went on with its session: \(load.summary)")
            #expect(try await Self.turnsLeft(cluster) == 0)
            let promoted = await eventually(timeout: .seconds(10)) {
                (try? await cluster.primary(for: Self.keys.shard(0).turns))?.port != victim.port
            }
            #expect(promoted)
        }
    }

    @Test("Slots migrated with redis-cli --cluster reshard under load: ASK and MOVED are followed, nothing is lost, nobody hears an apology")
    func reshardUnderLoad() async throws {
        try await Self.withClusterStack(brains: 2, gateways: 2) { stack, cluster in
            // Move the slots of two shards' worth of the slot space (shards 0 and 1 among them) to another primary.
            let source = try #require(try await cluster.primary(for: Self.keys.shard(0).turns))
            let primaries = try await cluster.currentMap().primaries.map(\.port)
            let target = try #require(cluster.nodes.first { primaries.contains($0.port) && $0.port != source.port })
            let (from, to) = (try await cluster.id(of: source), try await cluster.id(of: target))
            let stale = RedisClusterClient(
                cluster: cluster.client.cluster, endpoint: RedisEndpoint(address: .tcp(host: "127.0.0.1", port: source.port)),
                connectTimeout: .milliseconds(500), commandTimeout: .seconds(2), logger: Logger(label: "test"))
            defer { Task { await stale.close() } }
            #expect(try await stale.slotMap().primary(for: HashSlot(key: Self.keys.shard(0).turns))?.port == source.port)
            let moved = Mutex<(status: Int32, output: String)?>(nil)
            let load = try await CallLoad.run(stack: stack, callers: 12, seconds: 10, disruptAfter: .seconds(2)) {
                let result = try? await RedisClusterServers.redisCLI([
                    "--cluster", "reshard", "127.0.0.1:\(source.port)", "--cluster-from", from, "--cluster-to", to,
                    "--cluster-slots", "2048", "--cluster-yes", "--cluster-pipeline", "20",
                ])
                moved.withLock { $0 = result }
            }
            print("Cluster resharding under load: \(load.summary)")
            let result = moved.withLock { $0 }
            #expect(result?.status == 0, "\(result?.output.suffix(2000) ?? "redis-cli did not run")")
            #expect(load.broken == 0 && load.apologies == 0, "\(load.summary)\n\(stack.logs)")
            #expect(load.finished == 12, "\(load.summary)")
            #expect(try await cluster.primary(for: Self.keys.shard(0).turns)?.port == target.port, "shard 0's slot moved")
            #expect(try await Self.turnsLeft(cluster) == 0)
            // A client whose map predates the move follows MOVED to the slot's new primary.
            try await stale.execute(SET(Self.keys.shard(0).sessionSecret, "x", expiry: nil))
            #expect(try await target.execute(GET(Self.keys.shard(0).sessionSecret))?.string == "x")
        }
    }
}

/// Callers speaking turn after turn for a while, something done to Redis meanwhile, and what
/// each caller heard.
struct CallLoad: Sendable {
    var answered = 0
    var apologies = 0
    var holds = 0
    /// Webhooks that got no TwiML that listens: a caller would have heard an error.
    var broken = 0
    var mostApologiesInOneCall = 0
    /// Calls whose closing question was answered from their session.
    var finished = 0

    var summary: String {
        "\(answered) answered, \(holds) holds, \(apologies) apologies (at most \(mostApologiesInOneCall) in one call), \(broken) broken, \(finished) calls finished"
    }

    static func run(
        stack: LoopStack, callers: Int, seconds: Int, disruptAfter delay: Duration, disrupt: @escaping @Sendable () async -> Void
    ) async throws -> CallLoad {
        let tally = Shared()
        let end = ContinuousClock.now + .seconds(seconds)
        let urls = stack.gatewayPorts.map { "http://127.0.0.1:\($0)" }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: delay)
                await disrupt()
            }
            for index in 0..<callers {
                group.addTask {
                    let caller = stack.caller(url: urls[index % urls.count])
                    var apologies = 0
                    do {
                        _ = try await caller.start()
                        _ = try await caller.say("Tell me 3 hospitals in Pune")
                    } catch {
                        tally.value.withLock { $0.broken += 1 }
                        return
                    }
                    while ContinuousClock.now < end {
                        do {
                            let exchange = try await caller.say("how many hospitals are in Kolkata")
                            let listens = { if case .gather = exchange.next { return true } else { return false } }()
                            let real = exchange.text.contains("160 network hospitals in Kolkata")
                            let held = exchange.text.contains("One moment")
                            if !real && !held { apologies += 1 }
                            tally.value.withLock { tally in
                                if !listens { tally.broken += 1 }
                                if real { tally.answered += 1 } else if held { tally.holds += 1 } else { tally.apologies += 1 }
                            }
                        } catch {
                            tally.value.withLock { $0.broken += 1 }
                        }
                        try? await Task.sleep(for: .milliseconds(150))
                    }
                    // The call goes on with its session: "yes" answers the question the count asked.
                    let yes = try? await caller.say("yes")
                    let finished = yes?.text.contains("Here are three") == true
                    tally.value.withLock { tally in
                        tally.mostApologiesInOneCall = max(tally.mostApologiesInOneCall, apologies)
                        if finished { tally.finished += 1 }
                    }
                }
            }
        }
        return tally.value.withLock { $0 }
    }

    /// What the callers' tasks add to.
    private final class Shared: Sendable {
        let value = Mutex(CallLoad())
    }
}
