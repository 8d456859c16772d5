import HospitalSearch
import Shared

/// Decisions put into words for a screen: SMS answers and the SMS a caller asks for.
///
/// Texts may say more than a breath: the same sentences as the call, then the hospitals with
/// their addresses, one per line, never more than Twilio's 1,600 characters.
extension Phrasing {
    /// Twilio's limit for one message body.
    static let textLimit = 1600

    /// What a text answer aims at: three segments of 153 characters (the whole answer still never
    /// passes ``textLimit``).
    static let textTarget = 3 * 153

    /// The answer to a text message: the sentences, then the hospitals with addresses while they
    /// fit in three segments, then by name only.
    static func textReply(for decision: DialogDecision) -> String {
        var text = sentences(for: decision).joined(separator: " ")
        let hospitals = decision.acts.flatMap(Self.hospitals(in:))
        let shorts = hospitals.enumerated().map { "\n\($0.offset + 1). " + Speech.clean($0.element.name) }
        // An address is added only while every later name still fits after it: the text names
        // every hospital the answer spoke of before it gives any of them an address.
        var namesStillToCome = shorts.reduce(0) { $0 + $1.count }
        for (index, hospital) in hospitals.enumerated() {
            let full = "\n\(index + 1). " + line(hospital)
            namesStillToCome -= shorts[index].count
            if text.count + full.count + namesStillToCome <= textTarget {
                text += full
            } else if text.count + shorts[index].count <= textTarget {
                text += shorts[index]
            }
        }
        if decision.action == .transferToAgent {
            text += "\n" + decision.language.phraseBook.callUs
        }
        return fitted(text)
    }

    /// The SMS a caller asked for ("text me that"): the hospitals just given, with addresses.
    static func textMessage(_ hospitals: [SpokenHospital], in language: Language) -> String {
        let heading = language.phraseBook.textHeading
        return fitted(heading + "\n" + numbered(hospitals))
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
        let room = text.prefix(textLimit - 1)
        let cut = room.lastIndex(of: "\n") ?? room.lastIndex(of: " ") ?? room.endIndex
        return String(room[..<cut]) + "…"
    }
}
