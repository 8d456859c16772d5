import Foundation
import Redis
import Shared

/// The words carriers and Twilio reserve on SMS: opting out (STOP…), back in (START…), and HELP.
///
/// Twilio answers them itself (its Advanced Opt-Out replies, and it refuses further texts to a
/// number that opted out, error 21610), so Loop AI never answers them with dialog: the reply is
/// empty, and an opt-out is remembered so no text is ever queued for that number again, from a
/// call ("text me that") or a text conversation.
enum SMSKeyword: String, Sendable, Equatable {
    case optOut, optIn, help

    /// The whole message is one keyword (any case, surrounding punctuation ignored); Twilio's
    /// own `OptOutType` field, when it sends one, decides.
    init?(message: String, optOutType: String? = nil) {
        switch optOutType?.uppercased() {
        case "STOP": self = .optOut; return
        case "START": self = .optIn; return
        case "HELP": self = .help; return
        default: break
        }
        let word = message.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).uppercased()
        if Self.optOutWords.contains(word) {
            self = .optOut
        } else if Self.optInWords.contains(word) {
            self = .optIn
        } else if Self.helpWords.contains(word) {
            self = .help
        } else {
            return nil
        }
    }

    /// Twilio's default opt-out, opt-in and help keywords. "YES", also an opt-in keyword, stays
    /// dialog: a text conversation answers "Would you like to hear more?" with it.
    static let optOutWords: Set<String> = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]
    static let optInWords: Set<String> = ["START", "UNSTOP"]
    static let helpWords: Set<String> = ["HELP", "INFO"]
}

/// The numbers that texted STOP: a hash of `keys.smsOptOuts`, field the number's hash.
struct SMSOptOuts: Sendable {
    let keys: RedisKeys

    func isOptedOut(_ number: String, on connection: ReconnectingRedisConnection) async throws(RedisError) -> Bool {
        try await connection.execute(HGET(keys.smsOptOuts, TextQuota.hash(number))) != nil
    }

    /// The command that records a keyword: STOP adds the number, START removes it, HELP nothing.
    func command(for keyword: SMSKeyword, number: String, now: Int64 = Date.nowMilliseconds) -> (any RedisCommandType)? {
        switch keyword {
        case .optOut: return HSET(keys.smsOptOuts, field: TextQuota.hash(number), value: String(now))
        case .optIn: return HDEL(keys.smsOptOuts, TextQuota.hash(number))
        case .help: return nil
        }
    }
}
