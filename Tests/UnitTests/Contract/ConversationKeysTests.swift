import Logging
import Testing

@testable import Redis
@testable import Shared

/// The keys that keep conversations apart, with a configured secret (no Redis is asked).
@Suite("Conversation keys")
struct ConversationKeysTests {
    static func keys(_ secret: String) -> ConversationKeys {
        // Never connects: a configured secret is used as is.
        ConversationKeys(secret: secret, redis: RedisClient(endpoint: .default, logger: Logger(label: "test")), keys: RedisKeys())
    }

    static let ours = keys(String(repeating: "s", count: 32))
    static let theirs = keys(String(repeating: "t", count: 32))

    @Test("A web id this deployment issued verifies; one altered by a digit, or issued under another secret, does not")
    func webIDs() async throws {
        let id = try await Self.ours.newWebSession()
        #expect(id.value.count == 52 && WebSessionID(id.value) == id)
        #expect(try await Self.ours.verify(id) == id)
        let last = id.value.last == "0" ? "1" : "0"
        let altered = try #require(WebSessionID(String(id.value.dropLast()) + last))
        #expect(try await Self.ours.verify(altered) == nil)
        #expect(try await Self.theirs.verify(id) == nil)
        #expect(try await Self.ours.newWebSession() != id)
    }

    @Test("A text conversation's key is a keyed hash of the number: stable, one per number, unknown without the secret")
    func textKeys() async throws {
        let number = "+919876545678"
        let key = try await Self.ours.textConversation(number: number)
        #expect(try await Self.ours.textConversation(number: number) == key)
        #expect(try await Self.ours.textConversation(number: "+919876545679") != key)
        #expect(try await Self.theirs.textConversation(number: number) != key)
        #expect(key != CallSid.standIn(for: "sms:" + number), "never the plain hash anyone can compute")
    }

    @Test("Each kind of conversation has its own key space")
    func keySpaces() throws {
        let sid = CallSid.random()
        let web = WebSessionID(random: TurnID(String(sid.value.dropFirst(2)))!, signature: "0123456789abcdef")
        let spaces = [RedisKeys().session(.phoneCall(sid)), RedisKeys().session(.textThread(sid)), RedisKeys().session(.webSession(web))]
        #expect(Set(spaces).count == 3)
        #expect(spaces[0] == RedisKeys().session(call: sid), "a phone call's session keeps its key across the upgrade")
    }
}
