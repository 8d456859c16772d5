import Testing

@testable import Brain
import HospitalSearch
import Shared

/// A question of words of its own that names nothing Loop AI knows and asks nothing it answers is
/// for a person; a question about hospitals, places or the last answer is not.
@Suite("Questions about something else")
struct OffTopicQuestionsTests {
    @Test(
        "A question naming nothing Loop AI knows is handed on",
        arguments: ["how cold will it get tonight", "when does the next train leave", "where can I buy a good umbrella", "will it rain tomorrow morning"])
    func offTopic(said: String) throws {
        #expect(try StoriesAndAsksTests.understand(said).intent == .outOfScope)
    }

    @Test(
        "A request of several words of its own, or a count of something the list does not hold, is handed on, not met with 'which city?' or 'I didn't understand'",
        arguments: [
            "tell me a good joke yaar, I am very bored sitting at home", "how many days will the courier take to deliver my card",
            "आज बारिश कितनी तेज़ होगी, छाता ले जाऊँ क्या", "कोई अच्छा सा गाना सुना दो, मूड ठीक करना है",
        ])
    func somethingElse(said: String) throws {
        let understanding = try Self.understand(said)
        #expect(understanding.intent == .outOfScope, "\(understanding)")
    }

    @Test("A count or a list with nothing of its own still asks which city", arguments: ["how many are there", "how many hospitals", "कितने हैं"])
    func bareCounts(said: String) throws {
        #expect(try Self.understand(said).intent == .count)
    }

    static func understand(_ said: String) throws -> Understanding {
        Interpreter(directory: try Fixture.network()).understand(said, in: Script.of(said) == .latin ? .english : .hindi)
    }

    @Test(
        "A question about hospitals, a place or the answer stays Loop AI's",
        arguments: ["which ones are cashless", "how many are there in Pune", "what about Mumbai", "can you repeat that", "who are you"])
    func staysOnTopic(said: String) throws {
        #expect(try StoriesAndAsksTests.understand(said).intent != .outOfScope)
    }

    @Test(
        "An agent or an executive in the caller's story, around a place named, is the story; asking for one is asking for a person",
        arguments: [
            ("the executive who sold me this card has switched off his phone, Pune please", false),
            ("मेरा एजेंट कल से फ़ोन नहीं उठा रहा, पुणे कर दीजिए", false),
            ("can I talk to an agent", true), ("agent please", true), ("connect me to a real person for Pune", true),
        ])
    func agentInAStory(said: String, asksForAPerson: Bool) throws {
        #expect((try StoriesAndAsksTests.understand(said).intent == .humanAgent) == asksForAPerson, "\(said)")
    }
}
