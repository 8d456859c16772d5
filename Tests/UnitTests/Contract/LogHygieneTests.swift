import Logging
import Synchronization
import Testing

@testable import Gateway
@testable import Runtime
@testable import Shared

/// What callers and clients send cannot shape the log: values capped, control characters escaped.
@Suite("Log hygiene")
struct LogHygieneTests {
    /// Keeps the events a handler was given.
    final class Captured: Sendable {
        let events = Mutex<[LogEvent]>([])
    }

    struct Capturing: LogHandler {
        let captured: Captured
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { captured.events.withLock { $0.append(event) } }
    }

    @Test("A newline in a logged field cannot start a forged line: control characters are written as escapes")
    func controlCharactersEscaped() {
        let forged = "CA00\n2026-12-07T00:00:00+0000 critical gateway: [Gateway] Forged\r\u{1b}[31m\u{2028}"
        let cleaned = LogHygiene.clean(forged)
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 }, "\(cleaned)")
        #expect(cleaned.hasPrefix(#"CA00\n2026-12-07"#) && cleaned.contains(#"\r\u{1b}[31m\u{2028}"#), "\(cleaned)")
    }

    @Test("A 70 KB value is logged as its first 300 characters and a count")
    func valuesCapped() {
        let cleaned = LogHygiene.clean(String(repeating: "q=1&", count: 17_500))
        #expect(cleaned.count < 330 && cleaned.hasSuffix("…(69700 more)"), "\(cleaned.suffix(40))")
    }

    @Test("The handler cleans the message and every metadata value before its writer sees them; JSON keeps its own escaping")
    func handlerCleansEvents() {
        let captured = Captured()
        let logger = Logger(label: "test") { _ in HygienicLogHandler(Capturing(captured: captured), escaping: true) }
        logger.notice("Refused\nforged", metadata: ["call": "CA\n1", "url": "\(String(repeating: "x", count: 5000))", "list": ["a\nb"]])
        let event = captured.events.withLock { $0.first }
        #expect("\(event?.message ?? "")" == #"Refused\nforged"#)
        #expect(event?.metadata?["call"] == .string(#"CA\n1"#))
        #expect("\(event?.metadata?["url"] ?? "")".count < 330)
        #expect("\(event?.metadata?["list"] ?? "")".contains(#"a\nb"#))
        let json = Captured()
        Logger(label: "test") { _ in HygienicLogHandler(Capturing(captured: json), escaping: false) }.notice("x", metadata: ["call": "CA\n1"])
        #expect(json.events.withLock { $0.first?.metadata?["call"] } == .string("CA\n1"))
    }

    @Test("A connection that ends before its first request is a notice, not an error; other errors stay errors")
    func connectionEndsAreNotices() {
        let captured = Captured()
        let logger = Logger(label: "test") { _ in ConnectionEndLogHandler(inner: Capturing(captured: captured)) }
        logger.error("Error handling upgrade result", metadata: ["error.type": "Inappropriate operation for state …"])
        logger.error("Something else")
        let levels = captured.events.withLock { $0.map(\.level) }
        #expect(levels == [.notice, .error])
    }
}
