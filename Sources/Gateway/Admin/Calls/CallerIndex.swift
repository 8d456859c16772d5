import Foundation
import Redis
import Shared

extension RedisKeys {
    /// ZSET CallSid → when the call started, per keyed hash of the caller's number.
    func callsByCaller(_ key: String) -> RedisKey { RedisKey(prefix + "calls:by-caller:" + key) }
}

/// Finds a member's calls by their whole number without keeping it in clear: each call is noted
/// under a keyed hash of the caller's normalised number (``ConversationKeys/callerSearchKey(number:)``,
/// the key from `SESSION_SECRET`), and a number typed in the console is normalised and hashed the
/// same way. Nobody holding Redis alone can list numbers or test one.
struct CallerIndex: Sendable {
    let redis: RedisClient
    let keys: RedisKeys
    let conversations: ConversationKeys
    let retentionDays: Int

    /// Calls one number may list (the newest).
    static let most = 500

    /// A number as Twilio writes it (E.164): `+91 98765 43210`, `098765 43210`, `9876543210`,
    /// `919876543210`, `0091…` are all `+919876543210` (ten digits are an Indian mobile number);
    /// nil for anything that is not a whole number.
    static func normalise(_ text: String) -> String? {
        let kept = text.filter { !" -().\u{a0}".contains($0) }
        guard !kept.isEmpty, kept.dropFirst(kept.hasPrefix("+") ? 1 : 0).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var digits = kept.hasPrefix("+") ? String(kept.dropFirst()) : kept
        if kept.hasPrefix("+") {
            return (8...15).contains(digits.count) ? "+" + digits : nil
        }
        if digits.hasPrefix("00") {
            digits.removeFirst(2)
            return (8...15).contains(digits.count) ? "+" + digits : nil
        }
        if digits.count == 11, digits.hasPrefix("0") { return "+91" + digits.dropFirst() }
        if digits.count == 10 { return "+91" + digits }
        if digits.count == 12, digits.hasPrefix("91") { return "+" + digits }
        return nil
    }

    /// Notes a call under its caller's number (the call's first webhook). A failure only makes
    /// the call unfindable by number, so it is not the caller's problem.
    func note(call: CallSid, from number: String?, now: Int64 = Date.nowMilliseconds) async {
        guard let number, let normalised = Self.normalise(number), let key = try? await conversations.callerSearchKey(number: normalised) else { return }
        let list = keys.callsByCaller(key)
        // Kept as long as call records are: the set expires a day after the number's last call.
        _ = try? await redis.pipeline([ZADD(list, score: now, member: call.value), EXPIRE(list, seconds: (retentionDays + 1) * 86_400)])
    }

    /// The calls of a number, newest first.
    func calls(number normalised: String) async throws(RedisError) -> [CallSid] {
        let key = try await conversations.callerSearchKey(number: normalised)
        return try await redis.execute(ZRANGE(keys.callsByCaller(key), start: -Self.most, stop: -1)).reversed().compactMap(CallSid.init)
    }
}
