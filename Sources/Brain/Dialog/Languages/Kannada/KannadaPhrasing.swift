import HospitalSearch

/// Loop AI's words in Kannada: the same acts and questions as ``Phrasing``, in short sentences for
/// the Kannada voice, with the same facts and the same brevity.
///
/// Loop AI calls itself a woman's "ಸಹಾಯಕಿ"; the caller is addressed politely (ನೀವು, ಹೇಳಿ). Hospital
/// names and addresses stay as the list writes them; cities are said by their Kannada names, with
/// the case endings Kannada joins to them (``KannadaPlaces``).
enum KannadaPhrasing: PhraseBook {
    static func sentences(for act: DialogAct) -> [String] {
        switch act {
        case .greeting:
            return [
                "ನಮಸ್ಕಾರ! ನಾನು ಲೂಪ್ ಎಐ, ನಿಮ್ಮ ಹಾಸ್ಪಿಟಲ್ ನೆಟ್‌ವರ್ಕ್ ಸಹಾಯಕಿ.",
                "ನೀವು ಕೇಳಬಹುದು, ಉದಾಹರಣೆಗೆ, ಬೆಂಗಳೂರಿನ ಮೂರು ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳಿ, ಅಥವಾ ಯಾವುದಾದರೂ ಆಸ್ಪತ್ರೆ ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಇದೆಯೇ ಎಂದು.",
            ]
        case .greetedAlready:
            return ["ನಾನು ಇಲ್ಲೇ ಇದ್ದೇನೆ."]
        case .listing(let asked, let total, let hospitals, let offset, let announceTotal):
            let place = KannadaPlaces.in(name(of: asked))
            let names = fitting(hospitals, budget: Phrasing.wordBudget - 12)
            if offset == 0 {
                let intro = total == 1 ? "\(place) ನನಗೆ ಒಂದು ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆ ಸಿಕ್ಕಿದೆ." : "\(place) ನನಗೆ \(total) ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳು ಸಿಕ್ಕಿವೆ."
                let list: String
                if hospitals.count == total {
                    list = total == 1 ? "ಅದು \(names)." : "ಅವು: \(names)."
                } else if hospitals.count == 1 {
                    list = "ಒಂದು: \(names)."
                } else {
                    list = "ಮೊದಲ \(number(hospitals.count)): \(names)."
                }
                return announceTotal ? [intro, list] : [list]
            }
            return [hospitals.count == 1 ? "ಮುಂದಿನದು \(names)." : "ಮುಂದಿನ \(number(hospitals.count)): \(names)."]
        case .endOfList(let place, let total):
            return ["\(KannadaPlaces.of(name(of: place))) ಎಲ್ಲಾ \(total) ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳಿ ಆಯಿತು."]
        case .noHospitals(let place, let suggestions):
            var text = ["ಕ್ಷಮಿಸಿ, \(KannadaPlaces.in(name(of: place))) ಯಾವುದೇ ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆ ಇಲ್ಲ."]
            if !suggestions.isEmpty { text.append("\(list(suggestions.map(cityName))) ಮುಂತಾದ ನಗರಗಳಲ್ಲಿ ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳಿವೆ.") }
            return text
        case .count(let place, let total):
            let here = KannadaPlaces.in(name(of: place))
            return [total == 1 ? "\(here) ಒಂದು ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆ ಇದೆ." : "\(here) \(total) ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳಿವೆ."]
        case .confirmed(let hospital):
            // "ಹೌದು, ಬೆಂಗಳೂರಿನ Sarjapur Road ನಲ್ಲಿರುವ Manipal Hospitals ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಇದೆ."
            return ["ಹೌದು, \(KannadaPlaces.of(cityName(City(name: hospital.city)))) \(spoken(hospital)) ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಇದೆ."]
        case .confirmedSeveral(let words, let asked, let total, let examples):
            var text = ["ಹೌದು, \(KannadaPlaces.in(name(of: asked))) ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ \(total) \(Phrasing.label(words)) ಆಸ್ಪತ್ರೆಗಳಿವೆ."]
            if total <= examples.count {
                text.append("ಅವು: \(fitting(examples, budget: Phrasing.wordBudget - 14)).")
            } else {
                var areas: [String] = []
                for area in examples.compactMap(\.area).map(Speech.clean) where !areas.contains(area) { areas.append(area) }
                if !areas.isEmpty { text.append("ಉದಾಹರಣೆಗೆ \(list(areas)) ಪ್ರದೇಶಗಳಲ್ಲಿ.") }
            }
            return text
        case .notFound(let words, let asked, let here, let cities):
            let label = words.isEmpty ? "ಆ ಆಸ್ಪತ್ರೆ" : Phrasing.label(words)
            let place = asked.map { KannadaPlaces.in(name(of: $0)) }
            var text = [place.map { "ಇಲ್ಲ, \(label) \($0) ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಸಿಗಲಿಲ್ಲ." } ?? "ಇಲ್ಲ, \(label) ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಸಿಗಲಿಲ್ಲ."]
            if !here.isEmpty {
                text.append("\(place ?? "ಆ ನಗರದಲ್ಲಿ") \(fitting(here, budget: Phrasing.wordBudget - 16)) ಇದೆ.")
            } else if !cities.isEmpty {
                text.append("\(label) ಈ ನಗರಗಳಲ್ಲಿ ಸಿಗುತ್ತದೆ: \(list(cities.map(cityName))).")
            }
            return text
        case .details(let hospital):
            let address = Speech.clean(hospital.address).trimmedOfPunctuation
            let city = Speech.namesCity(address, hospital.city) ? "" : ", \(cityName(City(name: hospital.city)))"
            return ["\(Speech.short(Speech.clean(hospital.name))) ವಿಳಾಸ: \(address)\(city)."]
        case .nothingToReferTo:
            return ["ಕ್ಷಮಿಸಿ, ನೀವು ಯಾವ ಆಸ್ಪತ್ರೆಯ ಬಗ್ಗೆ ಕೇಳುತ್ತಿದ್ದೀರಿ ಎಂದು ನನಗೆ ಅರ್ಥವಾಗಲಿಲ್ಲ."]
        case .networkSize(let hospitals, let cities, let largest):
            return ["ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ \(cities) ನಗರಗಳ \(hospitals) ಆಸ್ಪತ್ರೆಗಳಿವೆ; ಹೆಚ್ಚಿನವು ಇಲ್ಲಿವೆ: \(list(largest.map(cityName)))."]
        case .emergency(let asked, let hospitals):
            var text = ["ಇದು ವೈದ್ಯಕೀಯ ತುರ್ತು ಸ್ಥಿತಿಯಾಗಿದ್ದರೆ, ತಕ್ಷಣ 112 ಗೆ ಕರೆ ಮಾಡಿ, ಅಥವಾ 108 ಗೆ ಕರೆ ಮಾಡಿ ಆಂಬ್ಯುಲೆನ್ಸ್ ಕರೆಸಿ, ಅಥವಾ ಹತ್ತಿರದ ಆಸ್ಪತ್ರೆಯ ತುರ್ತು ವಿಭಾಗಕ್ಕೆ ಹೋಗಿ."]
            if let asked, !hospitals.isEmpty {
                text.append("\(KannadaPlaces.of(name(of: asked))) ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳು: \(fitting(hospitals, budget: 18)).")
            } else {
                text.append("ನಿಮ್ಮ ನಗರವನ್ನು ಹೇಳಿ, ಅಲ್ಲಿನ ನೆಟ್‌ವರ್ಕ್ ಆಸ್ಪತ್ರೆಗಳನ್ನು ನಾನು ಹೇಳುತ್ತೇನೆ.")
            }
            return text
        case .outOfScope:
            return ["ಕ್ಷಮಿಸಿ, ಇದರಲ್ಲಿ ನಾನು ನಿಮಗೆ ಸಹಾಯ ಮಾಡಲು ಆಗುವುದಿಲ್ಲ. ನಿಮ್ಮ ಕರೆಯನ್ನು ನಮ್ಮ ಒಬ್ಬ ಸಹೋದ್ಯೋಗಿಗೆ ವರ್ಗಾಯಿಸುತ್ತಿದ್ದೇನೆ."]
        case .goodbye:
            return ["ಲೂಪ್ ಎಐಗೆ ಕರೆ ಮಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು. ನಮಸ್ಕಾರ!"]
        case .goodbyeAfterSilence:
            return ["ನನಗೆ ಏನೂ ಕೇಳಿಸಲಿಲ್ಲ, ಆದ್ದರಿಂದ ಕರೆಯನ್ನು ಮುಗಿಸುತ್ತಿದ್ದೇನೆ. ಯಾವಾಗ ಬೇಕಾದರೂ ಮತ್ತೆ ಕರೆ ಮಾಡಿ. ನಮಸ್ಕಾರ!"]
        case .youAreWelcome:
            return ["ಪರವಾಗಿಲ್ಲ, ಸಹಾಯ ಮಾಡಲು ಸಂತೋಷ!"]
        case .help:
            return [
                "ಯಾವ ಆಸ್ಪತ್ರೆಗಳು ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿವೆ ಎಂದು ನಾನು ಹೇಳಬಲ್ಲೆ.",
                "ಉದಾಹರಣೆಗೆ, ಒಂದು ನಗರದ ಆಸ್ಪತ್ರೆಗಳು, ಅಲ್ಲಿ ಎಷ್ಟು ಇವೆ, ಅಥವಾ ಯಾವುದಾದರೂ ಆಸ್ಪತ್ರೆ ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಇದೆಯೇ ಎಂದು.",
            ]
        case .reprompt(let attempt):
            return [attempt == 1 ? "ಕ್ಷಮಿಸಿ, ನನಗೆ ಏನೂ ಕೇಳಿಸಲಿಲ್ಲ." : "ನೀವು ಇನ್ನೂ ಲೈನ್‌ನಲ್ಲಿ ಇದ್ದೀರಾ?"]
        case .didNotUnderstand(let attempt):
            return [attempt <= 1 ? "ಕ್ಷಮಿಸಿ, ನನಗೆ ಅರ್ಥವಾಗಲಿಲ್ಲ." : "ಕ್ಷಮಿಸಿ, ಇನ್ನೂ ಅರ್ಥವಾಗಲಿಲ್ಲ. ನೀವು ಹೀಗೆ ಹೇಳಬಹುದು, ಉದಾಹರಣೆಗೆ, ಮುಂಬೈನ ಆಸ್ಪತ್ರೆಗಳು."]
        case .otherLanguage, .offer:
            return ["ಕ್ಷಮಿಸಿ, ಆ ಭಾಷೆ ನನಗೆ ಇನ್ನೂ ಅರ್ಥವಾಗುವುದಿಲ್ಲ."]
        case .heard(let words):
            return ["ನೀವು ಹೀಗೆ ಹೇಳಿದಿರಿ ಎನಿಸಿತು: \(Speech.short(words, limit: 15))."]
        case .sayAgain:
            return ["ಕ್ಷಮಿಸಿ. ದಯವಿಟ್ಟು ಮತ್ತೊಮ್ಮೆ ಹೇಳುತ್ತೀರಾ?"]
        case .okay:
            return ["ಸರಿ."]
        case .sayingAgain:
            return ["ಖಂಡಿತ."]
        case .atMostAtOnce(let count):
            return ["ನಾನು ಒಂದು ಬಾರಿಗೆ \(number(count)) ಆಸ್ಪತ್ರೆಗಳನ್ನು ಹೇಳುತ್ತೇನೆ."]
        case .identity:
            return ["ನಾನು ಲೂಪ್ ಎಐ, ಒಂದು ಸ್ವಯಂಚಾಲಿತ ಸಹಾಯಕಿ. ಯಾವ ಆಸ್ಪತ್ರೆಗಳು ನಿಮ್ಮ ಹೆಲ್ತ್ ಇನ್ಶೂರೆನ್ಸ್ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿವೆ ಎಂದು ಹೇಳುತ್ತೇನೆ."]
        case .canHearYou:
            return ["ಹೌದು, ನಿಮ್ಮ ಮಾತು ನನಗೆ ಕೇಳಿಸುತ್ತಿದೆ."]
        case .connectingToAgent:
            return ["ಖಂಡಿತ. ನಿಮ್ಮನ್ನು ಈಗ ಒಬ್ಬ ವ್ಯಕ್ತಿಗೆ ಸಂಪರ್ಕಿಸುತ್ತಿದ್ದೇನೆ."]
        case .missingInfo(let missing):
            return [notHeld(missing), "ಯಾವ ಆಸ್ಪತ್ರೆಗಳು ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿವೆ ಮತ್ತು ಅವುಗಳ ವಿಳಾಸಗಳನ್ನು ನಾನು ಹೇಳಬಲ್ಲೆ."]
        case .languageChosen(let language):
            return language == .kannada ? ["ಸರಿ, ಈಗ ನಾವು ಕನ್ನಡದಲ್ಲಿ ಮಾತನಾಡೋಣ."] : language.phraseBook.sentences(for: .languageChosen(language))
        case .lineTrouble:
            return ["ಕ್ಷಮಿಸಿ, ಲೈನ್‌ನಲ್ಲಿ ಏನೋ ತೊಂದರೆ ಆಯಿತು."]
        case .whatsApp(let act):
            return [whatsApp(act)]
        case .textSent:
            return ["ಈ ಆಸ್ಪತ್ರೆಗಳು ಮತ್ತು ಅವುಗಳ ವಿಳಾಸಗಳನ್ನು ನಿಮ್ಮ ನಂಬರ್‌ಗೆ ಎಸ್‌ಎಂಎಸ್ ಮಾಡುತ್ತಿದ್ದೇನೆ."]
        case .nothingToText:
            return ["ನಾನು ಇನ್ನೂ ಯಾವುದೇ ಆಸ್ಪತ್ರೆಯನ್ನು ಹೇಳಿಲ್ಲ. ಮೊದಲು ಕೇಳಿ, ನಂತರ ನಾನು ಎಸ್‌ಎಂಎಸ್ ಮಾಡಬಲ್ಲೆ."]
        case .textUnavailable:
            return ["ಕ್ಷಮಿಸಿ, ಈ ಲೈನ್‌ನಿಂದ ಎಸ್‌ಎಂಎಸ್ ಕಳುಹಿಸಲು ಆಗುವುದಿಲ್ಲ."]
        case .textLimitReached:
            return ["ಕ್ಷಮಿಸಿ, ಇಂದು ನಿಮ್ಮ ನಂಬರ್‌ಗೆ ಕಳುಹಿಸಬಹುದಾದಷ್ಟು ಎಸ್‌ಎಂಎಸ್‌ಗಳನ್ನು ಈಗಾಗಲೇ ಕಳುಹಿಸಲಾಗಿದೆ."]
        case .alreadyByText:
            return ["ಈ ಮಾಹಿತಿ ಇದೇ ಮೆಸೇಜ್‌ನಲ್ಲಿ ಇದೆ."]
        case .textFailed:
            return ["ಕ್ಷಮಿಸಿ, ನಾನು ಕಳುಹಿಸುತ್ತೇನೆ ಎಂದ ಎಸ್‌ಎಂಎಸ್ ಹೋಗಲಿಲ್ಲ."]
        case .textOnlyToCaller:
            return ["ಕ್ಷಮಿಸಿ, ನೀವು ಕರೆ ಮಾಡುತ್ತಿರುವ ನಂಬರ್‌ಗೆ ಮಾತ್ರ ನಾನು ಎಸ್‌ಎಂಎಸ್ ಕಳುಹಿಸಬಲ್ಲೆ."]
        case .textOptedOut:
            return ["ಈ ನಂಬರ್‌ಗೆ ಎಸ್‌ಎಂಎಸ್ ಕಳುಹಿಸಬೇಡಿ ಎಂದು ನಮಗೆ ತಿಳಿಸಲಾಗಿದೆ, ಆದ್ದರಿಂದ ನಾನು ಎಸ್‌ಎಂಎಸ್ ಕಳುಹಿಸುವುದಿಲ್ಲ. ಮತ್ತೆ ಪಡೆಯಲು START ಎಂದು ಬರೆದು ಕಳುಹಿಸಿ."]
        case .recordingNotice:
            return ["ಈ ಕರೆಯನ್ನು ರೆಕಾರ್ಡ್ ಮಾಡಲಾಗುತ್ತಿದೆ; ನಿಲ್ಲಿಸಲು ಯಾವಾಗ ಬೇಕಾದರೂ ರೆಕಾರ್ಡಿಂಗ್ ನಿಲ್ಲಿಸಿ ಎಂದು ಹೇಳಿ."]
        case .recordingStopped:
            return ["ಸರಿ, ಈ ಕರೆಯ ರೆಕಾರ್ಡಿಂಗ್ ನಿಲ್ಲಿಸಿದ್ದೇನೆ."]
        case .recordingStopping:
            return ["ಸರಿ, ಈ ಕರೆಯ ರೆಕಾರ್ಡಿಂಗ್ ಅನ್ನು ಈಗ ನಿಲ್ಲಿಸುತ್ತಿದ್ದೇನೆ."]
        case .recordingNotStopped:
            return ["ಕ್ಷಮಿಸಿ, ರೆಕಾರ್ಡಿಂಗ್ ನಿಲ್ಲಿಸಲು ಆಗಲಿಲ್ಲ. ರೆಕಾರ್ಡ್ ಆಗಬಾರದು ಎಂದಿದ್ದರೆ, ಕರೆ ಕಡಿತಗೊಳಿಸಿ ಮತ್ತೆ ಕರೆ ಮಾಡಬಹುದು."]
        case .notRecording:
            return ["ಈ ಕರೆ ರೆಕಾರ್ಡ್ ಆಗುತ್ತಿಲ್ಲ."]
        case .agentUnavailable:
            return ["ಕ್ಷಮಿಸಿ, ಈಗ ಯಾರೂ ನಿಮ್ಮ ಕರೆ ಸ್ವೀಕರಿಸಲು ಆಗಲಿಲ್ಲ.", "ಬೀಪ್ ನಂತರ ಒಂದು ಚಿಕ್ಕ ಸಂದೇಶ ಬಿಡಿ, ನಾವು ನಿಮಗೆ ಮತ್ತೆ ಕರೆ ಮಾಡುತ್ತೇವೆ."]
        case .messageRecorded:
            return ["ಧನ್ಯವಾದಗಳು, ನಿಮ್ಮ ಸಂದೇಶ ರೆಕಾರ್ಡ್ ಆಗಿದೆ. ನಮಸ್ಕಾರ!"]
        }
    }

    static func question(for prompt: Prompt) -> String? {
        switch prompt {
        case .howCanIHelp: return "ನಾನು ನಿಮಗೆ ಹೇಗೆ ಸಹಾಯ ಮಾಡಲಿ?"
        case .whatsAppConsent: return "ನೀವು ಕರೆ ಮಾಡುತ್ತಿರುವ ಇದೇ ನಂಬರ್‌ಗೆ ಇವುಗಳನ್ನು ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಕಳುಹಿಸಲೇ? ಹೌದು ಅಥವಾ ಇಲ್ಲ ಎಂದು ಹೇಳಿ."
        case .anythingElse: return "ಇನ್ನೇನಾದರೂ ಸಹಾಯ ಬೇಕೇ?"
        case .hearMore: return "ಇನ್ನಷ್ಟು ಕೇಳಲು ಬಯಸುತ್ತೀರಾ?"
        case .whichCity(let words, let cities, let total):
            if total > 1 {
                let some = list(cities.prefix(2).map(cityName))
                return "\(Phrasing.label(words)) ಆಸ್ಪತ್ರೆಗಳು \(number(total)) ನಗರಗಳಲ್ಲಿ ಸಿಕ್ಕಿವೆ, ಉದಾಹರಣೆಗೆ \(some). ನೀವು ಯಾವ ನಗರದಲ್ಲಿ ಹುಡುಕುತ್ತಿದ್ದೀರಿ?"
            }
            return "ನೀವು ಯಾವ ನಗರದಲ್ಲಿ ಹುಡುಕುತ್ತಿದ್ದೀರಿ?"
        case .whichArea:
            return "ನೀವು ಯಾವ ಪ್ರದೇಶದಲ್ಲಿ ಹುಡುಕುತ್ತಿದ್ದೀರಿ?"
        case .whichCityForArea(let area, let cities):
            return "\(name(of: .area(words: area, city: nil))) ಈ ನಗರಗಳಲ್ಲಿ ಇದೆ: \(list(cities.map(cityName))). ನೀವು ಯಾವ ನಗರದಲ್ಲಿ ಹುಡುಕುತ್ತಿದ್ದೀರಿ?"
        case .nameAFew: return "ಕೆಲವು ಹೆಸರುಗಳನ್ನು ಹೇಳಲೇ?"
        case .nameIt: return "ಅದರ ಹೆಸರು ಹೇಳಲೇ?"
        case .isThatRight: return "ಇದು ಸರಿಯೇ?"
        case .didYouSayPlace(let place): return "ನೀವು \(name(of: place)) ಎಂದು ಹೇಳಿದಿರಾ?"
        case .didYouSayName(let words): return "ನೀವು \(Phrasing.label(words)) ಎಂದು ಹೇಳಿದಿರಾ?"
        case .didYouMean(let hospitals):
            let names = Speech.fitting(hospitals, budget: Phrasing.wordBudget - 6, describe: { spoken($0) }, and: "ಅಥವಾ")
            return hospitals.count == 1 ? "ನಿಮ್ಮ ಅರ್ಥ \(names) ಆಗಿತ್ತೇ?" : "ನಿಮ್ಮ ಅರ್ಥ ಇವುಗಳಲ್ಲಿ ಒಂದೇ: \(names)?"
        case .none: return nil
        }
    }

    /// Kannada offered in a call held in another language, said in the Kannada voice.
    static func offer(key: String) -> String { "ಕನ್ನಡದಲ್ಲಿ ಮಾತನಾಡಲು 'ಕನ್ನಡ' ಎಂದು ಹೇಳಿ, ಅಥವಾ \(key) ಒತ್ತಿ." }
    static let answerHints = ["ಹೌದು", "ಇಲ್ಲ", "ಇನ್ನೂ", "ವಿಳಾಸ", "English"]
    static let textHeading = "ಲೂಪ್ ಎಐ — ನಿಮ್ಮ ನೆಟ್‌ವರ್ಕ್‌ನ ಆಸ್ಪತ್ರೆಗಳು:"
    static let callUs = "ಒಬ್ಬ ವ್ಯಕ್ತಿಯೊಂದಿಗೆ ಮಾತನಾಡಲು ದಯವಿಟ್ಟು ಈ ನಂಬರ್‌ಗೆ ಕರೆ ಮಾಡಿ."
    static let noPersonOnThisLine = [
        "ಕ್ಷಮಿಸಿ, ಈ ಲೈನ್‌ನಿಂದ ನಿಮ್ಮನ್ನು ಒಬ್ಬ ವ್ಯಕ್ತಿಗೆ ಸಂಪರ್ಕಿಸಲು ನನಗೆ ಆಗುವುದಿಲ್ಲ.",
        "ದಯವಿಟ್ಟು ನಿಮ್ಮ ಇನ್ಶೂರೆನ್ಸ್ ಕಂಪನಿಯ ಹೆಲ್ಪ್‌ಲೈನ್‌ಗೆ ಕರೆ ಮಾಡಿ. ಲೂಪ್ ಎಐಗೆ ಕರೆ ಮಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು. ನಮಸ್ಕಾರ!",
    ]

    static let webGoodbye = "ಲೂಪ್ ಎಐ ಬಳಸಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು. ನಮಸ್ಕಾರ!"
    static let webCannotHelp = "ಕ್ಷಮಿಸಿ, ಇದರಲ್ಲಿ ನಾನು ನಿಮಗೆ ಸಹಾಯ ಮಾಡಲು ಆಗುವುದಿಲ್ಲ."

    static func callAPerson(at number: String?) -> String {
        number.map { "ಒಬ್ಬ ವ್ಯಕ್ತಿಯೊಂದಿಗೆ ಮಾತನಾಡಲು \($0) ಗೆ ಕರೆ ಮಾಡಿ." } ?? "ಒಬ್ಬ ವ್ಯಕ್ತಿಯೊಂದಿಗೆ ಮಾತನಾಡಲು ದಯವಿಟ್ಟು ನಿಮ್ಮ ಇನ್ಶೂರೆನ್ಸ್ ಕಂಪನಿಯ ಹೆಲ್ಪ್‌ಲೈನ್‌ಗೆ ಕರೆ ಮಾಡಿ."
    }

    static func notHeld(_ missing: MissingInfo) -> String {
        switch missing {
        case .phoneNumber: return "ಕ್ಷಮಿಸಿ, ನನ್ನ ಬಳಿ ಆಸ್ಪತ್ರೆಗಳ ಫೋನ್ ನಂಬರ್ ಇಲ್ಲ."
        case .doctors: return "ಕ್ಷಮಿಸಿ, ನನ್ನ ಬಳಿ ವೈದ್ಯರ ಅಥವಾ ಅವರ ಸಮಯದ ಮಾಹಿತಿ ಇಲ್ಲ."
        case .appointments: return "ಕ್ಷಮಿಸಿ, ನಾನು ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ ಬುಕ್ ಮಾಡಲು ಆಗುವುದಿಲ್ಲ."
        case .beds: return "ಕ್ಷಮಿಸಿ, ಯಾವ ಆಸ್ಪತ್ರೆಯಲ್ಲಿ ಬೆಡ್ ಖಾಲಿ ಇದೆ ಎಂದು ನನಗೆ ಗೊತ್ತಿಲ್ಲ."
        case .claims: return "ಕ್ಷಮಿಸಿ, ನಾನು ಕ್ಲೇಮ್ ಅಥವಾ ನಿಮ್ಮ ಪಾಲಿಸಿಯನ್ನು ನೋಡಲು ಆಗುವುದಿಲ್ಲ."
        case .prices: return "ಕ್ಷಮಿಸಿ, ನನ್ನ ಬಳಿ ಬೆಲೆ ಅಥವಾ ಖರ್ಚಿನ ಮಾಹಿತಿ ಇಲ್ಲ."
        }
    }

    /// "ಬೆಂಗಳೂರು", "DELHI NCR", "Whitefield, ಬೆಂಗಳೂರು".
    static func name(of place: Place) -> String { Phrasing.name(of: place, cityName: cityName) }

    static func cityName(_ city: City) -> String { city.name(in: "kn") ?? city.name }

    /// "ಕ, ಖ ಮತ್ತು ಗ".
    static func list(_ items: [String]) -> String { Speech.list(items, and: "ಮತ್ತು") }

    /// ಒಂದು … ಹತ್ತು; digits beyond.
    static func number(_ value: Int) -> String {
        let words = ["ಸೊನ್ನೆ", "ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು", "ಹತ್ತು"]
        return words.indices.contains(value) ? words[value] : String(value)
    }

    /// "Sarjapur Road ನಲ್ಲಿರುವ Manipal Hospitals": the place first, as a Kannada speaker says it.
    static func spoken(_ hospital: SpokenHospital) -> String {
        let name = Speech.short(Speech.clean(hospital.name))
        guard let area = hospital.area.map(Speech.clean), !area.isEmpty, !name.lowercased().contains(area.lowercased()) else { return name }
        return "\(Speech.short(area, limit: 4)) ನಲ್ಲಿರುವ \(name)"
    }

    static func fitting(_ hospitals: [SpokenHospital], budget: Int) -> String {
        Speech.fitting(hospitals, budget: budget, describe: { spoken($0) }, and: "ಮತ್ತು")
    }
}

extension KannadaPhrasing {
    static func whatsApp(_ act: WhatsAppAct) -> String {
        switch act {
        case .offer: return "ಈ ಆಸ್ಪತ್ರೆಗಳನ್ನು ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿಯೂ ಕಳುಹಿಸಬಹುದು."
        case .askConsent: return "ಈ ಆಸ್ಪತ್ರೆಗಳು ಮತ್ತು ಅವುಗಳ ವಿಳಾಸಗಳನ್ನು ನಿಮಗೆ ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಕಳುಹಿಸಬಹುದು."
        case .sending: return "ಸರಿ. ಈ ಆಸ್ಪತ್ರೆಗಳು ಮತ್ತು ಅವುಗಳ ವಿಳಾಸಗಳನ್ನು ನಿಮ್ಮ ಇದೇ ನಂಬರ್‌ಗೆ ವಾಟ್ಸಾಪ್ ಮಾಡುತ್ತಿದ್ದೇನೆ."
        case .declined: return "ಸರಿ, ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಏನನ್ನೂ ಕಳುಹಿಸುವುದಿಲ್ಲ."
        case .unavailable: return "ಕ್ಷಮಿಸಿ, ಈ ಲೈನ್‌ನಿಂದ ವಾಟ್ಸಾಪ್ ಕಳುಹಿಸಲು ಆಗುವುದಿಲ್ಲ."
        case .limitReached: return "ಕ್ಷಮಿಸಿ, ಇಂದು ನಿಮ್ಮ ನಂಬರ್‌ಗೆ ಕಳುಹಿಸಬಹುದಾದಷ್ಟು ವಾಟ್ಸಾಪ್ ಸಂದೇಶಗಳನ್ನು ಈಗಾಗಲೇ ಕಳುಹಿಸಲಾಗಿದೆ."
        case .optedOut: return "ಈ ನಂಬರ್‌ಗೆ ವಾಟ್ಸಾಪ್ ಸಂದೇಶ ಕಳುಹಿಸಬೇಡಿ ಎಂದು ನಮಗೆ ತಿಳಿಸಲಾಗಿದೆ, ಆದ್ದರಿಂದ ಕಳುಹಿಸುವುದಿಲ್ಲ. ಮತ್ತೆ ಪಡೆಯಲು ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ START ಎಂದು ಕಳುಹಿಸಿ."
        case .failed: return "ಕ್ಷಮಿಸಿ, ನಾನು ಕಳುಹಿಸುತ್ತೇನೆ ಎಂದ ವಾಟ್ಸಾಪ್ ಸಂದೇಶ ತಲುಪಲಿಲ್ಲ."
        case .sentBySMSInstead: return "ನಾನು ಕಳುಹಿಸುತ್ತೇನೆ ಎಂದ ವಾಟ್ಸಾಪ್ ಸಂದೇಶ ತಲುಪಲಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದನ್ನು ಎಸ್‌ಎಂಎಸ್ ಮೂಲಕ ಕಳುಹಿಸಿದ್ದೇನೆ."
        case .stopped: return "ಇನ್ನು ಮುಂದೆ ಲೂಪ್ ಎಐನಿಂದ ವಾಟ್ಸಾಪ್ ಸಂದೇಶಗಳು ಬರುವುದಿಲ್ಲ. ಮತ್ತೆ ಪಡೆಯಲು START ಎಂದು ಕಳುಹಿಸಿ."
        case .started: return "ಮತ್ತೆ ಸ್ವಾಗತ. ಕೇಳಿ, ಉದಾಹರಣೆಗೆ ಬೆಂಗಳೂರಿನ ಆಸ್ಪತ್ರೆಗಳು."
        }
    }
}
