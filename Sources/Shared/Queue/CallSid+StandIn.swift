import Crypto

extension CallSid {
    /// A Twilio-shaped Call SID standing in for a test request's missing or free-form one
    /// (local development only): the same text always gives the same SID, so a test call's
    /// turns share a session; no text gives a fresh SID.
    public static func standIn(for text: String?) -> CallSid {
        guard let text, !text.isEmpty else { return random() }
        return make(Array(Insecure.SHA1.hash(data: Array(text.utf8)).prefix(16)))
    }

    /// A fresh random Call SID.
    public static func random() -> CallSid {
        make((0..<16).map { _ in UInt8.random(in: 0...255) })
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// `CA` and the 16 bytes as 32 lowercase hex digits.
    private static func make(_ bytes: [UInt8]) -> CallSid {
        var text = [UInt8]("CA".utf8)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        guard let sid = CallSid(String(decoding: text, as: UTF8.self)) else {
            preconditionFailure("CA and 32 hexadecimal digits is always a Call SID")
        }
        return sid
    }
}
