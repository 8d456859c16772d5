import Foundation
import Shared

/// The call list as CSV for a spreadsheet, in the operators' zone and words: times
/// `DD-MM-YYYY HH:MM`, what was asked, the outcome, the language, the turns as text and the
/// voicemail's state.
struct CallsCSV {
    let days: OperatorDays

    /// The most calls one export holds.
    static let most = 5000

    static let header = [
        "call", "started", "ended", "caller", "asked", "intents", "outcome", "language", "mode", "turns", "seconds", "conversation", "places", "hospitals",
        "not_in_list", "texts", "recording", "handoff", "voicemail",
    ]

    func text(_ calls: [CallRecord], work: [String: VoicemailWork]) -> String {
        let rows = [Self.header.joined(separator: ",")] + calls.map { row($0, work: work[$0.call]) }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    func row(_ call: CallRecord, work: VoicemailWork?) -> String {
        let zone = days.zoneAbbreviation
        let conversation = call.turns.map { turn in
            [turn.said.map { "Caller: " + $0 }, turn.answer.map { "Loop AI: " + $0 }].compactMap { $0 }.joined(separator: " / ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
        let fields: [String] = [
            call.call, days.dateAndTime(call.started) + " " + zone, days.dateAndTime(call.ended) + " " + zone, call.caller ?? "",
            CallAsk.allCases.filter { $0.matches(call) }.map(\.rawValue).joined(separator: "; "), call.intents.joined(separator: "; "),
            call.outcome.rawValue, Self.languageNames[call.language ?? "en"] ?? call.language ?? "", call.mode ?? "", String(call.turns.count),
            String(call.duration), conversation, call.places.joined(separator: "; "), call.hospitals.joined(separator: "; "), call.notFound.joined(separator: "; "),
            call.texts.map(\.status).joined(separator: "; "), Self.recording(call.recording), call.handoff ?? "",
            call.voicemail == nil ? "" : (work?.state.rawValue ?? VoicemailWork.State.new.rawValue),
        ]
        return fields.map(Self.field).joined(separator: ",")
    }

    static let languageNames = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, $0.englishName) })

    /// `completed (34 s)`, `absent: Twilio error 21220`, `stopped by the caller`.
    static func recording(_ recording: CallRecord.Recording?) -> String {
        guard let recording else { return "" }
        if recording.stoppedByCaller { return "stopped by the caller" }
        var text = recording.status
        if let duration = recording.duration { text += " (\(duration) s)" }
        if let note = recording.note, !note.isEmpty { text += ": " + note }
        return text
    }

    /// A CSV field, quoted when it must be. A cell a spreadsheet would run as a formula (`=`, `@`,
    /// a tab or return first; `+` or `-` followed by more than a number) gets a `'` first; a masked
    /// number (`+91******5678`) or a plain number is left as it is.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first {
            let numberLike = text.dropFirst().allSatisfy { ($0.isASCII && $0.isNumber) || "*. ".contains($0) }
            if "=@\t\r".contains(first) || ("+-".contains(first) && !numberLike) { text = "'" + text }
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
