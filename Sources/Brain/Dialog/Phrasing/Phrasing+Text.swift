import HospitalSearch
import Shared

/// Decisions put into words for a screen: SMS answers and the SMS a caller asks for.
///
/// Texts may say more than a breath: the same sentences as the call, then the hospitals with
/// their addresses, one per line, never more than Twilio's 1,600 characters.
extension Phrasing {
    /// Twilio's limit for one message body.
    static let textLimit = 1600

    /// The segments a text may take, as Twilio counts and bills them (``SMSSegments``): an
    /// answer by text, or the hospitals a caller asked to be texted. Every language but English is
    /// written outside the GSM alphabet, so UCS-2, 67 characters a segment: it is given more of them.
    static func segmentBudget(_ kind: TextKind, in language: Language) -> Int {
        switch (kind, language) {
        case (.reply, .english): return 3
        case (.reply, _): return 5
        case (.hospitals, .english): return 4
        case (.hospitals, _): return 6
        }
    }

    enum TextKind { case reply, hospitals }

    /// The answer to a text message: the sentences, then the hospitals with addresses while they
    /// fit in its ``segmentBudget(_:in:)``, then by name only.
    static func textReply(for decision: DialogDecision) -> String {
        let budget = segmentBudget(.reply, in: decision.language)
        func fits(_ text: String) -> Bool { SMSSegments.count(text) <= budget }
        var text = SMSSegments.plain(sentences(for: decision).joined(separator: " "))
        let hospitals = decision.acts.flatMap(Self.hospitals(in:))
        let shorts = hospitals.enumerated().map { "\n\($0.offset + 1). " + Speech.clean($0.element.name) }
        // An address is added only while every later name still fits after it: the text names
        // every hospital the answer spoke of before it gives any of them an address.
        for (index, hospital) in hospitals.enumerated() {
            let full = SMSSegments.plain("\n\(index + 1). " + line(hospital))
            let namesStillToCome = shorts[(index + 1)...].joined()
            if fits(text + full + namesStillToCome) {
                text += full
            } else if fits(text + SMSSegments.plain(shorts[index])) {
                text += SMSSegments.plain(shorts[index])
            }
        }
        if decision.action == .transferToAgent {
            text += "\n" + decision.language.phraseBook.callUs
        }
        return fitted(text)
    }

    /// The SMS a caller asked for ("text me that"): the hospitals just given, with addresses.
    /// Within its ``segmentBudget(_:in:)``: every hospital with its address, or, if that is too
    /// long, the first ones with addresses and the rest by name.
    static func textMessage(_ hospitals: [SpokenHospital], in language: Language) -> String {
        let budget = segmentBudget(.hospitals, in: language)
        var text = language.phraseBook.textHeading
        for (index, hospital) in hospitals.enumerated() {
            let full = SMSSegments.plain("\n\(index + 1). " + line(hospital))
            let rest = hospitals[(index + 1)...].enumerated().map { "\n\(index + $0.offset + 2). " + Speech.clean($0.element.name) }.joined()
            text += SMSSegments.count(text + full + SMSSegments.plain(rest)) <= budget ? full : SMSSegments.plain("\n\(index + 1). " + Speech.clean(hospital.name))
        }
        return fitted(text)
    }

    /// The hospitals an act names, in order.
    static func hospitals(in act: DialogAct) -> [SpokenHospital] {
        switch act {
        case .listing(_, _, let hospitals, _, _): return hospitals
        case .confirmed(let hospital), .details(let hospital): return [hospital]
        case .confirmedSeveral(_, _, _, let examples): return examples
        case .notFound(_, _, let here, _): return here
        case .emergency(_, let hospitals): return hospitals
        default: return []
        }
    }

    /// "1. Name\n   Address, City" for each hospital.
    private static func numbered(_ hospitals: [SpokenHospital]) -> String {
        hospitals.enumerated().map { index, hospital in "\(index + 1). " + line(hospital) }.joined(separator: "\n")
    }

    /// "Name\n   Address, City".
    private static func line(_ hospital: SpokenHospital) -> String {
        let address = Speech.clean(hospital.address).trimmedOfPunctuation
        let city = Speech.namesCity(address, hospital.city) ? "" : ", " + hospital.city
        return "\(Speech.clean(hospital.name))\n   \(address)\(city)"
    }

    /// Cut at a line (or, failing that, a word) so the text fits in one Twilio message.
    static func fitted(_ text: String) -> String {
        guard text.count > textLimit else { return text }
        let room = text.prefix(textLimit - 3)
        let cut = room.lastIndex(of: "\n") ?? room.lastIndex(of: " ") ?? room.endIndex
        // "...", not "…": one character outside the GSM alphabet makes the whole text UCS-2.
        return String(room[..<cut]) + "..."
    }
}
