import Foundation
import HospitalSearch
import Shared

/// WhatsApp in words: what the caller hears about it, and the variables of the approved template
/// that carries the hospitals (the template's fixed text is in docs/twilio.md, "WhatsApp").
extension Phrasing {
    static func whatsApp(_ act: WhatsAppAct) -> String {
        switch act {
        case .offer: return "I can also send them to you on WhatsApp."
        case .askConsent: return "I can send these hospitals and their addresses to you on WhatsApp."
        case .sending(let count):
            return "Okay. I'm sending \(count == 1 ? "that hospital's address" : "those hospitals and their addresses") on WhatsApp to the number you're calling from."
        case .declined: return "Okay, I won't message you on WhatsApp."
        case .unavailable: return "I'm sorry, I can't send WhatsApp messages from this line."
        case .limitReached: return "I'm sorry, I've already sent as many WhatsApp messages to your number as I can today."
        case .optedOut: return "This number has asked not to receive WhatsApp messages from us, so I won't send one. Send START to us on WhatsApp to receive them again."
        case .failed: return "I'm sorry, the WhatsApp message I promised could not be delivered."
        case .sentBySMSInstead: return "The WhatsApp message I promised could not be delivered, so I sent it to you by text instead."
        case .stopped: return "You will not get WhatsApp messages from Loop AI any more. Send START to receive them again."
        case .started: return "Welcome back. Ask me, for example, for hospitals in Pune."
        }
    }

    /// The most characters the hospitals may take in the template: WhatsApp allows 1,024 in a
    /// template's body with its variables filled in, and the fixed text takes under 200.
    static let whatsAppListBudget = 800

    /// `ContentVariables` of the hospitals template: `1` how many, `2` the hospitals as one line
    /// ("1. Name, address; 2. …"), since a variable may hold no line break. Addresses are dropped
    /// from the last hospitals first when the list would pass ``whatsAppListBudget``.
    static func whatsAppVariables(_ hospitals: [SpokenHospital]) -> [String: String] {
        func flat(_ text: String) -> String {
            text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        let named = hospitals.enumerated().map { "\($0.offset + 1). " + flat(Speech.clean($0.element.name)) }
        var full = hospitals.enumerated().map { index, hospital in
            named[index] + (hospital.address.isEmpty ? "" : ", " + flat(hospital.address))
        }
        var cut = full.count
        while cut > 0, full.joined(separator: "; ").count > whatsAppListBudget {
            cut -= 1
            full[cut] = named[cut]
        }
        var list = full.joined(separator: "; ")
        if list.count > whatsAppListBudget { list = String(list.prefix(whatsAppListBudget - 3)) + "..." }
        return ["1": String(hospitals.count), "2": list]
    }

    /// The variables as Twilio takes them: a JSON object of placeholder → value.
    static func contentVariables(_ hospitals: [SpokenHospital]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(whatsAppVariables(hospitals))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
