import Foundation
import Redis

extension CallRecordStore {
    /// Most voicemails the stream keeps.
    public static let maximumVoicemails = 10_000

    /// Stores a voicemail for the agents.
    public func addVoicemailCommand(_ voicemail: Voicemail) -> RedisCommand {
        let json = (try? Array(JSONEncoder().encode(voicemail))) ?? Array("{}".utf8)
        return RedisCommand(
            [Array("XADD".utf8), Array(keys.voicemails.utf8), Array("MAXLEN".utf8), Array("~".utf8), Array(String(Self.maximumVoicemails).utf8)]
                + [Array("*".utf8), Array("voicemail".utf8), json])
    }

    /// Keeps Twilio's transcription of a voicemail's recording.
    public func transcriptionCommands(recordingSid: String, text: String) -> [RedisCommand] {
        [RedisCommand(["HSET", keys.voicemailTranscripts, recordingSid, text])]
    }

    /// The newest voicemails, with their transcriptions when Twilio has sent them.
    public func voicemails(limit: Int, redis: RedisClient) async throws(RedisError) -> [Voicemail] {
        let entries = try await redis.execute(["XREVRANGE", keys.voicemails, "+", "-", "COUNT", String(limit)]).orThrow().array ?? []
        var voicemails: [Voicemail] = entries.compactMap { entry in
            guard let parts = entry.array, parts.count == 2, let fields = parts[1].array, fields.count >= 2, let bytes = fields[1].bytes else { return nil }
            return try? JSONDecoder().decode(Voicemail.self, from: Data(bytes))
        }
        let sids = voicemails.compactMap(\.recordingSid)
        guard !sids.isEmpty else { return voicemails }
        let texts = try await redis.execute(RedisCommand(["HMGET", keys.voicemailTranscripts] + sids)).orThrow().array ?? []
        var bySid: [String: String] = [:]
        for (sid, text) in zip(sids, texts) { if let text = text.string { bySid[sid] = text } }
        for index in voicemails.indices { voicemails[index].transcription = voicemails[index].recordingSid.flatMap { bySid[$0] } }
        return voicemails
    }
}
