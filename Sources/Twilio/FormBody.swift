/// An `application/x-www-form-urlencoded` body decoded in one pass over its bytes: the fields of
/// a Twilio webhook, in the order they were sent.
///
/// The same pairs feed the signature check (Twilio signs every pair, repeated names included)
/// and the turn (``first(_:)``, ``fields``: the first value of a repeated name wins).
/// `+` is a space, `%XX` a byte, in names and values alike; a part without `=` is ignored (as
/// Hummingbird's decoder does). A bad `%` escape makes the whole body invalid, so nothing
/// half-decoded reaches the dialog; bytes that are not UTF-8 become U+FFFD, as in Hummingbird.
public struct FormBody: Sendable {
    /// Every name and value, decoded, in the order sent.
    public private(set) var pairs: [(String, String)]

    /// Why a body could not be decoded.
    public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
        /// The encoded text of the part that failed, cut short for messages.
        public let part: String
        public var description: String { "cannot decode the form field '\(part)': bad %-escape" }
    }

    public init(pairs: [(String, String)]) {
        self.pairs = pairs
    }

    /// Decodes the body's bytes.
    public init(bytes: UnsafeRawBufferPointer) throws(Invalid) {
        pairs = []
        pairs.reserveCapacity(24)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(128)
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            var equals = -1
            while end < count, bytes[end] != UInt8(ascii: "&") {
                if equals < 0, bytes[end] == UInt8(ascii: "=") { equals = end }
                end += 1
            }
            if equals >= 0 {
                guard let name = Self.decode(bytes, from: start, to: equals, into: &scratch),
                    let value = Self.decode(bytes, from: equals + 1, to: end, into: &scratch)
                else {
                    throw Invalid(part: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<min(end, start + 60)]), as: UTF8.self))
                }
                pairs.append((name, value))
            }
            start = end + 1
        }
    }

    /// Decodes a body held in a string.
    public init(_ text: String) throws(Invalid) {
        var text = text
        let decoded = text.withUTF8 { buffer in Result { () throws(Invalid) in try FormBody(bytes: UnsafeRawBufferPointer(buffer)) } }
        self = try decoded.get()
    }

    /// The first value sent under `name`.
    public func first(_ name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// The fields by name; for a repeated name, the first value.
    public var fields: [String: String] {
        var fields = [String: String](minimumCapacity: pairs.count)
        for (name, value) in pairs where fields[name] == nil { fields[name] = value }
        return fields
    }

    /// One name or value: the bytes as they are when nothing is escaped, else decoded through `scratch`.
    private static func decode(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, into scratch: inout [UInt8]) -> String? {
        let part = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        guard part.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return String(decoding: part, as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        var index = 0
        while index < part.count {
            let byte = part[index]
            switch byte {
            case UInt8(ascii: "+"):
                scratch.append(UInt8(ascii: " "))
                index += 1
            case UInt8(ascii: "%"):
                guard index + 2 < part.count, let high = hexValue(part[index + 1]), let low = hexValue(part[index + 2]) else { return nil }
                scratch.append(high << 4 | low)
                index += 3
            default:
                scratch.append(byte)
                index += 1
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
