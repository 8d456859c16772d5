import HospitalSearch

/// Loop AI's words in Marathi: the same acts and questions as ``Phrasing``, in short sentences for
/// the Marathi voice, with the same facts and the same brevity.
///
/// Loop AI speaks with a woman's voice, so its own verbs are feminine ("सांगते", "करते आहे"); the
/// caller is addressed politely (तुम्ही … आहात). Hospital names and addresses stay as the list
/// writes them; cities are said by their Marathi names, with the case endings Marathi joins to them
/// (``MarathiPlaces``).
enum MarathiPhrasing: PhraseBook {
    static func sentences(for act: DialogAct) -> [String] {
        switch act {
        case .greeting:
            return [
                "नमस्कार! मी लूप एआय, तुमच्या हॉस्पिटल नेटवर्कची सहायक.",
                "तुम्ही विचारू शकता, उदाहरणार्थ, बेंगळुरूमधील तीन हॉस्पिटल सांगा, किंवा एखादे हॉस्पिटल तुमच्या नेटवर्कमध्ये आहे का.",
            ]
        case .greetedAlready:
            return ["मी इथेच आहे."]
        case .listing(let asked, let total, let hospitals, let offset, let announceTotal):
            let place = MarathiPlaces.in(name(of: asked))
            let names = fitting(hospitals, budget: Phrasing.wordBudget - 12)
            if offset == 0 {
                let intro = total == 1 ? "मला \(place) एक नेटवर्क हॉस्पिटल मिळाले." : "मला \(place) \(total) नेटवर्क हॉस्पिटल मिळाली."
                let list: String
                if hospitals.count == total {
                    list = total == 1 ? "ते आहे \(names)." : "ती आहेत: \(names)."
                } else if hospitals.count == 1 {
                    list = "एक आहे: \(names)."
                } else {
                    list = "पहिली \(number(hospitals.count)) आहेत: \(names)."
                }
                return announceTotal ? [intro, list] : [list]
            }
            return [hospitals.count == 1 ? "पुढचे आहे \(names)." : "पुढची \(number(hospitals.count)) आहेत: \(names)."]
        case .endOfList(let place, let total):
            return ["\(MarathiPlaces.of(name(of: place))) सर्व \(total) नेटवर्क हॉस्पिटल सांगून झाली आहेत."]
        case .noHospitals(let place, let suggestions):
            var text = ["माफ करा, \(MarathiPlaces.in(name(of: place))) एकही नेटवर्क हॉस्पिटल नाही."]
            if !suggestions.isEmpty { text.append("\(list(suggestions.map(cityName))) यांसारख्या शहरांमध्ये नेटवर्क हॉस्पिटल आहेत.") }
            return text
        case .count(let place, let total):
            let here = MarathiPlaces.in(name(of: place))
            return [total == 1 ? "\(here) एक नेटवर्क हॉस्पिटल आहे." : "\(here) \(total) नेटवर्क हॉस्पिटल आहेत."]
        case .confirmed(let hospital):
            // "हो, बेंगळुरूमधील Sarjapur Road वरील Manipal Hospitals तुमच्या नेटवर्कमध्ये आहे."
            return ["हो, \(MarathiPlaces.of(cityName(City(name: hospital.city)))) \(spoken(hospital)) तुमच्या नेटवर्कमध्ये आहे."]
        case .confirmedSeveral(let words, let asked, let total, let examples):
            var text = ["हो, \(MarathiPlaces.in(name(of: asked))) तुमच्या नेटवर्कमध्ये \(total) \(Phrasing.label(words)) हॉस्पिटल आहेत."]
            if total <= examples.count {
                text.append("ती आहेत: \(fitting(examples, budget: Phrasing.wordBudget - 14)).")
            } else {
                var areas: [String] = []
                for area in examples.compactMap(\.area).map(Speech.clean) where !areas.contains(area) { areas.append(area) }
                if !areas.isEmpty { text.append("उदाहरणार्थ \(list(areas)) या भागांत.") }
            }
            return text
        case .notFound(let words, let asked, let here, let cities):
            let label = words.isEmpty ? "ते हॉस्पिटल" : Phrasing.label(words)
            let place = asked.map { MarathiPlaces.in(name(of: $0)) }
            var text = [place.map { "नाही, \(label) \($0) तुमच्या नेटवर्कमध्ये मिळाले नाही." } ?? "नाही, \(label) तुमच्या नेटवर्कमध्ये मिळाले नाही."]
            if !here.isEmpty {
                text.append("\(place ?? "त्या शहरात") \(fitting(here, budget: Phrasing.wordBudget - 16)) आहे.")
            } else if !cities.isEmpty {
                text.append("\(label) \(list(cities.map(cityName))) येथे मिळेल.")
            }
            return text
        case .details(let hospital):
            let address = Speech.clean(hospital.address).trimmedOfPunctuation
            let city = Speech.namesCity(address, hospital.city) ? "" : ", \(cityName(City(name: hospital.city)))"
            return ["\(Speech.short(Speech.clean(hospital.name))) चा पत्ता आहे: \(address)\(city)."]
        case .nothingToReferTo:
            return ["माफ करा, तुम्ही कोणत्या हॉस्पिटलबद्दल बोलत आहात, ते मला समजले नाही."]
        case .networkSize(let hospitals, let cities, let largest):
            return ["तुमच्या नेटवर्कमध्ये \(cities) शहरांमधील \(hospitals) हॉस्पिटल आहेत; सर्वाधिक \(list(largest.map(cityName))) येथे आहेत."]
        case .emergency(let asked, let hospitals):
            var text = ["ही वैद्यकीय आणीबाणी असेल, तर लगेच 112 वर कॉल करा किंवा 108 वर ॲम्ब्युलन्स बोलवा, किंवा जवळच्या हॉस्पिटलच्या इमर्जन्सीमध्ये जा."]
            if let asked, !hospitals.isEmpty {
                text.append("\(MarathiPlaces.of(name(of: asked))) नेटवर्क हॉस्पिटल: \(fitting(hospitals, budget: 18)).")
            } else {
                text.append("तुमचे शहर सांगा, मी तिथली नेटवर्क हॉस्पिटल सांगते.")
            }
            return text
        case .outOfScope:
            return ["माफ करा, यात मी तुमची मदत करू शकत नाही. मी तुमचा कॉल आमच्या एका सहकाऱ्याकडे ट्रान्सफर करते आहे."]
        case .goodbye:
            return ["लूप एआयला कॉल केल्याबद्दल धन्यवाद. नमस्कार!"]
        case .goodbyeAfterSilence:
            return ["मला काहीच ऐकू आले नाही, म्हणून मी कॉल बंद करते आहे. कधीही पुन्हा कॉल करा. नमस्कार!"]
        case .youAreWelcome:
            return ["तुमची मदत करून आनंद झाला!"]
        case .help:
            return [
                "कोणती हॉस्पिटल तुमच्या नेटवर्कमध्ये आहेत, हे मी सांगू शकते.",
                "उदाहरणार्थ, एखाद्या शहरातील हॉस्पिटल, तिथे किती आहेत, किंवा एखादे हॉस्पिटल तुमच्या नेटवर्कमध्ये आहे का.",
            ]
        case .reprompt(let attempt):
            return [attempt == 1 ? "माफ करा, मला काही ऐकू आले नाही." : "तुम्ही अजून लाइनवर आहात का?"]
        case .didNotUnderstand(let attempt):
            return [attempt <= 1 ? "माफ करा, मला समजले नाही." : "माफ करा, मला अजूनही समजले नाही. तुम्ही म्हणू शकता, उदाहरणार्थ, मुंबईमधील हॉस्पिटल."]
        case .otherLanguage, .offer:
            return ["माफ करा, ती भाषा मला अजून समजत नाही."]
        case .heard(let words):
            return ["मला वाटले तुम्ही म्हणालात: \(Speech.short(words, limit: 15))."]
        case .sayAgain:
            return ["माफ करा. तुम्ही पुन्हा सांगाल का?"]
        case .okay:
            return ["ठीक आहे."]
        case .sayingAgain:
            return ["नक्की."]
        case .atMostAtOnce(let count):
            return ["मी एका वेळी \(number(count)) हॉस्पिटल सांगते."]
        case .identity:
            return ["मी लूप एआय, एक स्वयंचलित सहायक. कोणती हॉस्पिटल तुमच्या हेल्थ इन्शुरन्स नेटवर्कमध्ये आहेत, हे मी सांगते."]
        case .canHearYou:
            return ["हो, मला तुमचे बोलणे ऐकू येत आहे."]
        case .connectingToAgent:
            return ["नक्की. मी तुम्हाला आता एका व्यक्तीशी जोडते आहे."]
        case .missingInfo(let missing):
            return [notHeld(missing), "कोणती हॉस्पिटल तुमच्या नेटवर्कमध्ये आहेत आणि त्यांचे पत्ते, हे मी सांगू शकते."]
        case .languageChosen(let language):
            return language == .marathi ? ["ठीक आहे, आता आपण मराठीत बोलूया."] : language.phraseBook.sentences(for: .languageChosen(language))
        case .lineTrouble:
            return ["माफ करा, लाइनवर काहीतरी अडचण आली."]
        case .whatsApp(let act):
            return [whatsApp(act)]
        case .textSent:
            return ["मी ही हॉस्पिटल आणि त्यांचे पत्ते तुमच्या नंबरवर एसएमएस करते आहे."]
        case .nothingToText:
            return ["मी अजून एकही हॉस्पिटल सांगितलेले नाही. आधी विचारा, मग मी एसएमएस करू शकते."]
        case .textUnavailable:
            return ["माफ करा, या लाइनवरून एसएमएस पाठवता येत नाही."]
        case .textLimitReached:
            return ["माफ करा, आज तुमच्या नंबरवर जितके एसएमएस पाठवता येतात, तितके पाठवून झाले आहेत."]
        case .alreadyByText:
            return ["ही माहिती याच मेसेजमध्ये आहे."]
        case .textFailed:
            return ["माफ करा, मी पाठवणार होते तो एसएमएस जाऊ शकला नाही."]
        case .textOnlyToCaller:
            return ["माफ करा, तुम्ही ज्या नंबरवरून कॉल करत आहात, फक्त त्याच नंबरवर मी एसएमएस पाठवू शकते."]
        case .textOptedOut:
            return ["या नंबरने आम्हाला एसएमएस न पाठवण्यास सांगितले आहे, म्हणून मी एसएमएस पाठवणार नाही. पुन्हा मिळवण्यासाठी आम्हाला START लिहून पाठवा."]
        case .recordingNotice:
            return ["हा कॉल रेकॉर्ड केला जात आहे; थांबवण्यासाठी कधीही म्हणा, रेकॉर्डिंग बंद करा."]
        case .recordingStopped:
            return ["ठीक आहे, मी या कॉलचे रेकॉर्डिंग बंद केले आहे."]
        case .recordingStopping:
            return ["ठीक आहे, मी या कॉलचे रेकॉर्डिंग आता बंद करते आहे."]
        case .recordingNotStopped:
            return ["माफ करा, मला रेकॉर्डिंग बंद करता आले नाही. तुम्हाला रेकॉर्ड व्हायचे नसेल, तर कॉल ठेवून पुन्हा कॉल करू शकता."]
        case .notRecording:
            return ["हा कॉल रेकॉर्ड होत नाही."]
        case .agentUnavailable:
            return ["माफ करा, आत्ता कोणीही तुमचा कॉल घेऊ शकलं नाही.", "बीपनंतर एक छोटा संदेश ठेवा, आम्ही तुम्हाला परत कॉल करू."]
        case .messageRecorded:
            return ["धन्यवाद, तुमचा संदेश रेकॉर्ड झाला आहे. नमस्कार!"]
        }
    }

    static func question(for prompt: Prompt) -> String? {
        switch prompt {
        case .howCanIHelp: return "मी तुमची काय मदत करू शकते?"
        case .whatsAppConsent: return "मी ही माहिती तुम्ही कॉल करत असलेल्या याच नंबरवर व्हॉट्सॲपवर पाठवू का? हो किंवा नाही सांगा."
        case .anythingElse: return "आणखी काही मदत करू का?"
        case .hearMore: return "तुम्हाला आणखी ऐकायचे आहे का?"
        case .whichCity(let words, let cities, let total):
            if total > 1 {
                let some = list(cities.prefix(2).map(cityName))
                return "मला \(Phrasing.label(words)) हॉस्पिटल \(number(total)) शहरांमध्ये मिळाली, उदाहरणार्थ \(some). तुम्ही कोणत्या शहरात शोधत आहात?"
            }
            return "तुम्ही कोणत्या शहरात शोधत आहात?"
        case .whichArea:
            return "तुम्ही कोणत्या भागात शोधत आहात?"
        case .whichCityForArea(let area, let cities):
            return "\(name(of: .area(words: area, city: nil))) \(list(cities.map(cityName))) येथे आहे. तुम्ही कोणत्या शहरात शोधत आहात?"
        case .nameAFew: return "मी काहींची नावे सांगू का?"
        case .nameIt: return "मी त्याचे नाव सांगू का?"
        case .isThatRight: return "हे बरोबर आहे का?"
        case .didYouSayPlace(let place): return "तुम्ही \(name(of: place)) म्हणालात का?"
        case .didYouSayName(let words): return "तुम्ही \(Phrasing.label(words)) म्हणालात का?"
        case .didYouMean(let hospitals):
            let names = Speech.fitting(hospitals, budget: Phrasing.wordBudget - 6, describe: { spoken($0) }, and: "किंवा")
            return hospitals.count == 1 ? "तुम्हाला \(names) म्हणायचे आहे का?" : "तुम्हाला \(names) यांपैकी एखादे म्हणायचे आहे का?"
        case .none: return nil
        }
    }

    /// Marathi offered in a call held in another language, said in the Marathi voice.
    static func offer(key: String) -> String { "मराठीत बोलण्यासाठी 'मराठी' म्हणा, किंवा \(key) दाबा." }
    static let answerHints = ["हो", "नाही", "आणखी", "पत्ता", "English"]
    static let textHeading = "लूप एआय — तुमच्या नेटवर्कमधील हॉस्पिटल:"
    static let callUs = "एखाद्या व्यक्तीशी बोलण्यासाठी कृपया या नंबरवर कॉल करा."
    static let noPersonOnThisLine = [
        "माफ करा, या लाइनवरून मी तुम्हाला एखाद्या व्यक्तीशी जोडू शकत नाही.",
        "कृपया तुमच्या इन्शुरन्स कंपनीच्या हेल्पलाइनवर कॉल करा. लूप एआयला कॉल केल्याबद्दल धन्यवाद. नमस्कार!",
    ]

    static let webGoodbye = "लूप एआय वापरल्याबद्दल धन्यवाद. नमस्कार!"
    static let webCannotHelp = "माफ करा, यात मी तुमची मदत करू शकत नाही."

    static func callAPerson(at number: String?) -> String {
        number.map { "एखाद्या व्यक्तीशी बोलण्यासाठी \($0) वर कॉल करा." } ?? "एखाद्या व्यक्तीशी बोलण्यासाठी कृपया तुमच्या इन्शुरन्स कंपनीच्या हेल्पलाइनवर कॉल करा."
    }

    static func notHeld(_ missing: MissingInfo) -> String {
        switch missing {
        case .phoneNumber: return "माफ करा, माझ्याकडे हॉस्पिटलचे फोन नंबर नाहीत."
        case .doctors: return "माफ करा, माझ्याकडे डॉक्टरांची किंवा त्यांच्या वेळांची माहिती नाही."
        case .appointments: return "माफ करा, मी अपॉइंटमेंट बुक करू शकत नाही."
        case .beds: return "माफ करा, कोणत्या हॉस्पिटलमध्ये बेड रिकामे आहेत, हे मला माहीत नाही."
        case .claims: return "माफ करा, मी क्लेम किंवा तुमची पॉलिसी पाहू शकत नाही."
        case .prices: return "माफ करा, माझ्याकडे किंमती किंवा खर्चाची माहिती नाही."
        }
    }

    /// "बेंगळुरू", "DELHI NCR", "Whitefield, बेंगळुरू".
    static func name(of place: Place) -> String { Phrasing.name(of: place, cityName: cityName) }

    static func cityName(_ city: City) -> String { city.name(in: "mr") ?? city.name }

    /// "क, ख आणि ग".
    static func list(_ items: [String]) -> String { Speech.list(items, and: "आणि") }

    /// एक … दहा; digits beyond.
    static func number(_ value: Int) -> String {
        let words = ["शून्य", "एक", "दोन", "तीन", "चार", "पाच", "सहा", "सात", "आठ", "नऊ", "दहा"]
        return words.indices.contains(value) ? words[value] : String(value)
    }

    /// "Sarjapur Road वरील Manipal Hospitals", "Whitefield मधील Manipal Hospitals": the place first,
    /// as a Marathi speaker says it.
    static func spoken(_ hospital: SpokenHospital) -> String {
        let name = Speech.short(Speech.clean(hospital.name))
        guard let area = hospital.area.map(Speech.clean), !area.isEmpty, !name.lowercased().contains(area.lowercased()) else { return name }
        let place = Speech.short(area, limit: 4)
        let onARoad = ["road", "marg", "highway", "path", "street"].contains { place.lowercased().hasSuffix($0) }
        return "\(place) \(onARoad ? "वरील" : "मधील") \(name)"
    }

    static func fitting(_ hospitals: [SpokenHospital], budget: Int) -> String {
        Speech.fitting(hospitals, budget: budget, describe: { spoken($0) }, and: "आणि")
    }
}

/// The case endings Marathi joins to a place's name: "पुण्यात" (in Pune), "मुंबईमधील" (Mumbai's).
/// A name in Latin letters (an area as the list writes it) takes them as a word of their own.
enum MarathiPlaces {
    /// "पुण्यात", "मुंबईमध्ये", "Whitefield मध्ये".
    static func `in`(_ place: String) -> String { joined(place, "मध्ये", afterE: "्यात") }

    /// "पुण्यातील", "मुंबईमधील", "Whitefield मधील".
    static func of(_ place: String) -> String { joined(place, "मधील", afterE: "्यातील") }

    /// A name ending in -े takes the oblique -्या (पुणे → पुण्यात); others take the ending as it is.
    private static func joined(_ place: String, _ ending: String, afterE oblique: String) -> String {
        guard let last = place.unicodeScalars.last, (0x0900...0x097F).contains(last.value) else { return place + " " + ending }
        if last == "\u{0947}" { return String(String.UnicodeScalarView(place.unicodeScalars.dropLast())) + oblique }
        return place + ending
    }
}

extension MarathiPhrasing {
    static func whatsApp(_ act: WhatsAppAct) -> String {
        switch act {
        case .offer: return "मी ही हॉस्पिटल व्हॉट्सॲपवरही पाठवू शकते."
        case .askConsent: return "मी ही हॉस्पिटल आणि त्यांचे पत्ते तुम्हाला व्हॉट्सॲपवर पाठवू शकते."
        case .sending: return "ठीक आहे. मी ही हॉस्पिटल आणि त्यांचे पत्ते तुमच्या याच नंबरवर व्हॉट्सॲप करते आहे."
        case .declined: return "ठीक आहे, मी व्हॉट्सॲपवर काहीही पाठवणार नाही."
        case .unavailable: return "माफ करा, या लाइनवरून व्हॉट्सॲप पाठवता येत नाही."
        case .limitReached: return "माफ करा, आज तुमच्या नंबरवर जितके व्हॉट्सॲप संदेश पाठवता येतात, तितके पाठवून झाले आहेत."
        case .optedOut: return "या नंबरने आम्हाला व्हॉट्सॲप संदेश न पाठवण्यास सांगितले आहे, म्हणून मी पाठवणार नाही. पुन्हा मिळवण्यासाठी आम्हाला व्हॉट्सॲपवर START पाठवा."
        case .failed: return "माफ करा, मी पाठवणार होते तो व्हॉट्सॲप संदेश पोहोचू शकला नाही."
        case .sentBySMSInstead: return "मी पाठवणार होते तो व्हॉट्सॲप संदेश पोहोचू शकला नाही, म्हणून मी तो एसएमएसने पाठवला आहे."
        case .stopped: return "आता तुम्हाला लूप एआयकडून व्हॉट्सॲप संदेश येणार नाहीत. पुन्हा मिळवण्यासाठी START पाठवा."
        case .started: return "पुन्हा स्वागत आहे. विचारा, उदाहरणार्थ पुण्यातील हॉस्पिटल."
        }
    }
}
