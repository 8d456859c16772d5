import Config
import Foundation
import HospitalSearch
import Shared
import Twilio

/// A decision as TwiML: the sentences, the closing question, and what Twilio does next.
extension Phrasing {
    static func twiml(
        for decision: DialogDecision, directory: HospitalDirectory, voices: Voices = Voices(), humanAgentNumber: String?, callerID: String? = nil,
        sentences said: [String]? = nil, hintSets: HintSets? = .shared
    ) -> TwiML {
        let language = decision.language
        var sentences = said ?? Self.sentences(for: decision)
        if decision.pace == .slow { sentences = slowly(sentences) }
        var twiml: TwiML
        switch decision.action {
        case .listen where decision.state.relay != nil:
            // A ConversationRelay call listens through a (new) socket, its words the welcome.
            twiml = TwiML([connectRelay(socket: decision.state.relay ?? "", sentences: sentences, decision: decision, directory: directory, voices: voices)])
        case .listen:
            if let hintSets {
                twiml = ask(sentences, state: decision.state, directory: directory, in: language, cache: hintSets)
            } else {
                twiml = .ask(sentences, hints: hints(for: decision.state, directory: directory, in: language))
            }
            // The greeting, or another language heard: the other languages offered, each in its
            // own voice, and a key press chooses one.
            if decision.offersLanguages, case .gather(var gather) = twiml.verbs.first {
                gather.acceptsKeys = true
                gather.otherVoice = voices.offers(besides: language).map { TwiML.VoicedSentence($0.text, voice: voices[$0.language]) }
                twiml.verbs[0] = .gather(gather)
            }
            // The recording notice is heard whole: it and what comes before it are said before the
            // <Gather>, where neither speech nor a key can cut it short.
            if decision.acts.contains(.recordingNotice), case .gather(var gather) = twiml.verbs.first {
                let notice = Self.sentences(for: .recordingNotice, in: language)
                if let last = notice.last, let end = gather.prompt.lastIndex(of: last) {
                    let heardWhole = gather.prompt[...end]
                    gather.prompt.removeFirst(heardWhole.count)
                    twiml.verbs[0] = .gather(gather)
                    twiml.verbs.insert(contentsOf: heardWhole.map(TwiML.Verb.say), at: 0)
                }
            }
        case .hangUp:
            twiml = .goodbye(sentences)
        case .transferToAgent:
            if let humanAgentNumber {
                let whisper = TwilioRoutes.agentWhisper + "?topic=" + Self.queryEscaped(handoffTopic(for: decision))
                twiml = TwiML(sentences.map(TwiML.Verb.say) + [.dialAgent(TwiML.AgentDial(number: humanAgentNumber, whisperURL: whisper, callerID: callerID))])
            } else if decision.acts.contains(.connectingToAgent) {
                // Asked for a person on a line with nobody to transfer to: say so rather than pretend.
                twiml = .goodbye(language.phraseBook.noPersonOnThisLine)
            } else {
                twiml = .goodbye(sentences)
            }
        case .recordMessage:
            // Without audio Twilio skips the action and goes on to the next verbs.
            let goodbye = Self.sentences(for: .goodbye, in: language).map(TwiML.Verb.say)
            let recording = TwiML.MessageRecording(transcribeCallback: language.transcribedByTwilio ? TwilioRoutes.voicemailTranscription : nil)
            twiml = TwiML(sentences.map(TwiML.Verb.say) + [.record(recording)] + goodbye + [.hangup])
        }
        // A recorded call is recorded from the greeting's own TwiML on: nothing can run before it.
        if decision.outbound == .startRecording { twiml.verbs.insert(.startRecording(statusCallback: TwilioRoutes.recordingStatus), at: 0) }
        // "Don't record" on a <Gather> call: Twilio stops it before saying so, in the same answer.
        if decision.outbound == .stopRecording, decision.state.relay == nil { twiml.verbs.insert(.stopRecording, at: 0) }
        twiml.pace = decision.pace == .slow ? .slow : .normal
        return routed(twiml, in: language)
    }

    /// The URLs Twilio calls next carry the call's language (`?lang=hi`), so a gateway that has
    /// to answer on its own (a hold, an apology) answers in it, listening in it.
    static func routed(_ twiml: TwiML, in language: Language) -> TwiML {
        var routed = twiml
        routed.verbs = twiml.verbs.map { verb in
            switch verb {
            case .gather(var gather):
                gather.action = language.route(gather.action)
                return .gather(gather)
            case .redirect(let url):
                return .redirect(language.route(url))
            case .dialAgent(var dial):
                dial.action = language.route(dial.action)
                return .dialAgent(dial)
            case .record(var recording):
                recording.action = language.route(recording.action)
                return .record(recording)
            case .connectRelay(var relay):
                relay.action = language.route(relay.action)
                return .connectRelay(relay)
            case .say, .pause, .message, .hangup, .startRecording, .stopRecording:
                return verb
            }
        }
        return routed
    }

    /// Everything the decision says, in the call's language: the acts, then the question.
    static func sentences(for decision: DialogDecision) -> [String] {
        var sentences = decision.acts.flatMap { Self.sentences(for: $0, in: decision.language) }
        if let question = Self.question(for: decision.prompt, in: decision.language) { sentences.append(question) }
        return sentences
    }

    /// For a caller who asked for it: one hospital or clause per sentence, so pauses fall between them.
    static func slowly(_ sentences: [String]) -> [String] {
        sentences.flatMap { sentence -> [String] in
            guard let colon = sentence.firstIndex(of: ":") else { return [sentence] }
            let lead = String(sentence[...colon].dropLast()) + "."
            let rest = sentence[sentence.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // Lists are "a, b and c": split at the commas, and at the last "and".
            var parts = rest.components(separatedBy: ", ")
            if let last = parts.popLast() {
                if let and = last.range(of: " and ", options: .backwards) {
                    parts += [String(last[..<and.lowerBound]), String(last[and.upperBound...])]
                } else {
                    parts.append(last)
                }
            }
            let items = parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) }.filter { !$0.isEmpty }
            return [lead] + items.map { $0 + "." }
        }
    }

    /// What the caller may say next, for Twilio's recogniser, likeliest first (TwiML keeps the first
    /// ``TwiML/maximumHints``): short answers, the names and areas just mentioned, the hospitals'
    /// names in the city asked about, then every city and locality in both scripts.
    /// Answers share all but the hospitals mentioned, prepared once in ``HintSets``; this builds
    /// the whole list afresh (a ConversationRelay call's, sent once per call).
    static func hints(for state: DialogState, directory: HospitalDirectory, in language: Language = .english) -> [String] {
        let profile = language.profile
        var hints = profile.phraseBook.answerHints
        hints.append(contentsOf: mentionedHints(state))
        hints.append(contentsOf: directory.brandHints(in: state.lastRequest?.place))
        hints.append(contentsOf: directory.cities.flatMap(profile.cityNames))
        hints.append(contentsOf: directory.placeHints)
        return hints
    }
}
