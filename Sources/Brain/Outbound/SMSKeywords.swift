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

/// The numbers that sent STOP on a channel: a hash of `keys.optOuts(channel)`, field the
/// number's hash. Each channel keeps its own: a member who stops WhatsApp may still be texted.
struct SMSOptOuts: Sendable {
    let keys: RedisKeys
    var channel: MessageChannel = .sms

    /// Whether `number` sent STOP on this channel: a value when it did.
    func isOptedOut(_ number: String) -> HGET {
        HGET(keys.optOuts(channel), TextQuota.hash(number))
    }

    /// A keyword's part of its turn's commit: STOP adds the number, START removes it.
    struct Part: RedisMemoryPart {
        static let part = RedisScriptPart(
            keys: ["optOuts"], arguments: ["optOutNumber", "optedOut", "optOutAt"],
            apply: """
                if arg.optedOut == '1' then redis.call('HSET', key.optOuts, arg.optOutNumber, arg.optOutAt)
                else redis.call('HDEL', key.optOuts, arg.optOutNumber) end
                """)

        let keys: RedisKeys
        let channel: MessageChannel
        let number: String
        let optedOut: Bool
        let at: Int64

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("optOuts", keys.optOuts(channel))
            encoder.argument("optOutNumber", TextQuota.hash(number))
            encoder.argument("optedOut", optedOut ? "1" : "0")
            encoder.argument("optOutAt", at)
        }

        func apply(_ redis: inout MemoryRedis.Store) {
            if optedOut {
                redis.call("HSET", keys.optOuts(channel), TextQuota.hash(number), at)
            } else {
                redis.call("HDEL", keys.optOuts(channel), TextQuota.hash(number))
            }
        }
    }

    /// What a keyword writes: STOP adds the number, START removes it, HELP nothing.
    func part(for keyword: SMSKeyword, number: String, at now: Int64) -> Part? {
        switch keyword {
        case .optOut: return Part(keys: keys, channel: channel, number: number, optedOut: true, at: now)
        case .optIn: return Part(keys: keys, channel: channel, number: number, optedOut: false, at: now)
        case .help: return nil
        }
    }
}
