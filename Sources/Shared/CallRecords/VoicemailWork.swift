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
    }

    /// One move, or a reveal of the callback number.
    public struct Step: Codable, Sendable, Equatable {
        /// The state moved to, or `revealed-number`.
        public var action: String
        public var by: String
        public var at: Int64
        public var note: String?

        public init(action: String, by: String, at: Int64, note: String? = nil) {
            self.action = action
            self.by = by
            self.at = at
            self.note = note
        }
    }

    public var state: State
    /// Who it is assigned to, once assigned.
    public var assignee: String?
    public var history: [Step]

    public init(state: State = .new, assignee: String? = nil, history: [Step] = []) {
        self.state = state
        self.assignee = assignee
        self.history = history
    }

    /// The most steps kept per voicemail.
    public static let maximumHistory = 50
}

extension CallRecordStore {
    /// How long a voicemail's work and number are kept: as long as call records.
    var retentionSeconds: Int { (retentionDays + 1) * 86_400 }

    /// Keeps the callback number of a voicemail apart from it, for the reveal alone; it expires
    /// with the call records.
    public func callbackNumberCommands(call: CallSid, number: String) -> [any RedisCommandType] {
        [SET(keys.voicemailNumber(call: call), number, expiry: .seconds(retentionSeconds))]
    }

    /// The voicemails' work, by call.
    public func work(calls: [String], redis: RedisClient) async throws(RedisError) -> [String: VoicemailWork] {
        guard !calls.isEmpty else { return [:] }
        let stored = try await redis.execute(MGET(calls.map(keys.voicemailWork(call:))))
        var work: [String: VoicemailWork] = [:]
        for (call, value) in zip(calls, stored) {
            if let value, let decoded = try? JSONDecoder().decode(VoicemailWork.self, from: Data(value.bytes)) { work[call] = decoded }
        }
        return work
    }

    /// Moves a voicemail to `state` (assigning it to `assignee`, or to whoever moves it), by `by`.
    public func move(call: CallSid, to state: VoicemailWork.State, assignee: String?, by: String, note: String?, redis: RedisClient) async throws(RedisError)
        -> VoicemailWork
    {
        var work = try await self.work(calls: [call.value], redis: redis)[call.value] ?? VoicemailWork()
        work.state = state
        if state == .assigned { work.assignee = assignee ?? by }
        work.history.append(VoicemailWork.Step(action: state.rawValue, by: by, at: Date.nowMilliseconds, note: note))
        work.history = Array(work.history.suffix(VoicemailWork.maximumHistory))
        try await save(work, call: call, redis: redis)
        return work
    }

    /// The callback number, with the reveal written into the voicemail's history; nil when the
    /// caller's number was withheld.
    public func revealNumber(call: CallSid, by: String, redis: RedisClient) async throws(RedisError) -> String? {
        guard let number = try await redis.execute(GET(keys.voicemailNumber(call: call)))?.string else { return nil }
        var work = try await self.work(calls: [call.value], redis: redis)[call.value] ?? VoicemailWork()
        work.history.append(VoicemailWork.Step(action: "revealed-number", by: by, at: Date.nowMilliseconds))
        work.history = Array(work.history.suffix(VoicemailWork.maximumHistory))
        try await save(work, call: call, redis: redis)
        return number
    }

    private func save(_ work: VoicemailWork, call: CallSid, redis: RedisClient) async throws(RedisError) {
        let json = (try? Array(JSONEncoder().encode(work))) ?? Array("{}".utf8)
        _ = try await redis.pipeline([SET(keys.voicemailWork(call: call.value), json, expiry: .seconds(retentionSeconds))])
    }
}
