import Crypto

extension CallSid {
    /// A Twilio-shaped Call SID standing in for a test request's missing or free-form one
    /// (local development only): the same text always gives the same SID, so a test call's
    /// turns share a session; no text gives a fresh SID.
    public static func standIn(for text: String?) -> CallSid {
        guard let text, !text.isEmpty else { return random() }
        let hex = Insecure.SHA1.hash(data: Array(text.utf8)).prefix(16).hexString
        return TurnID(hex).map(CallSid.init(digits:)) ?? random()
    }

    /// A fresh random Call SID.
    public static func random() -> CallSid {
        CallSid(digits: .random())
    }
}
