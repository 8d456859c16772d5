import Foundation

/// Redaction of personal data and secrets before anything is logged or shown.
public enum Masking {
    /// `+919876545678` → `+91******5678`: country code and last four digits only.
    public static func phoneNumber(_ number: String) -> String {
        let characters = Array(number.trimmingPrefixWhitespace())
        guard characters.count > 6 else { return String(repeating: "*", count: characters.count) }
        let head = characters.first == "+" ? 3 : 2
        let tail = 4
        let hidden = characters.count - head - tail
        guard hidden > 0 else { return String(repeating: "*", count: characters.count - tail) + String(characters.suffix(tail)) }
        return String(characters.prefix(head)) + String(repeating: "*", count: hidden) + String(characters.suffix(tail))
    }

    /// `AC1234567890…` → `AC123456...`, as `/twilio/status` has always shown it.
    public static func accountSid(_ sid: String) -> String {
        sid.count <= 8 ? String(repeating: "*", count: sid.count) : String(sid.prefix(8)) + "..."
    }
}

extension String {
    fileprivate func trimmingPrefixWhitespace() -> Substring {
        self.drop { $0.isWhitespace }
    }
}
