import Shared
import Twilio

extension DialogEngine {
    /// Where an answer goes, and so how it is phrased.
    enum Channel: Sendable {
        /// A `<Gather>` call: TwiML.
        case gather
        /// A ConversationRelay call: a ``RelayReply``.
        case relay
        /// A text conversation: TwiML with one `<Message>`.
        case text
        /// The web page or the JSON API: ``ConverseReply`` JSON for this session.
        case web(WebSessionID)
    }

    /// The phrasing stage: the reply as its channel wants it, and the sentences a caller hears
    /// (phrased once for both the reply and the call's record; empty off the phone).
    func reply(to answered: Answered, on channel: Channel) -> (body: TurnReply.Body, sentences: [String]) {
        let decision = answered.decision
        switch channel {
        case .gather:
            let sentences = Phrasing.sentences(for: decision)
            let twiml = Phrasing.twiml(
                for: decision, directory: directory, voices: voices, humanAgentNumber: humanAgentNumber, callerID: humanAgentCallerID, sentences: sentences)
            return (.twiml(twiml.render(voice(for: decision))), sentences)
        case .relay:
            let sentences = Phrasing.sentences(for: decision)
            return (.json(Self.json(Phrasing.relayReply(for: decision, humanAgentNumber: humanAgentNumber, voices: voices, sentences: sentences))), sentences)
        case .text:
            return (.twiml(TwiML([.message(Phrasing.textReply(for: decision))]).render(voice(for: decision))), [])
        case .web(let session):
            return (.json(Self.json(Phrasing.webReply(answered.decisions, session: session, humanAgentNumber: humanAgentNumber))), [])
        }
    }
}
