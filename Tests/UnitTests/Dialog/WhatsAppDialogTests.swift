import Foundation
import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared

/// "Send it on WhatsApp" in the dialog: understood in English, Hinglish and Devanagari, consent
/// asked once, the offer beside the texting offer, and the template's variables.
@Suite("WhatsApp in the dialog")
struct WhatsAppDialogTests {
    static var context: CallContext {
        var context = CallContext(texting: .available)
        context.whatsApp = .available
        return context
    }

    @Test("'Send it on WhatsApp', 'WhatsApp kar do' and 'व्हाट्सऐप पर भेज दीजिए' ask for WhatsApp; 'text me that' stays SMS", arguments: [
        "send it on WhatsApp", "WhatsApp kar do", "whatsapp pe bhej do", "व्हाट्सऐप पर भेज दीजिए", "व्हाट्सएप कर दो",
    ])
    func understood(_ words: String) throws {
        var call = try OutboundDialogTests.Call(context: Self.context)
        _ = call.say("Tell me 3 hospitals in Pune")
        let asked = call.say(words)
        #expect(asked.outcome == .whatsAppMe, "\(words): \(asked.outcome)")
        #expect(call.say("text me that").outbound.map { if case .text = $0 { true } else { false } } == true)
    }

    @Test("Consent is asked once: yes sends and is recorded, a later request sends at once; no sends nothing")
    func consentOnce() throws {
        var call = try OutboundDialogTests.Call(context: Self.context)
        _ = call.say("Tell me 3 hospitals in Pune")
        let asked = call.say("send it on whatsapp")
        #expect(asked.prompt == .whatsAppConsent && asked.outbound == nil)
        let yes = call.say("yes")
        #expect(yes.whatsAppConsentGiven && yes.acts == [.whatsApp(.sending(count: 3))])
        guard case .whatsApp(let hospitals)? = yes.outbound else { Issue.record("nothing sent"); return }
        #expect(hospitals.count == 3)
        _ = call.say("Tell me 2 hospitals in Mumbai")
        let again = call.say("whatsapp kar do")
        #expect(!again.whatsAppConsentGiven && again.prompt != .whatsAppConsent && again.outbound != nil)

        var declining = try OutboundDialogTests.Call(context: Self.context)
        _ = declining.say("Tell me 3 hospitals in Pune")
        _ = declining.say("send it on whatsapp")
        let no = declining.say("no")
        #expect(no.outbound == nil && no.acts == [.whatsApp(.declined)] && no.action == .listen)
    }

    @Test("Where the texting offer stands, WhatsApp is offered beside it only when it can be sent")
    func offer() throws {
        var call = try OutboundDialogTests.Call(context: Self.context)
        #expect(call.say("text me that").acts == [.nothingToText, .whatsApp(.offer)])
        var smsOnly = try OutboundDialogTests.Call()
        #expect(smsOnly.say("text me that").acts == [.nothingToText])
    }

    @Test("A number that sent STOP on WhatsApp hears why nothing is sent, in English and Hindi")
    func optedOut() throws {
        var context = Self.context
        context.whatsApp = .optedOut
        var call = try OutboundDialogTests.Call(context: context)
        _ = call.say("Tell me 3 hospitals in Pune")
        let refused = call.say("send it on whatsapp")
        #expect(refused.outbound == nil && refused.acts == [.whatsApp(.optedOut)])
        #expect(HindiPhrasing.whatsApp(.optedOut).contains("START"))
    }

    @Test("The template's variables: how many, then every hospital on one line (no line break), addresses dropped from the last first past the budget")
    func variables() throws {
        let hospitals = (1...5).map {
            SpokenHospital(name: "Hospital \($0)", area: nil, address: String(repeating: "Long Road \($0), ", count: 20) + "\nPune", city: "Pune")
        }
        let variables = Phrasing.whatsAppVariables(hospitals)
        #expect(variables["1"] == "5")
        let list = variables["2"] ?? ""
        #expect(list.count <= Phrasing.whatsAppListBudget && !list.contains("\n"), "\(list.count)")
        #expect(list.contains("1. Hospital 1, Long Road 1") && list.hasSuffix("5. Hospital 5"), "\(list)")
        let json = Phrasing.contentVariables(Array(hospitals.prefix(1)))
        #expect((try JSONDecoder().decode([String: String].self, from: Data(json.utf8)))["1"] == "1")
    }
}

@Suite("WhatsApp asked for in Marathi and Kannada")
struct WhatsAppInEveryLanguageTests {
    @Test("'Send it on WhatsApp' is understood in Marathi and Kannada as in Hindi and English", arguments: [
        ("हे व्हॉट्सॲपवर पाठवा", Language.marathi), ("ವಾಟ್ಸಾಪ್ ಮಾಡಿ", Language.kannada),
    ])
    func whatsAppInOtherLanguages(said: String, language: Language) throws {
        let understanding = Interpreter(directory: try Fixture.network()).understand(said, in: language)
        #expect(understanding.intent == .whatsAppMe, "\(understanding)")
    }
}
