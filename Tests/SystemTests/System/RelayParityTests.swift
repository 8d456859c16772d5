import Foundation
import Testing

@testable import Brain
@testable import LoopTools
@testable import Shared

/// A relay call holds every behaviour of a webhook call: the conversation evaluation sets, played
/// through a `<Gather>` gateway and a ConversationRelay gateway on the same brains, say the same
/// words turn for turn and end the same way.
@Suite("ConversationRelay parity", .serialized, .timeLimit(.minutes(6)))
struct RelayParityTests {
    @Test("Every evaluation conversation says the same through ConversationRelay as through <Gather> webhooks, and ends the same way")
    func sameConversations() async throws {
        let cases = try ["conversations.txt", "english.txt", "hindi.txt"].flatMap { try EvaluationTests.set($0).cases }
            // Twilio's recogniser confidence exists only for <Gather>: cases about it stay there.
            .filter { $0.turns.allSatisfy { $0.confidence == 0.92 } }
        let stack = try await LoopStack()
        let relayPort = try await stack.startGateway(environment: ["VOICE_MODE": "relay"])
        var compared = 0
        var differences: [String] = []
        do {
            for testCase in cases {
                let gather = stack.caller(url: stack.gatewayURL)
                let relay = RelayCaller(webhooks: stack.caller(url: "http://127.0.0.1:\(relayPort)"))
                let greeting = try await gather.start()
                let relayGreeting = try await relay.start()
                if Self.plain(greeting.text) != Self.plain(relayGreeting.text) {
                    differences.append("line \(testCase.line), greeting:\n  gather: \(greeting.text)\n  relay:  \(relayGreeting.text)")
                }
                for turn in testCase.turns {
                    let heard: CallSimulator.Exchange
                    let spoken: RelayCaller.Reply
                    if let digits = turn.digits {
                        heard = try await gather.press(digits)
                        spoken = try await relay.press(digits, endWait: heard.ended ? .seconds(5) : .zero)
                    } else {
                        heard = try await gather.say(turn.said, confidence: turn.confidence)
                        spoken = try await relay.say(turn.said, endWait: heard.ended ? .seconds(5) : .zero)
                    }
                    compared += 1
                    // An ending's words are said by the <Connect action> answer, before its <Dial> or <Hangup>.
                    var relayText = spoken.text
                    if let ending = spoken.ending {
                        let (after, _) = try await relay.sessionEnded(handoffData: ending.isEmpty ? nil : ending)
                        relayText = ([relayText] + after.said).filter { !$0.isEmpty }.joined(separator: " ")
                    }
                    if Self.plain(heard.text) != Self.plain(relayText) || heard.ended != (spoken.ending != nil) {
                        differences.append(
                            "line \(testCase.line), '\(turn.said)':\n  gather: \(heard.text) (ended: \(heard.ended))\n  relay:  \(relayText) (end: \(spoken.ending ?? "none"))")
                    }
                    if heard.ended { break }
                }
            }
        } catch {
            Issue.record("\(error)\n\(stack.logs)")
        }
        await stack.shutdown()
        #expect(compared > 500, "only \(compared) turns compared")
        #expect(differences.isEmpty, "\(differences.count) of \(compared) turns differ:\n\(differences.prefix(10).joined(separator: "\n"))")
    }

    /// Whitespace aside, the words said.
    static func plain(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
