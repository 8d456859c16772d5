import Redis
import Shared

/// News for the caller left in a call's session by work done off the turn path, said on the
/// caller's next turn.
enum SessionNotice: String, Sendable {
    /// The SMS a turn promised could not be sent.
    case textFailed = "sms-failed"
    /// The recording a caller asked to stop (a relay call, stopped through REST) is still on.
    case recordingNotStopped = "stop-recording-failed"
    /// The WhatsApp message a turn promised failed, and no SMS could go instead.
    case whatsAppFailed = "whatsapp-failed"
    /// The WhatsApp message failed, and the same hospitals went by SMS.
    case whatsAppSentBySMS = "whatsapp-sent-by-sms"
}

/// Leaves notices in sessions, for the senders: the one thing they may write to a session.
struct SessionNotices: Sendable {
    let keys: RedisKeys

    /// Sets a notice on a session that still exists (a sender must not create a session).
    struct Leave: RedisScriptCall {
        typealias Response = RedisAcknowledgement
        static let script = RedisScript(
            keys: ["session"], arguments: ["notice"],
            body: """
                if redis.call('EXISTS', key.session) == 1 then redis.call('HSET', key.session, 'notice', arg.notice) end
                return 1
                """)

        let session: RedisKey
        let notice: SessionNotice

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("session", session)
            encoder.argument("notice", notice.rawValue)
        }
    }

    /// The notice for `call`, as a command for a sender's pipeline (with the script's source: a
    /// pipeline cannot stop to resend after `NOSCRIPT`).
    func leave(_ notice: SessionNotice, for call: CallSid) -> RedisScriptCommand<Leave> {
        Leave(session: keys.of(record: call).session(call: call), notice: notice).command(withSource: true)
    }
}
