import Logging

/// Keeps what callers and clients send from shaping the log: every value is cut to a
/// readable length and, in text logs, control characters are written as escapes, so a newline
/// inside a field cannot start a forged line and a 70 KB query cannot flood the disk.
public enum LogHygiene {
    /// The longest metadata value written; the rest is replaced by a count.
    public static let valueLimit = 300
    /// The longest message written.
    public static let messageLimit = 1000

    /// `text` cut to `limit` characters and, when `escaping`, with control characters (C0, DEL,
    /// C1, line and paragraph separators) written as `\n`, `\r`, `\t` or `\u{1b}`.
    public static func clean(_ text: String, limit: Int = valueLimit, escaping: Bool = true) -> String {
        let needsEscape = escaping && text.unicodeScalars.contains(where: isControl)
        guard needsEscape || text.utf8.count > limit else { return text }
        var result = ""
        var kept = 0
        for scalar in text.unicodeScalars {
            if kept == limit {
                result += "…(\(text.unicodeScalars.count - kept) more)"
                break
            }
            kept += 1
            guard escaping, isControl(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    static func clean(_ value: Logger.MetadataValue, escaping: Bool) -> Logger.MetadataValue {
        switch value {
        case .string(let text): return .string(clean(text, escaping: escaping))
        case .stringConvertible(let convertible): return .string(clean(convertible.description, escaping: escaping))
        case .array(let values): return .array(values.prefix(50).map { clean($0, escaping: escaping) })
        case .dictionary(let metadata): return .dictionary(clean(metadata, escaping: escaping))
        }
    }

    static func clean(_ metadata: Logger.Metadata, escaping: Bool) -> Logger.Metadata {
        var cleaned: Logger.Metadata = [:]
        for (key, value) in metadata { cleaned[clean(key, limit: 64, escaping: escaping)] = clean(value, escaping: escaping) }
        return cleaned
    }
}

/// A log handler that passes every event through ``LogHygiene`` before `inner` writes it.
/// `escaping`: false for JSON, whose writer escapes control characters itself.
public struct HygienicLogHandler<Inner: LogHandler>: LogHandler {
    var inner: Inner
    let escaping: Bool

    public init(_ inner: Inner, escaping: Bool) {
        self.inner = inner
        self.escaping = escaping
    }

    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = LogHygiene.clean(newValue, escaping: escaping) }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue.map { LogHygiene.clean($0, escaping: escaping) } }
    }

    public func log(event: LogEvent) {
        var event = event
        event.message = "\(LogHygiene.clean("\(event.message)", limit: LogHygiene.messageLimit, escaping: escaping))"
        event.metadata = event.metadata.map { LogHygiene.clean($0, escaping: escaping) }
        inner.log(event: event)
    }
}
