import Foundation
import HospitalSearch

/// What the agent hears before taking a handed-off call: who is calling about what.
extension Phrasing {
    /// "hospitals in Pune", "whether Manipal is in the network in Bengaluru": the caller's last
    /// question, for the whisper; in English, for the agents.
    static func handoffTopic(for decision: DialogDecision) -> String {
        var topic: String
        if let words = decision.state.outOfScopeWords, !decision.acts.contains(where: Self.namesHospitals) {
            topic = "a question outside the hospital list: \"\(words)\""
        } else if decision.acts.contains(.outOfScope) {
            topic = "a question outside the hospital list"
        } else if let request = decision.state.lastRequest {
            let place = request.place.map { " in " + name(of: $0) } ?? ""
            switch request.kind {
            case .confirm where !request.name.isEmpty: topic = "whether \(label(request.name)) is in the network\(place)"
            case .count: topic = "how many network hospitals there are\(place)"
            default: topic = "network hospitals\(place)"
            }
        } else {
            topic = "network hospitals"
        }
        // The whisper is English, for the agent: it says which language the caller speaks.
        if decision.language != .english { topic += ", in \(decision.language.profile.englishName)" }
        return String(topic.prefix(200))
    }

    /// True for an act that answers from the list: the topic is then that question, not earlier words.
    static func namesHospitals(_ act: DialogAct) -> Bool {
        switch act {
        case .listing, .count, .confirmed, .confirmedSeveral, .notFound, .noHospitals: return true
        default: return false
        }
    }

    /// A query-string value: letters, digits and `-._~` kept, everything else percent-encoded.
    static func queryEscaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryValueCharacters) ?? ""
    }

    private static let queryValueCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
