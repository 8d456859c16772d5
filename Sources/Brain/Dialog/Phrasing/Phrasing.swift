import HospitalSearch
import Shared

/// Puts the dialog's decisions into words for the ear.
///
/// Short sentences, the answer first, names without legal suffixes or history, at most about
/// forty words before the next question. All wording lives here, so changing how Loop AI
/// sounds never touches the conversation's rules.
///
/// Its own sentences are the English phrase book; other languages have theirs in
/// `Dialog/Languages`, and everything here that is not a sentence serves them all.
enum Phrasing: PhraseBook {
    /// Words a reply may take before its closing question: about one breath.
    static let wordBudget = 40

    static func offer(key: String) -> String { "For English, say English, or press \(key)." }
    static let answerHints = ["yes", "no", "more", "address"] + Language.allCases.filter { $0 != .english }.map(\.englishName)
    /// In the GSM alphabet: one "—" would make the whole text UCS-2, 67 characters a segment.
    static let textHeading = "Loop AI - hospitals in your network:"
    static let callUs = "To speak with a person, please call this number."
    static let noPersonOnThisLine = [
        "I'm sorry, I can't connect you to a person from this line.",
        "Please call your insurer's helpline. Thank you for calling Loop AI. Goodbye!",
    ]

    static let webGoodbye = "Thank you for using Loop AI. Goodbye!"
    static let webCannotHelp = "I'm sorry, I can't help with that."

    static func callAPerson(at number: String?) -> String {
        number.map { "To talk to a person, call \($0)." } ?? "To talk to a person, please call your insurer's helpline."
    }

    /// The act in words, in the call's language.
    static func sentences(for act: DialogAct, in language: Language) -> [String] {
        language.phraseBook.sentences(for: act)
    }

    /// The question in words, in the call's language.
    static func question(for prompt: Prompt, in language: Language) -> String? {
        language.phraseBook.question(for: prompt)
    }

    static func sentences(for act: DialogAct) -> [String] {
        switch act {
        case .greeting:
            return [
                "Hello! I am Loop AI, your hospital network assistant.",
                "You can ask me, for example, to tell you three hospitals in Bengaluru, or whether a hospital is in your network.",
            ]
        case .greetedAlready:
            return ["I'm still here."]
        case .listing(let asked, let total, let hospitals, let offset, let announceTotal):
            let place = name(of: asked)
            let names = Speech.fitting(hospitals, budget: wordBudget - 12)
            if offset == 0 {
                let intro = "I found \(total) network \(total == 1 ? "hospital" : "hospitals") in \(place)."
                let list =
                    hospitals.count == total
                    ? (total == 1 ? "It is \(names)." : "They are \(names).")
                    : hospitals.count == 1
                        ? "Here is one: \(names)."
                        : "Here are \(hospitals.count == DialogRequest.maximumCount ? "the first " : "")\(Speech.number(hospitals.count)): \(names)."
                return announceTotal ? [intro, list] : [list]
            }
            return ["The next \(hospitals.count == 1 ? "one is" : "\(Speech.number(hospitals.count)) are") \(names)."]
        case .endOfList(let place, let total):
            return ["That's all \(total) network hospitals in \(name(of: place))."]
        case .noHospitals(let place, let suggestions):
            var text = ["I'm sorry, I don't have any network hospitals in \(name(of: place))."]
            if !suggestions.isEmpty { text.append("I do have hospitals in \(Speech.list(suggestions.map(\.name))), among other cities.") }
            return text
        case .count(let place, let total):
            return [total == 1 ? "There is one network hospital in \(name(of: place))." : "There are \(total) network hospitals in \(name(of: place))."]
        case .confirmed(let hospital):
            return ["Yes, \(Speech.hospital(hospital, withCity: true)), is in your network."]
        case .confirmedSeveral(let words, let asked, let total, let examples):
            let label = Self.label(words), place = name(of: asked)
            var text = ["Yes, I found \(total) \(label) hospitals in your network in \(place)."]
            if total <= examples.count {
                text.append("They are \(Speech.fitting(examples, budget: wordBudget - 14)).")
            } else {
                let areas = examples.compactMap(\.area).map(Speech.clean)
                var unique: [String] = []
                for area in areas where !unique.contains(area) { unique.append(area) }
                if !unique.isEmpty { text.append("For example in \(Speech.list(unique)).") }
            }
            return text
        case .notFound(let words, let asked, let here, let cities):
            // A name made only of the caller's own words is not said back: "that hospital".
            let label = words.isEmpty ? "that hospital" : Self.label(words), place = asked.map { name(of: $0) }, otherCities = cities.map(\.name)
            var text = [place.map { "No, I couldn't find \(label) in your network in \($0)." } ?? "No, I couldn't find \(label) in your network."]
            if !here.isEmpty {
                text.append("In \(place ?? "that city") there is \(Speech.fitting(here, budget: wordBudget - 16)).")
            } else if !otherCities.isEmpty {
                // Never "No, X …" and "X is in your network" in one breath: where else it is, plainly.
                text.append("You'll find \(label) in \(Speech.list(otherCities)).")
            }
            return text
        case .details(let hospital):
            let address = Speech.clean(hospital.address).trimmedOfPunctuation
            let city = Speech.namesCity(address, hospital.city) ? "" : ", \(hospital.city)"
            return ["\(Speech.short(Speech.clean(hospital.name))) is at \(address)\(city)."]
        case .nothingToReferTo:
            return ["Sorry, I'm not sure which hospital you mean."]
        case .networkSize(let hospitals, let cities, let largest):
            return ["Your network has \(hospitals) hospitals in \(cities) cities; the most are in \(Speech.list(largest.map(\.name), and: "and"))."]
        case .emergency(let asked, let hospitals):
            let place = asked.map { name(of: $0) }
            var text = ["If this is a medical emergency, please call 112 right away, or 108 for an ambulance, or go to the nearest emergency room."]
            if let place, !hospitals.isEmpty {
                text.append("Network hospitals in \(place) include \(Speech.fitting(hospitals, budget: 18)).")
            } else {
                text.append("If you tell me your city, I can name network hospitals there.")
            }
            return text
        case .outOfScope:
            return ["I'm sorry, I can't help with that. I am forwarding this to a human agent."]
        case .goodbye:
            return ["Thank you for calling Loop AI. Goodbye!"]
        case .goodbyeAfterSilence:
            return ["I haven't heard anything, so I'll end the call now. Please call again any time. Goodbye!"]
        case .youAreWelcome:
            return ["You're welcome!"]
        case .help:
            return [
                "I can tell you which hospitals are in your network.",
                "Ask me, for example, for hospitals in a city, how many there are, or whether a hospital is in your network.",
            ]
        case .reprompt(let attempt):
            return [attempt == 1 ? "Sorry, I didn't hear anything." : "Are you still there?"]
        case .didNotUnderstand(let attempt):
            return [attempt <= 1 ? "Sorry, I didn't understand that." : "Sorry, I still didn't get that. You can say, for example, hospitals in Mumbai."]
        case .otherLanguage:
            // Said whichever languages the deployment offers (`LANGUAGES`): the greeting named them.
            return ["Sorry, I can't understand that language yet."]
        case .offer(let language):
            return ["It sounds like you're speaking \(language.englishName)."]
        case .lineTrouble:
            return ["Sorry, something went wrong on the line."]
        case .languageChosen(let language):
            return language == .english ? ["Okay, let's continue in English."] : language.phraseBook.sentences(for: .languageChosen(language))
        case .heard(let words):
            return ["I think you said: \(Speech.short(words, limit: 15))."]
        case .sayAgain:
            return ["Sorry about that. Could you say it again?"]
        case .okay:
            return ["Okay."]
        case .sayingAgain:
            return ["Sure."]
        case .atMostAtOnce(let count):
            return ["I name \(Speech.number(count)) at a time."]
        case .identity:
            return ["I'm Loop AI, an automated assistant that tells you which hospitals are in your health insurance network."]
        case .canHearYou:
            return ["Yes, I can hear you."]
        case .connectingToAgent:
            return ["Of course. I'm connecting you to a person now."]
        case .missingInfo(let missing):
            return [notHeld(missing), "I can tell you which hospitals are in your network, and give you their addresses."]
        case .textSent(let count):
            return ["I'm sending \(count == 1 ? "that hospital's address" : "those hospitals and their addresses") by text to the number you're calling from."]
        case .nothingToText:
            return ["I haven't named any hospitals yet. Ask me for some, and I can text them to you."]
        case .textUnavailable:
            return ["I'm sorry, I can't send text messages from this line."]
        case .textLimitReached:
            return ["I'm sorry, I've already sent as many text messages to your number as I can today."]
        case .alreadyByText:
            return ["You have it already, in this message."]
        case .textFailed:
            return ["I'm sorry, the text message I promised could not be sent."]
        case .textOnlyToCaller:
            return ["I'm sorry, I can only text the number you're calling from."]
        case .textOptedOut:
            return ["This number has asked not to receive texts from us, so I won't send one. Text START to us to receive them again."]
        case .whatsApp(let act):
            return [whatsApp(act)]
        case .recordingNotice:
            return ["This call is recorded for quality; say don't record at any time to stop it."]
        case .recordingStopped:
            return ["Okay, I've stopped recording this call."]
        case .recordingStopping:
            return ["Okay, I'm stopping the recording of this call now."]
        case .recordingNotStopped:
            return ["I'm sorry, I could not stop the recording. If you don't want to be recorded, you may hang up and call again."]
        case .notRecording:
            return ["This call is not being recorded."]
        case .agentUnavailable:
            return ["I'm sorry, nobody could take your call right now.", "Please leave a short message after the beep, and someone will call you back."]
        case .messageRecorded:
            return ["Thank you, your message has been recorded. Goodbye!"]
        }
    }

    static func question(for prompt: Prompt) -> String? {
        switch prompt {
        case .howCanIHelp: return "How can I help you?"
        case .anythingElse: return "Is there anything else I can help with?"
        case .hearMore: return "Would you like to hear more?"
        case .whichCity(let words, let cities, let total):
            if total > 1 {
                let label = Self.label(words), some = Speech.list(cities.prefix(2).map(\.name))
                return "I found \(label) hospitals in \(Speech.number(total)) cities, including \(some). Which city are you looking in?"
            }
            return "Which city are you looking in?"
        case .whichArea:
            return "Which area are you looking in?"
        case .nameAFew: return "Would you like me to name a few?"
        case .nameIt: return "Would you like to hear which one?"
        case .isThatRight: return "Is that right?"
        case .didYouSayPlace(let place): return "Did you say \(name(of: place))?"
        case .didYouSayName(let words): return "Did you say \(label(words))?"
        case .didYouMean(let hospitals): return "Did you mean \(Speech.fitting(hospitals, budget: wordBudget - 4, and: "or"))?"
        case .whichCityForArea(let area, let cities):
            return "There is a \(name(of: .area(words: area, city: nil))) in \(Speech.list(cities.map(\.name))). Which city are you looking in?"
        case .whatsAppConsent: return "May I send them to the number you're calling from on WhatsApp? Please say yes or no."
        case .none: return nil
        }
    }

    /// What Loop AI says it does not have, honestly and briefly.
    static func notHeld(_ missing: MissingInfo) -> String {
        switch missing {
        case .phoneNumber: return "I'm sorry, I don't have hospitals' phone numbers."
        case .doctors: return "I'm sorry, I don't have information about doctors or their timings."
        case .appointments: return "I'm sorry, I can't book appointments."
        case .beds: return "I'm sorry, I don't know which hospitals have beds available."
        case .claims: return "I'm sorry, I can't look up claims or your policy."
        case .prices: return "I'm sorry, I don't have prices or charges."
        }
    }
}
