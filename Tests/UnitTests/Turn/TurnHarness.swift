import Foundation
import Logging
import Testing

@testable import Brain
@testable import Redis
@testable import Shared

/// A brain's turn path on ``MemoryRedis``: a turn queued as a gateway queues it, taken into the
/// processing list, processed, and what it stored read back.
struct TurnHarness {
    static let call = CallSid("CA" + String(repeating: "ab", count: 16))!
    static let caller = Turn.Caller(masked: "+91******5678", replyNumber: "+919876545678")
    static let gateway = RedisKeys().replies(gateway: "gateway-test")

    let redis: MemoryRedis
    let keys: RedisKeys
    let records: CallRecordStore
    let processor: TurnProcessor
    /// The list a taken turn of the default call waits in until it is answered.
    var processing: RedisKey { processing(for: .phoneCall(Self.call)) }

    /// A deployment that does not text or record, with the documented SMS caps.
    static let plain = TurnSettings(canText: false, sms: SMSPolicyTests.india, recordCalls: false)

    /// - Parameter keys: cluster keys (``RedisKeys/cluster(prefix:shards:)``) make Redis refuse,
    ///   as a cluster node does, any script whose keys are in more than one slot.
    init(settings: TurnSettings = TurnHarness.plain, humanAgentNumber: String? = nil, keys: RedisKeys = RedisKeys()) throws {
        let directory = try Fixture.network()
        let logger = Logger(label: "test")
        self.keys = keys
        redis = MemoryRedis(asClusterNode: keys.isSharded)
        records = CallRecordStore(keys: keys)
        processor = TurnProcessor(
            holder: NetworkHolder(directory), engine: DialogEngine(directory: directory, humanAgentNumber: humanAgentNumber), settings: settings,
            store: SessionStore(keys: keys, sessionTTL: 3600),
            executor: TurnExecutor(
                keys: keys, records: records, sms: settings.sms, sessionTTL: 3600, waitForReplica: nil, logger: logger),
            maximumTurnAge: .seconds(30), logger: logger, metrics: BrainMetrics())
    }

    /// Queues and processes one turn; the turn, for reading what it stored.
    @discardableResult
    func send(_ payload: Turn.Payload, in conversation: ConversationID = .phoneCall(TurnHarness.call)) async throws -> Turn {
        let turn = Turn(id: .random(), conversation: conversation, payload: payload, receivedAt: Date.nowMilliseconds, replyTo: Self.gateway.text)
        let raw = turn.encoded()
        // As queued: a search's conversation is its turn's id on the wire.
        let list = processing(for: try Turn.decode(raw).conversation)
        try await redis.execute(LPUSH(list, raw))
        try await processor.process(raw, from: list, on: redis)
        return turn
    }

    /// The reply stored for a turn (what a held caller or a retried webhook gets).
    func reply(to turn: Turn) -> String {
        redis.read { $0.string(keys.of(turn.conversation).reply(turn: turn.id)) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The replies pushed to the gateway, oldest first.
    func delivered() -> [TurnReply] {
        redis.read { $0.list(Self.gateway) }.reversed().compactMap { TurnReply(framed: $0) }
    }

    func session(_ conversation: ConversationID = .phoneCall(TurnHarness.call)) throws -> (version: Int, state: DialogState?) {
        let key = keys.of(conversation).session(conversation)
        let (fields, state) = redis.read { store -> ([String: String], [UInt8]?) in
            guard case .hash(let hash)? = store[key] else { return ([:], nil) }
            return (store.hash(key), hash["state"])
        }
        return (Int(fields["version"] ?? "0") ?? 0, try state.map(SessionStore.decodeState))
    }

    /// The call's record so far.
    func events(_ call: CallSid = TurnHarness.call) -> [CallEvent] {
        redis.read { $0.list(keys.of(record: call).callEvents(call: call)) }.compactMap { try? JSONDecoder().decode(CallEvent.self, from: Data($0)) }
    }

    var processingList: [[UInt8]] { redis.read { $0.list(processing) } }

    /// The processing list a consumer of the conversation's shard takes its turns into.
    func processing(for conversation: ConversationID) -> RedisKey {
        keys.of(conversation).processing(worker: "test")
    }
}
