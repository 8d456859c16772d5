import HospitalSearch
import Shared
import Twilio

/// A decision as ConversationRelay speaks it: sentences as text tokens, and an ending when the
/// socket is to close; and the `<Connect><ConversationRelay>` that opens a socket.
extension Phrasing {
    /// The reply for the gateway holding the socket. It ends the session the way
    /// ``twiml(for:directory:voices:humanAgentNumber:callerID:)`` would end a `<Gather>` call:
    /// a hand-off with a number to call goes to `/twilio/relay-ended` for the `<Dial>`.
    static func relayReply(for decision: DialogDecision, humanAgentNumber: String?, voices: Voices = Voices(), sentences said: [String]? = nil) -> RelayReply {
        let language = decision.language
        var sentences = said ?? Self.sentences(for: decision)
        if decision.pace == .slow { sentences = slowly(sentences) }
        switch decision.action {
        case .listen:
            // The greeting, or another language heard: the other languages are offered, each in its own voice.
            // The recording notice, said again in a language the caller just chose, is heard whole.
            let whole: Bool? = decision.acts.contains(.recordingNotice) ? true : nil
            guard decision.offersLanguages else {
                return RelayReply(sentences: sentences, language: language, uninterruptible: whole)
            }
            let offers = voices.offers(besides: language).map { RelayReply.Voiced(text: $0.text, language: $0.language) }
            return RelayReply(sentences: sentences, language: language, voiced: offers, uninterruptible: whole)
        // An ending's words are said by the `<Connect action>` answer (``DialogPolicy/relayEnded(_:state:)``),
        // before its <Dial>, <Hangup> or <Record>: Twilio does not promise to play text sent just before `end`.
        case .hangUp:
            return RelayReply(sentences: [], language: language, ending: .goodbye)
        case .transferToAgent where humanAgentNumber != nil:
            return RelayReply(sentences: [], language: language, ending: .handoff)
        case .transferToAgent:
            return RelayReply(sentences: [], language: language, ending: .goodbye)
        case .recordMessage:
            return RelayReply(sentences: [], language: language, ending: .message)
        }
    }

    /// `<Connect><ConversationRelay>` saying `sentences` as its welcome, listening in the call's
    /// language and ready to switch to every other one.
    static func connectRelay(
        socket: String, sentences: [String], decision: DialogDecision, directory: HospitalDirectory, voices: Voices
    ) -> TwiML.Verb {
        let language = decision.language
        let spoken = ([language] + voices.offered.filter { $0 != language }).map {
            ConversationRelay.Spoken(code: voices[$0].language, voice: voices[$0].relay)
        }
        // The other languages' offers are said in their own voices once the socket opens.
        var parameters = [ConversationRelay.Parameter(name: Language.queryName, value: language.rawValue)]
        if decision.offersLanguages {
            for (other, offer) in voices.offers(besides: language) {
                parameters.append(ConversationRelay.Parameter(name: RelayReply.offerParameter(other), value: offer))
            }
        }
        var relay = ConversationRelay(
            url: socket, action: TwilioRoutes.relayEnded, welcomeGreeting: sentences.joined(separator: " "), language: voices[language].language,
            languages: spoken, hints: hints(for: decision.state, directory: directory, in: language), parameters: parameters)
        relay.reportInputDuringAgentSpeech = voices.relayReportInput
        // A welcome that carries the recording notice is heard whole; keys are still reported.
        if decision.acts.contains(.recordingNotice) { relay.welcomeGreetingInterruptible = .none }
        return .connectRelay(relay)
    }

    /// How many of `hospitals`, in order, a caller heard in `heard` (the words spoken before they
    /// cut in): a name counts once its first words were said.
    static func namesHeard(_ hospitals: [SpokenHospital], in heard: String) -> Int {
        let said = " " + TextNormalizer.phrase(heard) + " "
        var from = said.startIndex
        for (position, hospital) in hospitals.enumerated() {
            let key = " " + TextNormalizer.tokens(Speech.clean(hospital.name)).prefix(2).joined(separator: " ") + " "
            guard let found = said.range(of: key, range: from..<said.endIndex) else { return position }
            from = said.index(before: found.upperBound)
        }
        return hospitals.count
    }
}
