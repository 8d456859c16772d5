import HospitalSearch
import Shared

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

    init(directory: HospitalDirectory, humanAgentNumber: String? = nil) {
        self.directory = directory
        self.humanAgentNumber = humanAgentNumber
    }

    /// The dialog's decision and the TwiML that speaks it.
    struct Answer: Sendable {
        let decision: DialogDecision
        let twiml: TwiML
    }

    func answer(kind: Turn.Kind, speech: String, confidence: Double?, state: DialogState?) -> Answer {
        let decision = decide(kind: kind, speech: speech, confidence: confidence, state: state)
        return Answer(decision: decision, twiml: twiml(for: decision))
    }

    /// Understands the turn and decides on it, without phrasing.
    func decide(kind: Turn.Kind, speech: String, confidence: Double?, state: DialogState?) -> DialogDecision {
        DialogPolicy(directory: directory).decide(understand(kind: kind, speech: speech, confidence: confidence, state: state), state: state)
    }

    /// The understanding stage: the words said now and, while Loop AI asks "is that right?",
    /// the words it is asking about.
    func understand(kind: Turn.Kind, speech: String, confidence: Double?, state: DialogState?) -> CallerTurn {
        let interpreter = Interpreter(directory: directory)
        let understanding = kind == .callStarted ? Understanding(intent: .silence) : interpreter.understand(speech)
        var heldWords: Understanding?
        if case .heard(let words)? = state?.pending { heldWords = interpreter.understand(words) }
        return CallerTurn(kind: kind, speech: speech, confidence: confidence, understanding: understanding, heldWords: heldWords)
    }

    func twiml(for decision: DialogDecision) -> TwiML {
        Phrasing.twiml(for: decision, cities: directory.cities, humanAgentNumber: humanAgentNumber)
    }
}
