import HospitalSearch
import Shared
import Foundation
import Twilio

/// One turn in, TwiML out: the dialog's three stages, run in this order.
///
/// 1. **Understand** (``Interpreter``): the words become an ``Understanding`` — an intent, a
///    place already resolved by the directory, hospital words, a count or an ordinal.
/// 2. **Decide** (``DialogPolicy``): the conversation's rules turn that and the session's
///    ``DialogState`` into a ``DialogDecision`` — acts, the next question, the new state.
/// 3. **Phrase** (``Phrasing``): the decision becomes sentences and TwiML.
struct DialogEngine: Sendable {
    let directory: HospitalDirectory
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

    /// The dialog's decision and the TwiML that speaks it.
    struct Answer: Sendable {
        let decision: DialogDecision
        let twiml: TwiML
    }

    /// - Parameters:
    ///   - agentAccepted: on a hand-off's end, whether a person took the call.
    ///   - context: what the call can do beyond the list (``CallContext``).
    func answer(
        kind: Turn.Kind, speech: String, confidence: Double?, digits: String? = nil, agentAccepted: Bool = false, state: DialogState?,
        context: CallContext = CallContext()
    ) -> Answer {
        let decision = decide(
            kind: kind, speech: speech, confidence: confidence, digits: digits, agentAccepted: agentAccepted, state: state, context: context)
        // A text conversation is answered with a text; a call, with speech.
        let reply = kind == .sms ? TwiML([.message(Phrasing.textReply(for: decision))]) : twiml(for: decision)
        return Answer(decision: decision, twiml: reply)
    }

    /// A phone turn or a text, answered: the decision, the reply as its channel wants it (TwiML
    /// for `<Gather>` calls and texts, a ``RelayReply`` for a ConversationRelay prompt), and the
    /// sentences said, phrased once for both the reply and the call's record.
    struct Answered: Sendable {
        let decision: DialogDecision
        let body: TurnReply.Body
        let sentences: [String]
    }

    func answer(to turn: Turn, state: DialogState?, context: CallContext = CallContext()) -> Answered {
        var caller = understand(
            kind: turn.kind, speech: turn.speech, confidence: turn.utterance?.confidence, digits: turn.utterance?.digits, state: state)
        switch turn.payload {
        case .dialEnded(let result, _): caller.agentAccepted = result.agentAccepted
        case .callStarted(_, let relay): caller.relay = relay
        case .relayPrompt(_, let interruption, _): caller.interrupted = interruption
        case .relayEnded(let ending, _):
            caller.relayEnding = ending
            caller.relay = ending.relay.isEmpty ? nil : ending.relay
        case .speech, .fallback, .sms, .voicemail, .web, .search: break
        }
        let decision = DialogPolicy(directory: directory, defaultLanguage: defaultLanguage).decide(caller, state: state, context: context)
        let sentences = Phrasing.sentences(for: decision)
        let body: TurnReply.Body
        switch turn.kind {
        case .relayPrompt:
            body = .json(Self.json(Phrasing.relayReply(for: decision, humanAgentNumber: humanAgentNumber, sentences: sentences)))
        case .sms:
            body = .twiml(TwiML([.message(Phrasing.textReply(for: decision))]).render(voice(for: decision)))
        default:
            body = .twiml(
                Phrasing.twiml(
                    for: decision, directory: directory, voices: voices, humanAgentNumber: humanAgentNumber, callerID: humanAgentCallerID,
                    sentences: sentences
                ).render(voice(for: decision)))
        }
        return Answered(decision: decision, body: body, sentences: sentences)
    }

    static func json(_ reply: some Encodable) -> String {
        (try? String(decoding: JSONEncoder().encode(reply), as: UTF8.self)) ?? "{}"
    }

    /// A question from the web: a new (or finished) conversation is greeted first, then the words
    /// are answered; the decisions in order, the last holding the state to keep.
    /// `language`: the page's choice for the conversation. Words typed in a language's own script
    /// (Devanagari) are that language whatever the box says: a page is not a phone line, nobody
    /// needs to be asked.
    func decideWeb(speech: String, state: DialogState?, language: Language? = nil, context: CallContext = CallContext()) -> [DialogDecision] {
        var decisions: [DialogDecision] = []
        var state = state
        let chosen = LanguageRegistry.writing(speech) ?? language
        if state == nil || state?.ended == true {
            let greeting = decide(kind: .callStarted, speech: "", confidence: nil, state: chosen.map { DialogState(language: $0) }, context: context)
            decisions.append(greeting)
            state = greeting.state
        }
        if let chosen { state?.language = chosen }
        if !speech.isEmpty { decisions.append(decide(kind: .speech, speech: speech, confidence: nil, state: state, context: context)) }
        return decisions
    }

    /// Understands the turn and decides on it, without phrasing.
    func decide(
        kind: Turn.Kind, speech: String, confidence: Double?, digits: String? = nil, agentAccepted: Bool = false, state: DialogState?,
        context: CallContext = CallContext()
    ) -> DialogDecision {
        var turn = understand(kind: kind, speech: speech, confidence: confidence, digits: digits, state: state)
        turn.agentAccepted = agentAccepted
        return DialogPolicy(directory: directory, defaultLanguage: defaultLanguage).decide(turn, state: state, context: context)
    }

    /// The understanding stage: the words said (or keys pressed) now and, while Loop AI asks
    /// "is that right?", the words it is asking about — in the call's language.
    func understand(kind: Turn.Kind, speech: String, confidence: Double?, digits: String? = nil, state: DialogState?) -> CallerTurn {
        let interpreter = Interpreter(directory: directory)
        let language = state?.language ?? defaultLanguage
        let understanding: Understanding
        if kind == .callStarted || kind == .dialEnded || kind == .voicemail || kind == .relayEnded {
            understanding = Understanding(intent: .silence)
        } else if let digits, speech.isEmpty {
            // The greeting's keys: each language has one (1 for English, 2 for Hindi).
            let chosen = LanguageRegistry.chosen(byKey: digits)
            understanding = Understanding(intent: chosen == nil ? .unclear : .chooseLanguage, language: chosen)
        } else {
            understanding = interpreter.understand(speech, in: language)
        }
        var heldWords: Understanding?
        if case .heard(let words)? = state?.pending { heldWords = interpreter.understand(words, in: language) }
        return CallerTurn(kind: kind, speech: speech, confidence: confidence, digits: digits, understanding: understanding, heldWords: heldWords)
    }

    func twiml(for decision: DialogDecision) -> TwiML {
        Phrasing.twiml(for: decision, directory: directory, voices: voices, humanAgentNumber: humanAgentNumber, callerID: humanAgentCallerID)
    }

    /// The voice the decision is spoken in.
    func voice(for decision: DialogDecision) -> VoiceSettings {
        voices[decision.language]
    }
}
