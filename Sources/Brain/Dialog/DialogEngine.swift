import HospitalSearch
import Shared
import Foundation
import Twilio

/// One turn in, a decision out, and the decision phrased for its channel: the dialog's three
/// stages, run in this order.
///
/// 1. **Understand** (``Interpreter``): the words become an ``Understanding`` — an intent, a
///    place already resolved by the directory, hospital words, a count or an ordinal.
/// 2. **Decide** (``DialogPolicy``): the conversation's rules turn that and the session's
///    ``DialogState`` into a ``DialogDecision`` — acts, the next question, the new state.
/// 3. **Phrase** (``Phrasing``): the decision becomes sentences and TwiML, a relay reply, a text
///    or the web page's JSON (``reply(to:on:)``).
///
/// ``answer(_:state:context:)`` is the one way into the first two: production, the web page and
/// the evaluation all call it.
struct DialogEngine: Sendable {
    var directory: HospitalDirectory
    let humanAgentNumber: String?
    /// What the agent's phone shows on a hand-off (`HUMAN_AGENT_CALLER_ID`).
    var humanAgentCallerID: String?
    let voices: Voices
    /// The language a call is held in until the caller chooses (`DEFAULT_LANGUAGE`).
    let defaultLanguage: Language

    init(directory: HospitalDirectory, humanAgentNumber: String? = nil, voices: Voices = Voices(), defaultLanguage: Language = .english) {
        self.directory = directory
        self.humanAgentNumber = humanAgentNumber
        self.voices = voices
        self.defaultLanguage = defaultLanguage
    }

    /// The dialog's decision on one turn.
    struct Answered: Sendable {
        /// Decided before ``decision`` on the same turn: the web page's greeting of a new conversation.
        var earlier: [DialogDecision] = []
        /// The decision whose state the session keeps.
        var decision: DialogDecision

        var decisions: [DialogDecision] { earlier + [decision] }
    }

    /// Understands what the caller did and decides on it, without phrasing.
    func answer(_ input: DialogInput, state: DialogState?, context: CallContext = CallContext()) -> Answered {
        switch input {
        case .typed(let words, let language):
            return answerTyped(words, language: language, state: state, context: context)
        case .callStarted, .said, .relayPrompt, .texted, .fallback, .handoffEnded, .messageLeft, .relayEnded:
            let turn = understand(input, state: state)
            return Answered(decision: DialogPolicy(directory: directory, defaultLanguage: defaultLanguage).decide(turn, state: state, context: context))
        }
    }

    /// A question from the web: a new (or finished) conversation is greeted first, then the words
    /// are answered. Words typed in a language's own script (Devanagari) are that language
    /// whatever the page chose: a page is not a phone line, nobody needs to be asked.
    private func answerTyped(_ words: String, language: Language?, state: DialogState?, context: CallContext) -> Answered {
        var greeting: [DialogDecision] = []
        var state = state
        let chosen = LanguageRegistry.writing(words) ?? language
        if state == nil || state?.ended == true {
            let greeted = answer(.callStarted(), state: chosen.map { DialogState(language: $0) }, context: context).decision
            greeting.append(greeted)
            state = greeted.state
        }
        if let chosen { state?.language = chosen }
        guard !words.isEmpty else {
            // The greeting alone: a page opened, nothing typed yet.
            guard let greeted = greeting.last else { return answer(.callStarted(), state: state, context: context) }
            return Answered(decision: greeted)
        }
        let turn = understand(.typed(words, language: language), state: state)
        let decision = DialogPolicy(directory: directory, defaultLanguage: defaultLanguage).decide(turn, state: state, context: context)
        return Answered(earlier: greeting, decision: decision)
    }

    /// The understanding stage: the words said (or keys pressed) now and, while Loop AI asks
    /// "is that right?", the words it is asking about — in the call's language.
    private func understand(_ input: DialogInput, state: DialogState?) -> CallerTurn {
        let interpreter = Interpreter(directory: directory)
        let language = state?.language ?? defaultLanguage
        let understanding: Understanding
        var confidence: Double?
        var relay: String?
        switch input {
        case .callStarted(let socket):
            relay = socket
            understanding = Understanding(intent: .silence)
        case .handoffEnded, .messageLeft:
            understanding = Understanding(intent: .silence)
        case .relayEnded(let ending):
            relay = ending.relay.isEmpty ? nil : ending.relay
            understanding = Understanding(intent: .silence)
        case .said(let utterance), .relayPrompt(let utterance, _):
            confidence = utterance.confidence
            if let digits = utterance.digits, utterance.speech.isEmpty {
                // The greeting's keys: each offered language has one, in the order of `LANGUAGES`.
                let chosen = voices.language(forKey: digits)
                understanding = Understanding(intent: chosen == nil ? .unclear : .chooseLanguage, language: chosen)
            } else {
                understanding = interpreter.understand(utterance.speech, in: language)
            }
        case .texted, .typed, .fallback:
            understanding = interpreter.understand(input.words, in: language)
        }
        var heldWords: Understanding?
        if case .heard(let words)? = state?.pending { heldWords = interpreter.understand(words, in: language) }
        return CallerTurn(input: input, speech: input.words, confidence: confidence, understanding: offered(understanding), heldWords: heldWords, relay: relay)
    }

    /// Only the languages this deployment offers are switched to or offered: another one chosen
    /// or heard is a language Loop AI does not speak here, though what was said in it (an
    /// emergency) is still answered, in the call's language.
    private func offered(_ understanding: Understanding) -> Understanding {
        var understood = understanding
        if let speaks = understood.speaks, !voices.offered.contains(speaks) {
            guard understood.intent == .emergency else { return Understanding(intent: .otherLanguage) }
            understood.speaks = nil
        }
        guard let language = understood.language, !voices.offered.contains(language) else { return understood }
        switch understood.intent {
        case .chooseLanguage: return Understanding(intent: .otherLanguage)
        case .otherLanguage: understood.language = nil
        default: break
        }
        return understood
    }

    static func json(_ reply: some Encodable) -> String {
        (try? String(decoding: JSONEncoder().encode(reply), as: UTF8.self)) ?? "{}"
    }

    func twiml(for decision: DialogDecision) -> TwiML {
        Phrasing.twiml(for: decision, directory: directory, voices: voices, humanAgentNumber: humanAgentNumber, callerID: humanAgentCallerID)
    }

    /// The voice the decision is spoken in.
    func voice(for decision: DialogDecision) -> VoiceSettings {
        voices[decision.language]
    }
}
