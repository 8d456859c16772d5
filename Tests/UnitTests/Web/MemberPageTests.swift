import Foundation
import Testing

@testable import Brain
@testable import HospitalSearch
@testable import Shared

/// What the member's page is given for its cards and its emergency links.
@Suite("The member page's data")
struct MemberPageTests {
    @Test("A card's address is the list's own ('#12, Opp. Bus Stand, MG Rd.'), not how it is spoken ('number 12, opposite …, Road')")
    func cardsShowTheAddressAsListed() {
        let listed = "#12, Opp. Bus Stand, MG Rd."
        let item = NetworkSearch.item(SpokenHospital(name: "Sunrise Hospital", area: "MG Road", address: listed, city: "Pune"))
        #expect(item.address == listed)
        #expect(Speech.clean(listed) != listed, "the spoken form differs, so the card would show it if it were used")
    }

    @Test("An emergency answer tells the page so (it links 112 and 108), in either language; a listing does not")
    func emergencyFlag() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let session = WebSessionID(random: .random(), signature: "0123456789abcdef")
        for (language, said) in [(Language.english, "my father has chest pain, it is an emergency"), (.hindi, "इमरजेंसी है, सीने में दर्द हो रहा है")] {
            let decision = engine.answer(.said(Turn.Utterance(speech: said, confidence: 0.9)), state: DialogState(greeted: true, language: language)).decision
            let reply = Phrasing.webReply([decision], session: session, humanAgentNumber: nil)
            #expect(reply.emergency == true && reply.speech.contains("112") && reply.speech.contains("108"), "\(reply.speech)")
        }
        let listing = engine.answer(.said(Turn.Utterance(speech: "Tell me 3 hospitals in Pune", confidence: 0.9)), state: DialogState(greeted: true)).decision
        let reply = Phrasing.webReply([listing], session: session, humanAgentNumber: nil)
        let json = String(decoding: try JSONEncoder().encode(reply), as: UTF8.self)
        #expect(reply.emergency == nil && !json.contains("emergency"))
    }
}
