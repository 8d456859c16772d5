import Foundation
import Redis

extension CallRecordStore {
    /// Most voicemails the stream keeps.
    public static let maximumVoicemails = 10_000

    /// Keeps Twilio's transcription of a voicemail's recording.
    public func transcriptionCommands(recordingSid: String, text: String) -> [any RedisCommandType] {
        [HSET(keys.voicemailTranscripts, field: recordingSid, value: text)]
    }

    /// The newest voicemails, with their transcriptions when Twilio has sent them.
    public func voicemails(limit: Int, redis: RedisClient) async throws(RedisError) -> [Voicemail] {
        let entries = try await redis.execute(XREVRANGE(keys.voicemails, count: limit))
        var voicemails: [Voicemail] = entries.compactMap { entry in
            entry.fields["voicemail"].flatMap { try? JSONDecoder().decode(Voicemail.self, from: Data($0.bytes)) }
        }
        let work = try await self.work(calls: voicemails.map(\.call), redis: redis)
        for index in voicemails.indices { voicemails[index].work = work[voicemails[index].call] ?? VoicemailWork() }
        let sids = voicemails.compactMap(\.recordingSid)
        guard !sids.isEmpty else { return voicemails }
        let texts = try await redis.execute(HMGET(keys.voicemailTranscripts, sids))
        var bySid: [String: String] = [:]
        for (sid, text) in zip(sids, texts) { if let text { bySid[sid] = text.string } }
        for index in voicemails.indices { voicemails[index].transcription = voicemails[index].recordingSid.flatMap { bySid[$0] } }
        return voicemails
    }
}
