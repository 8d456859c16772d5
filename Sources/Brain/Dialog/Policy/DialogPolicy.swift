import HospitalSearch
import Shared
import Twilio

/// Decides what Loop AI does with each turn: the conversation's rules, independent of wording.
///
/// Pure: given what was understood, the session state and the directory, it returns the acts,
/// the next prompt and the new state. It never reads Redis, renders TwiML or chooses words, so
/// every rule can be tested turn by turn. The rules by theme:
/// - this file: greeting, silence, low confidence, and which rule an intent goes to;
/// - ``DialogPolicy+ShortAnswers``: "yes", "no" and a bare place answering a question;
/// - ``DialogPolicy+Requests``: listing and counting a place's hospitals;
/// - ``DialogPolicy+Confirming``: "is this hospital in my network";
/// - ``DialogPolicy+AskingWhere``: when Loop AI asks which city or which area;
/// - ``DialogPolicy+Details``: addresses of hospitals named, and emergencies;
/// - ``DialogPolicy+CallItself``: repeating, pace, who Loop AI is, a person, what the list lacks;
/// - ``DialogPolicy+Outbound``: texting the caller, recording, a hand-off's end and a voicemail.
struct DialogPolicy: Sendable {
    let directory: HospitalDirectory
    /// The language a call is held in until the caller chooses (`DEFAULT_LANGUAGE`).
    var defaultLanguage: Language = .english

    /// Below this recogniser confidence Loop AI repeats what it heard instead of acting on it.
    static let minimumConfidence = 0.4
    /// Below this, a place or name matched only by sound is confirmed before acting on it.
    static let confidentEnough = 0.6
    /// Silences (or unclear turns) tolerated before Loop AI says goodbye.
    static let maximumSilences = 2

    func decide(_ turn: CallerTurn, state previous: DialogState?, context: CallContext = CallContext()) -> DialogDecision {
        var answer = decideTurn(turn, state: previous, context: context)
        if turn.input.isQuestion {
            // What a person taking over must know: the caller's own words for a question the list
            // cannot answer (a claim, a bill), until they ask about the network again.
            let outside = answer.acts.contains { act in
                if case .outOfScope = act { return true }
                if case .missingInfo = act { return true }
                return false
            }
            if outside, !turn.speech.isEmpty {
                answer.state.outOfScopeWords = String(turn.speech.prefix(200))
            } else if answer.state.lastRequest != previous?.lastRequest {
                answer.state.outOfScopeWords = nil
            }
        }
        if context.textFailed {
            answer.acts.insert(.textFailed, at: 0)
            answer.state.said = answer.acts
        }
        if let notice = context.whatsAppNotice {
            answer.acts.insert(.whatsApp(notice), at: 0)
            answer.state.said = answer.acts
        }
        if context.recordingNotStopped {
            answer.acts.insert(.recordingNotStopped, at: 0)
            answer.state.said = answer.acts
        }
        // Nothing is said that the list does not support (Dialog/Grounding).
        return Grounding(directory: directory).enforce(withWhatsAppOffer(answer, context: context))
    }

    private func decideTurn(_ turn: CallerTurn, state previous: DialogState?, context: CallContext) -> DialogDecision {
        var state = previous ?? DialogState()
        state.turns += 1
        if let relay = turn.relay { state.relay = relay }
        switch turn.input {
        case .relayEnded(let ending):
            // A relay session ended where relay mode is off: the call goes on with <Gather>.
            if turn.relay == nil { state.relay = nil }
            return relayEnded(RelayReply.Ending(handoffData: ending.handoff), state: state)
        case .relayPrompt(_, let interrupted):
            state.heardUntilInterrupt = interrupted?.heard
            if let interrupted { state = heardOnly(interrupted.heard, state: state) }
        case .callStarted:
            if state.greeted { return decision([.greetedAlready], .howCanIHelp, state: state, outcome: .greeting) }
            state.greeted = true
            guard context.recording else { return decision([.greeting], .howCanIHelp, state: state, outcome: .greeting) }
            var answer = decision([.greeting, .recordingNotice], .howCanIHelp, state: state, outcome: .greeting)
            answer.outbound = .startRecording
            return answer
        case .handoffEnded(let agentAccepted):
            return handoffEnded(agentTookIt: agentAccepted, state: state)
        case .messageLeft:
            return messageLeft(state: state)
        case .texted where state.ended:
            // A text conversation has no call to end: a new message starts afresh.
            state = DialogState(turns: 1, language: state.language)
        case .said, .texted, .typed, .fallback:
            break
        }
        if state.ended {
            return decision([.goodbye], .none, action: .hangUp, state: state, outcome: .ended)
        }
        if case .fallback = turn.input {
            // Twilio's fallback URL: something failed on the way; greet a call that never was,
            // else ask the last question again, keeping what it waits for.
            guard state.greeted else {
                state.greeted = true
                return decision([.greeting], .howCanIHelp, state: state, outcome: .fallback)
            }
            return decision([.lineTrouble], repeatedQuestion(state), state: state, outcome: .fallback)
        }
        if turn.understanding.intent == .silence {
            state.silences += 1
            if state.silences > Self.maximumSilences {
                state.ended = true
                return decision([.goodbyeAfterSilence], .none, action: .hangUp, state: state, outcome: .silence)
            }
            return decision([.reprompt(attempt: state.silences)], repeatedQuestion(state), state: state, outcome: .silence)
        }
        state.silences = 0
        if let confidence = turn.confidence, confidence < Self.minimumConfidence, turn.understanding.intent != .emergency, !isConfirmingHeard(state) {
            state.pending = .heard(turn.speech)
            return decision([.heard(turn.speech)], .isThatRight, state: state, outcome: .lowConfidence)
        }
        if let confidence = turn.confidence, confidence < Self.confidentEnough, turn.understanding.guessed, !isConfirmingHeard(state),
            let check = didYouSay(turn.understanding)
        {
            state.pending = .heard(turn.speech)
            return decision([], check, state: state, outcome: .lowConfidence)
        }
        return act(on: turn.understanding, heldWords: turn.heldWords, state: state, context: context)
    }

    /// "Did you say Noida?": the part of the request that was a guess.
    private func didYouSay(_ understanding: Understanding) -> Prompt? {
        // Only questions about the network are worth checking; an emergency never waits.
        guard [.list, .count, .confirm, .placeOnly, .switchPlace].contains(understanding.intent) else { return nil }
        if understanding.intent == .confirm, !understanding.spokenName.isEmpty { return .didYouSayName(understanding.spokenName) }
        if let place = understanding.place { return .didYouSayPlace(place) }
        return nil
    }

    private func isConfirmingHeard(_ state: DialogState) -> Bool {
        if case .heard = state.pending { return true }
        return false
    }

    func act(on understanding: Understanding, heldWords: Understanding?, state: DialogState, context: CallContext = CallContext()) -> DialogDecision {
        // Two questions in one breath: each answered in turn, the last one's question closing.
        if !understanding.also.isEmpty {
            var first = understanding
            first.also = []
            var answer = act(on: first, heldWords: heldWords, state: state, context: context)
            var rest = understanding.also
            // An ask answered only by a question ("which city's Vasant Kunj?") goes last, so the
            // other is answered and the question closes the turn rather than being lost.
            if answer.acts.isEmpty, answer.action == .listen, first.place != nil, rest.count == 1, let second = rest.first, second.place != first.place {
                let other = act(on: second, heldWords: nil, state: state, context: context)
                if !other.acts.isEmpty, other.action == .listen {
                    answer = other
                    rest = [first]
                }
            }
            for next in rest where answer.action == .listen {
                let then = act(on: next, heldWords: nil, state: answer.state, context: context)
                answer = decision(answer.acts + then.acts, then.prompt, action: then.action, state: then.state, outcome: answer.outcome)
                answer.outbound = answer.outbound ?? then.outbound
            }
            return answer
        }
        var state = state
        let pending = state.pending
        state.pending = nil
        if understanding.intent != .unclear { state.misunderstood = 0 }
        // Said in another language Loop AI speaks: the call goes on in it from this answer on.
        if let speaks = understanding.speaks { state.language = speaks }

        switch understanding.intent {
        case .emergency:
            return emergency(understanding, state: state)
        case .goodbye:
            state.ended = true
            return decision([.goodbye], .none, action: .hangUp, state: state, outcome: .goodbye)
        case .outOfScope:
            state.ended = true
            return decision([.outOfScope], .none, action: .transferToAgent, state: state, outcome: .handoff)
        case .yes where pending == .whatsAppConsent, .no where pending == .whatsAppConsent:
            return whatsAppConsent(understanding.intent == .yes, state: state, context: context)
        case .yes:
            return yes(to: pending, heldWords: heldWords, state: state)
        case .no:
            return no(to: pending, state: state)
        case .more:
            guard var request = state.lastRequest, case .list = request.kind else {
                return askWhichCity(for: DialogRequest(kind: .list), state: state, outcome: .more)
            }
            request.count = understanding.count.map(Self.clampCount) ?? request.count
            return run(request, state: state, outcome: .more)
        case .switchPlace:
            var request = state.lastRequest ?? DialogRequest(kind: .list)
            request.place = understanding.place
            request.offset = 0
            // "What about Mumbai?" after a yes/no keeps the hospital and changes the city.
            return run(request, state: state, outcome: .switchPlace)
        case .details:
            return details(understanding.ordinal, state: state)
        case .count where !understanding.name.isEmpty:
            // "How many Sahyadri hospitals are there in Pune?": the name's branches, counted.
            return run(namedRequest(understanding, pending: nil, state: state), state: state, outcome: .confirm)
        case .count:
            let place = understanding.place ?? state.lastRequest?.place
            return run(DialogRequest(kind: .count, place: place, name: understanding.name), state: state, outcome: .count)
        case .list:
            let count = understanding.count.map(Self.clampCount) ?? DialogRequest.defaultCount
            // "Which are they?", "चार के नाम बताइए" after a count or a list: that place's hospitals.
            // (A hospital's name asked about without a city never borrows one: see `confirm`.)
            let earlier = understanding.refersBack ? state.lastRequest.flatMap(\.placeToBorrow) : nil
            let asked = DialogRequest(kind: .list, place: understanding.place ?? earlier, count: count)
            var answer = run(asked, state: state, outcome: .list)
            // "Tell me twenty": name what fits in a breath, and say so.
            if let wanted = understanding.count, wanted > DialogRequest.maximumCount, case .listing? = answer.acts.first {
                answer.acts.append(.atMostAtOnce(DialogRequest.maximumCount))
                answer.state.said = answer.acts
            }
            return answer
        case .confirm:
            return run(namedRequest(understanding, pending: pending, state: state), state: state, outcome: .confirm)
        case .placeOnly:
            return placeOnly(understanding, pending: pending, state: state)
        case .thanks:
            state.pending = .anythingElse
            return decision([.youAreWelcome], .anythingElse, state: state, outcome: .thanks)
        case .help:
            return decision([.help], .howCanIHelp, state: state, outcome: .help)
        case .repeatLast, .slower:
            return sayAgain(slowly: understanding.intent == .slower, pending: pending, state: state)
        case .networkSize:
            state.pending = .anythingElse
            let act = DialogAct.networkSize(hospitals: directory.count, cities: directory.cities.count, largest: Array(directory.cities.prefix(3)))
            return decision([act], .anythingElse, state: state, outcome: .networkSize)
        case .identity:
            state.pending = pending
            return decision([.identity], repeatedQuestion(state), state: state, outcome: .identity)
        case .lineCheck:
            state.pending = pending
            return decision([.canHearYou], repeatedQuestion(state), state: state, outcome: .lineCheck)
        case .whatsAppMe:
            return whatsAppMe(pending: pending, state: state, context: context)
        case .textMe:
            return textMe(pending: pending, state: state, context: context, elsewhere: understanding.textElsewhere)
        case .stopRecording:
            return stopRecording(pending: pending, state: state, context: context)
        case .humanAgent:
            state.ended = true
            return decision([.connectingToAgent], .none, action: .transferToAgent, state: state, outcome: .humanAgent)
        case .missingInfo:
            state.pending = .anythingElse
            return decision([.missingInfo(understanding.missing ?? .phoneNumber)], .anythingElse, state: state, outcome: .missingInfo)
        case .chooseLanguage:
            let language = understanding.language ?? .english
            let switched = language != (state.language ?? defaultLanguage)
            state.language = language
            state.pending = pending
            // A caller who switches language is told again, in it, that the call is recorded:
            // the first notice may have been in a language they do not follow.
            let notice: [DialogAct] = switched && context.recording && state.recordingStopped != true ? [.recordingNotice] : []
            return decision([.languageChosen(language)] + notice, repeatedQuestion(state), state: state, outcome: .language)
        case .otherLanguage:
            state.pending = pending
            // A language Loop AI speaks, heard in a call held in another: offer the switch rather than refuse.
            let act: DialogAct = understanding.language.map(DialogAct.offer) ?? .otherLanguage
            return decision([act], .howCanIHelp, state: state, outcome: .otherLanguage)
        case .unclear, .silence:
            state.misunderstood += 1
            state.pending = pending
            if case .whichCity(let request)? = pending {
                return decision([.didNotUnderstand(attempt: state.misunderstood)], cityQuestion(for: request), state: state, outcome: .unclear)
            }
            return decision([.didNotUnderstand(attempt: state.misunderstood)], .howCanIHelp, state: state, outcome: .unclear)
        }
    }

    static func clampCount(_ count: Int) -> Int { min(max(count, 1), DialogRequest.maximumCount) }

    /// The decision, with what was said kept in the state for "say that again".
    func decision(_ acts: [DialogAct], _ prompt: Prompt, action: CallAction = .listen, state: DialogState, outcome: DialogOutcome) -> DialogDecision {
        var state = state
        state.said = acts
        state.asked = prompt
        return DialogDecision(acts: acts, prompt: prompt, action: action, state: state, outcome: outcome, language: state.language ?? defaultLanguage)
    }
}
