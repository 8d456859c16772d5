import Foundation
import Shared
import Testing

@testable import Brain
@testable import HospitalSearch

/// Sessions live in Redis across deployments: a session written before an upgrade must still
/// decode, with its places meaning the same cities.
@Suite("Session compatibility")
struct SessionCompatibilityTests {
    /// A session as the previous release wrote it (places held by name).
    static let written = #"""
        {"greeted":true,"turns":3,"silences":0,"misunderstood":0,
         "lastRequest":{"kind":"list","place":{"city":{"_0":"Bengaluru"}},"name":[],"count":3,"offset":3},
         "mentioned":[{"name":"Manipal Hospitals","area":"Whitefield","address":"Whitefield Main Road","city":"Bengaluru"}],
         "pending":{"whichArea":{"_0":{"kind":"confirm","place":{"area":{"words":["whitefield"],"city":"Bengaluru"}},"name":["manipal"],"count":3,"offset":0}}},
         "ended":false}
        """#

    @Test("A JSON session written before the upgrade decodes to the same places and requests")
    func oldSessionDecodes() throws {
        let state = try SessionStore.decodeState(Array(Self.written.utf8))
        #expect(state.lastRequest?.place == .city(City(name: "Bengaluru")))
        #expect(state.lastRequest?.offset == 3)
        #expect(state.mentioned.first?.area == "Whitefield")
        guard case .whichArea(let request)? = state.pending else {
            Issue.record("expected a pending area question")
            return
        }
        #expect(request.place == .area(words: ["whitefield"], city: City(name: "Bengaluru")))
        #expect(request.name == ["manipal"])
    }

    @Test("Every state of real conversations survives the compact session encoding, which starts with its version byte")
    func compactSessionsRoundTrip() throws {
        let engine = DialogEngine(directory: try Fixture.network())
        let calls = [
            ["Tell me 3 hospitals around Bangalore", "more", "what's the address of the second one?", "bye"],
            ["Is Manipal in my network?", "Bangalore", "Whitefield", "thank you"],
            ["हिंदी", "पुणे में अस्पताल", "और बताइए"],
            ["Is Apollo in Chennai covered?", "no, Hyderabad", "connect me to a person"],
            ["", "", "hospitals in Mumbai", "how many are there?"],
        ]
        var states = 0
        for call in calls {
            var state = engine.answer(.callStarted(), state: nil).decision.state
            for line in call {
                let bytes = try SessionStore.encodeState(state)
                #expect(bytes.first == SessionStore.stateFormat)
                #expect(try SessionStore.decodeState(bytes) == state)
                #expect(bytes.count < (try JSONEncoder().encode(state)).count)
                states += 1
                state = engine.answer(.said(Turn.Utterance(speech: line, confidence: 0.9)), state: state).decision.state
            }
        }
        #expect(states == 18)
    }

    @Test("Places are written as they always were: cities by name")
    func placesKeepTheirEncoding() throws {
        let region = Place.region(name: "NCR", cities: ["New Delhi", "Noida"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(region), as: UTF8.self)
        #expect(json == #"{"region":{"cities":["New Delhi","Noida"],"name":"NCR"}}"#)
        #expect(try JSONDecoder().decode(Place.self, from: Data(json.utf8)) == region)
    }
}
