import Foundation
import Logging

/// One JSON object per line on standard error, for log shippers (`LOG_FORMAT=json`).
///
/// `{"ts":"2026-11-25T10:00:00.123Z","level":"info","logger":"brain","message":"Turn answered","call":"CA…","intent":"list",…}`
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String

    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata { fields[key] = "\(value)" }
        for (key, value) in event.metadata ?? [:] { fields[key] = "\(value)" }
        var line =
            "{\"ts\":\(Self.quoted(Self.timestamp())),\"level\":\"\(event.level.rawValue)\",\"logger\":\(Self.quoted(label)),\"message\":\(Self.quoted("\(event.message)"))"
        for key in fields.keys.sorted() where !["ts", "level", "logger", "message"].contains(key) {
            line += ",\(Self.quoted(key)):\(Self.quoted(fields[key] ?? ""))"
        }
        line += "}\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
