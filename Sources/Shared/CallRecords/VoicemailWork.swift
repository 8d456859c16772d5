import Foundation
import Redis

/// A voicemail as a piece of work: callers are told someone will call them back, so each message
/// goes new → assigned → called back → closed, with who moved it and when.
public struct VoicemailWork: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable, CaseIterable {
        case new
        case assigned
        case calledBack = "called-back"
        case closed

        /// Where a voicemail may go from here: taken (or closed unanswered as spam), called back
        /// or closed; a called-back one taken again; a closed one only reopened. Assigned again
        /// hands it to someone else.
        public var next: [State] {
            switch self {
            case .new: return [.assigned, .closed]
            case .assigned: return [.assigned, .calledBack, .closed]
            case .calledBack: return [.assigned, .closed]
            case .closed: return [.new]
            }
        }
    }

    /// One move, or a reveal of the callback number.
    public struct Step: Codable, Sendable, Equatable {
        /// The state moved to, or `revealed-number`.
        public var action: String
        public var by: String
        public var at: Int64
        public var note: String?
        /// How the callback ended, on a move to closed.
        public var outcome: String?

        public init(action: String, by: String, at: Int64, note: String? = nil, outcome: String? = nil) {
            self.action = action
            self.by = by
            self.at = at
            self.note = note
            self.outcome = outcome
        }
    }

    public var state: State
    /// Who it is assigned to, once assigned.
    public var assignee: String?
    /// Moves and reveals in the order they happened (as read; moves are stored apart from reveals).
    public var history: [Step]
    /// Every reveal of the callback number: kept apart from the moves, never trimmed.
    public var reveals: [Step]
    /// How it ended, while closed.
    public var outcome: String?

    public init(state: State = .new, assignee: String? = nil, history: [Step] = [], reveals: [Step] = []) {
        self.state = state
        self.assignee = assignee
        self.history = history
        self.reveals = reveals
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        state = try container.decode(State.self, forKey: .state)
        assignee = try container.decodeIfPresent(String.self, forKey: .assignee)
        history = try container.decodeIfPresent([Step].self, forKey: .history) ?? []
        reveals = try container.decodeIfPresent([Step].self, forKey: .reveals) ?? []
        outcome = try container.decodeIfPresent(String.self, forKey: .outcome)
    }

    /// The most moves kept per voicemail (reveals are all kept).
    public static let maximumHistory = 50

    /// The action a reveal is written as.
    public static let revealAction = "revealed-number"
}

extension CallRecordStore {
    /// How long a voicemail's work and number are kept: as long as call records.
    var retentionSeconds: Int { (retentionDays + 1) * 86_400 }

    /// Keeps the callback number of an unanswered hand-off apart from its record, for the reveal
    /// alone; it expires with the call records.
    public func callbackNumberCommands(call: CallSid, number: String) -> [any RedisCommandType] {
        [SET(keys.voicemailNumber(call: call), number, expiry: .seconds(retentionSeconds))]
    }

    /// The voicemails' work, by call: the stored moves, every reveal, and both in one history.
    public func work(calls: [String], redis: RedisClient) async throws(RedisError) -> [String: VoicemailWork] {
        guard !calls.isEmpty else { return [:] }
        let stored = try await redis.execute(MGET(calls.map(keys.voicemailWork(call:))))
        let sids = calls.map(CallSid.init)
        let valid = sids.compactMap { $0 }
        let revealLists = valid.isEmpty ? [] : try await redis.pipeline(valid.map { LRANGE(keys.voicemailReveals(call: $0)) })
        var reveals: [String: [VoicemailWork.Step]] = [:]
        for (sid, reply) in zip(valid, revealLists) {
            reveals[sid.value] = (reply.array ?? []).compactMap { item in item.string.flatMap { try? JSONDecoder().decode(VoicemailWork.Step.self, from: Data($0.utf8)) } }
        }
        var work: [String: VoicemailWork] = [:]
        for (call, value) in zip(calls, stored) {
            let decoded = value.flatMap { try? JSONDecoder().decode(VoicemailWork.self, from: Data($0.bytes)) }
            let kept = reveals[call] ?? []
            guard decoded != nil || !kept.isEmpty else { continue }
            var item = decoded ?? VoicemailWork()
            // Reveals written into the history before they were kept apart stay where they were.
            item.reveals = item.history.filter { $0.action == VoicemailWork.revealAction } + kept
            item.history = (item.history + kept).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            work[call] = item
        }
        return work
    }

    /// What became of a move.
    public enum Moved: Sendable, Equatable {
        case moved(VoicemailWork)
        /// The voicemail is in `from`, which cannot go to the state asked for.
        case refused(from: VoicemailWork.State)
    }

    /// Replaces a voicemail's work only if it is still what was read (`expected`, "" for none), so
    /// two operators moving it at once never overwrite each other's move unchecked.
    struct SaveWork: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["work"], arguments: ["expected", "work", "ttl"],
            body: """
                if (redis.call('GET', key.work) or '') ~= arg.expected then return 0 end
                redis.call('SET', key.work, arg.work, 'EX', arg.ttl)
                return 1
                """)

        let key: RedisKey
        let expected: [UInt8]
        let work: [UInt8]
        let ttl: Int

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("work", key)
            encoder.argument("expected", expected)
            encoder.argument("work", work)
            encoder.argument("ttl", ttl)
        }
    }

    /// Moves a voicemail to `state` (assigning it to `assignee`, or to whoever moves it), by `by`,
    /// when its present state may go there (``VoicemailWork/State/next``).
    public func move(
        call: CallSid, to state: VoicemailWork.State, assignee: String?, by: String, note: String?, outcome: String? = nil, redis: RedisClient
    ) async throws(RedisError) -> Moved {
        let key = keys.voicemailWork(call: call.value)
        for _ in 0..<5 {
            let stored = try await redis.execute(GET(key))?.bytes ?? []
            var work = (try? JSONDecoder().decode(VoicemailWork.self, from: Data(stored))) ?? VoicemailWork()
            guard work.state.next.contains(state) else { return .refused(from: work.state) }
            work.state = state
            if state == .assigned { work.assignee = assignee ?? by }
            work.outcome = state == .closed ? outcome : nil
            work.history.append(VoicemailWork.Step(action: state.rawValue, by: by, at: Date.nowMilliseconds, note: note, outcome: state == .closed ? outcome : nil))
            work.history = Array(work.history.filter { $0.action != VoicemailWork.revealAction }.suffix(VoicemailWork.maximumHistory))
            work.reveals = []
            let json = (try? Array(JSONEncoder().encode(work))) ?? Array("{}".utf8)
            guard try await redis.run(SaveWork(key: key, expected: stored, work: json, ttl: retentionSeconds)) == 1 else { continue }
            return .moved(try await self.work(calls: [call.value], redis: redis)[call.value] ?? work)
        }
        throw .unexpectedReply("a voicemail kept changing while it was moved")
    }

    /// The callback number, with the reveal recorded among the voicemail's reveals (never
    /// trimmed); nil when the caller's number was withheld.
    public func revealNumber(call: CallSid, by: String, redis: RedisClient) async throws(RedisError) -> String? {
        guard let number = try await redis.execute(GET(keys.voicemailNumber(call: call)))?.string else { return nil }
        let step = VoicemailWork.Step(action: VoicemailWork.revealAction, by: by, at: Date.nowMilliseconds)
        let json = (try? Array(JSONEncoder().encode(step))) ?? Array("{}".utf8)
        _ = try await redis.pipeline([RPUSH(keys.voicemailReveals(call: call), json), EXPIRE(keys.voicemailReveals(call: call), seconds: retentionSeconds)])
        return number
    }
}
