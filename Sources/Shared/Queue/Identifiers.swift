import Foundation

/// A validated Twilio Call SID: `CA` followed by 32 hexadecimal digits.
public struct CallSid: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    /// Returns `nil` unless `text` has exactly Twilio's Call SID shape.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 34, bytes[0] == UInt8(ascii: "C"), bytes[1] == UInt8(ascii: "A"),
            bytes[2...].allSatisfy({ $0.isHexDigit })
        else { return nil }
        self.value = text
    }

    /// `CA` followed by the turn id's 32 hexadecimal digits: always a valid Call SID.
    init(digits: TurnID) {
        self.value = "CA" + digits.value
    }

    /// Explains what is wrong with a rejected Call SID, without echoing more than a short prefix of it.
    public static func problem(with text: String?) -> String {
        guard let text, !text.isEmpty else { return "CallSid is missing" }
        let shown = text.count > 12 ? String(text.prefix(12)) + "…" : text
        let printable = shown.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        let quoted = printable ? "'\(shown)'" : "(not printable)"
        return "CallSid \(quoted) is not a Twilio Call SID: expected 'CA' followed by 32 hexadecimal digits"
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let sid = CallSid(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.problem(with: text)))
        }
        self = sid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// The id of one turn: 32 lowercase hexadecimal digits, random.
public struct TurnID: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 32, bytes.allSatisfy({ $0.isHexDigit }) else { return nil }
        self.value = text.lowercased()
    }

    /// A fresh random id.
    public static func random() -> TurnID {
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<2).map { _ in
            let value = generator.next() as UInt64
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
        return TurnID(uncheckedValue: hex)
    }

    /// All zeros: a placeholder, never a real turn's id.
    static let zero = TurnID(uncheckedValue: String(repeating: "0", count: 32))

    private init(uncheckedValue: String) {
        self.value = uncheckedValue
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = TurnID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid turn id"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
