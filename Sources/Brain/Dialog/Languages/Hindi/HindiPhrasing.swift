import HospitalSearch

/// Loop AI's words in Hindi: the same acts and questions as ``Phrasing``, in short Devanagari
/// sentences for the Hindi voice, with the same facts and the same brevity.
///
/// Loop AI speaks with a woman's voice, so its verbs are feminine ("सकती हूँ"); the caller is
/// addressed politely ("आप … रहे हैं"). Hospital names stay as the list writes them: the Hindi voice
/// reads them as a Hindi speaker says them. Cities are said by their Hindi names.
enum HindiPhrasing: PhraseBook {
    static func sentences(for act: DialogAct) -> [String] {
        switch act {
        case .greeting:
            return [
                "नमस्ते! मैं लूप एआई हूँ, आपके हॉस्पिटल नेटवर्क की सहायक।",
                "आप पूछ सकते हैं, जैसे बेंगलुरु के तीन हॉस्पिटल बताइए, या कोई हॉस्पिटल आपके नेटवर्क में है या नहीं।",
            ]
        case .greetedAlready:
            return ["मैं अभी भी यहाँ हूँ।"]
        case .listing(let asked, let total, let hospitals, let offset, let announceTotal):
            let place = name(of: asked)
            let names = fitting(hospitals, budget: Phrasing.wordBudget - 12)
            if offset == 0 {
                let intro = total == 1 ? "मुझे \(place) में एक नेटवर्क हॉस्पिटल मिला।" : "मुझे \(place) में \(total) नेटवर्क हॉस्पिटल मिले।"
                let list: String
                if hospitals.count == total {
                    list = total == 1 ? "वह है \(names)।" : "वे हैं \(names)।"
                } else if hospitals.count == 1 {
                    list = "एक है: \(names)।"
                } else {
                    list = "पहले \(number(hospitals.count)) हैं: \(names)।"
                }
                return announceTotal ? [intro, list] : [list]
            }
            return [hospitals.count == 1 ? "अगला है \(names)।" : "अगले \(number(hospitals.count)) हैं \(names)।"]
        case .endOfList(let place, let total):
            return ["\(name(of: place)) के सभी \(total) नेटवर्क हॉस्पिटल बताए जा चुके हैं।"]
        case .noHospitals(let place, let suggestions):
            var text = ["माफ़ कीजिए, \(name(of: place)) में कोई नेटवर्क हॉस्पिटल नहीं है।"]
            if !suggestions.isEmpty { text.append("\(list(suggestions.map(cityName))) जैसे शहरों में नेटवर्क हॉस्पिटल हैं।") }
            return text
        case .count(let place, let total):
            return [total == 1 ? "\(name(of: place)) में एक नेटवर्क हॉस्पिटल है।" : "\(name(of: place)) में \(total) नेटवर्क हॉस्पिटल हैं।"]
        case .confirmed(let hospital):
            // "हाँ, बेंगलुरु के Ambalipura Sarjapur Road पर Manipal Hospitals आपके नेटवर्क में है।"
            return ["हाँ, \(cityName(City(name: hospital.city))) \(spoken(hospital, after: "के ")) आपके नेटवर्क में है।"]
        case .confirmedSeveral(let words, let asked, let total, let examples):
            var text = ["हाँ, \(name(of: asked)) में आपके नेटवर्क में \(total) \(Phrasing.label(words)) हॉस्पिटल हैं।"]
            if total <= examples.count {
                text.append("वे हैं \(fitting(examples, budget: Phrasing.wordBudget - 14))।")
            } else {
                var areas: [String] = []
                for area in examples.compactMap(\.area).map(Speech.clean) where !areas.contains(area) { areas.append(area) }
                if !areas.isEmpty { text.append("जैसे \(list(areas)) में।") }
            }
            return text
        case .notFound(let words, let asked, let here, let cities):
            let label = words.isEmpty ? "वह हॉस्पिटल" : Phrasing.label(words)
            let place = asked.map(name(of:))
            var text = [place.map { "नहीं, \(label) \($0) में आपके नेटवर्क में नहीं मिला।" } ?? "नहीं, \(label) आपके नेटवर्क में नहीं मिला।"]
            if !here.isEmpty {
                text.append("\(place ?? "उस शहर") में \(fitting(here, budget: Phrasing.wordBudget - 16)) है।")
            } else if !cities.isEmpty {
                text.append("\(label) \(list(cities.map(cityName))) में मिलेगा।")
            }
            return text
        case .details(let hospital):
            let address = Speech.clean(hospital.address).trimmedOfPunctuation
            let city = Speech.namesCity(address, hospital.city) ? "" : ", \(cityName(City(name: hospital.city)))"
            return ["\(Speech.short(Speech.clean(hospital.name))) का पता है: \(address)\(city)।"]
        case .nothingToReferTo:
            return ["माफ़ कीजिए, मैं समझ नहीं पाई कि आप किस हॉस्पिटल की बात कर रहे हैं।"]
        case .networkSize(let hospitals, let cities, let largest):
            return ["आपके नेटवर्क में \(cities) शहरों के \(hospitals) हॉस्पिटल हैं; सबसे ज़्यादा \(list(largest.map(cityName))) में हैं।"]
        case .emergency(let asked, let hospitals):
            var text = ["अगर यह मेडिकल इमरजेंसी है, तो तुरंत 112 पर कॉल कीजिए या 108 पर एम्बुलेंस बुलाइए, या नज़दीकी अस्पताल की इमरजेंसी में जाइए।"]
            if let asked, !hospitals.isEmpty {
                text.append("\(name(of: asked)) के नेटवर्क हॉस्पिटल में \(fitting(hospitals, budget: 18)) हैं।")
            } else {
                text.append("अपना शहर बताइए, मैं वहाँ के नेटवर्क हॉस्पिटल बता दूँगी।")
            }
            return text
        case .outOfScope:
            return ["माफ़ कीजिए, मैं इसमें आपकी मदद नहीं कर सकती। मैं आपकी कॉल हमारे एक सहयोगी को ट्रांसफ़र कर रही हूँ।"]
        case .goodbye:
            return ["लूप एआई को कॉल करने के लिए धन्यवाद। नमस्ते!"]
        case .goodbyeAfterSilence:
            return ["मुझे कुछ सुनाई नहीं दिया, इसलिए मैं कॉल खत्म कर रही हूँ। कभी भी फिर से कॉल कीजिए। नमस्ते!"]
        case .youAreWelcome:
            return ["आपका स्वागत है!"]
        case .help:
            return [
                "मैं बता सकती हूँ कि कौन से हॉस्पिटल आपके नेटवर्क में हैं।",
                "जैसे, किसी शहर के हॉस्पिटल, वहाँ कितने हैं, या कोई हॉस्पिटल आपके नेटवर्क में है या नहीं।",
            ]
        case .reprompt(let attempt):
            return [attempt == 1 ? "माफ़ कीजिए, मुझे कुछ सुनाई नहीं दिया।" : "क्या आप अभी भी लाइन पर हैं?"]
        case .didNotUnderstand(let attempt):
            return [attempt <= 1 ? "माफ़ कीजिए, मैं समझ नहीं पाई।" : "माफ़ कीजिए, मैं अब भी नहीं समझ पाई। आप कह सकते हैं, जैसे, मुंबई के हॉस्पिटल।"]
        case .otherLanguage, .offer:
            return ["माफ़ कीजिए, वह भाषा मैं अभी नहीं समझती।"]
        case .heard(let words):
            return ["मुझे लगा आपने कहा: \(Speech.short(words, limit: 15))।"]
        case .sayAgain:
            return ["माफ़ कीजिए। क्या आप फिर से बता सकते हैं?"]
        case .okay:
            return ["ठीक है।"]
        case .sayingAgain:
            return ["ज़रूर।"]
        case .atMostAtOnce(let count):
            return ["मैं एक बार में \(number(count)) हॉस्पिटल बताती हूँ।"]
        case .identity:
            return ["मैं लूप एआई हूँ, एक ऑटोमेटेड सहायक, जो बताती है कि कौन से हॉस्पिटल आपके हेल्थ इंश्योरेंस नेटवर्क में हैं।"]
        case .canHearYou:
            return ["जी हाँ, मैं आपको सुन सकती हूँ।"]
        case .connectingToAgent:
            return ["ज़रूर। मैं आपको अभी एक व्यक्ति से जोड़ रही हूँ।"]
        case .missingInfo(let missing):
            return [notHeld(missing), "मैं बता सकती हूँ कि कौन से हॉस्पिटल आपके नेटवर्क में हैं, और उनके पते भी।"]
        case .languageChosen(let language):
            return language == .hindi ? ["ठीक है, अब हम हिंदी में बात करेंगे।"] : language.phraseBook.sentences(for: .languageChosen(language))
        case .lineTrouble:
            return ["माफ़ कीजिए, लाइन पर कुछ गड़बड़ हो गई।"]
        case .textSent:
            return ["मैं ये हॉस्पिटल और उनके पते आपके नंबर पर एसएमएस कर रही हूँ।"]
        case .nothingToText:
            return ["मैंने अभी तक कोई हॉस्पिटल नहीं बताया है। पहले पूछिए, फिर मैं एसएमएस कर सकती हूँ।"]
        case .textUnavailable:
            return ["माफ़ कीजिए, इस लाइन से एसएमएस नहीं भेजा जा सकता।"]
        case .textLimitReached:
            return ["माफ़ कीजिए, आज आपके नंबर पर जितने एसएमएस भेजे जा सकते थे, भेजे जा चुके हैं।"]
        case .alreadyByText:
            return ["यह जानकारी इसी मैसेज में है।"]
        case .textFailed:
            return ["माफ़ कीजिए, जो एसएमएस मैंने भेजने को कहा था, वह नहीं जा सका।"]
        case .textOnlyToCaller:
            return ["माफ़ कीजिए, मैं सिर्फ़ उसी नंबर पर एसएमएस भेज सकती हूँ जिससे आप कॉल कर रहे हैं।"]
        case .whatsApp(let act):
            return [whatsApp(act)]
        case .textOptedOut:
            return ["इस नंबर ने हमसे एसएमएस न भेजने को कहा है, इसलिए मैं एसएमएस नहीं भेजूँगी। फिर से पाने के लिए हमें START लिखकर भेजिए।"]
        case .recordingNotice:
            return ["यह कॉल रिकॉर्ड की जा रही है; रोकने के लिए कभी भी कहिए, रिकॉर्डिंग बंद करो।"]
        case .recordingStopped:
            return ["ठीक है, मैंने इस कॉल की रिकॉर्डिंग बंद कर दी है।"]
        case .recordingStopping:
            return ["ठीक है, मैं इस कॉल की रिकॉर्डिंग अभी बंद कर रही हूँ।"]
        case .recordingNotStopped:
            return ["माफ़ कीजिए, मैं रिकॉर्डिंग बंद नहीं कर पाई। अगर आप रिकॉर्ड नहीं होना चाहते, तो कॉल काटकर फिर से कॉल कर सकते हैं।"]
        case .notRecording:
            return ["यह कॉल रिकॉर्ड नहीं हो रही है।"]
        case .agentUnavailable:
            return ["माफ़ कीजिए, अभी कोई आपकी कॉल नहीं ले सका।", "बीप के बाद एक छोटा संदेश छोड़िए, हम आपको वापस कॉल करेंगे।"]
        case .messageRecorded:
            return ["धन्यवाद, आपका संदेश रिकॉर्ड हो गया है। नमस्ते!"]
        }
    }

    static func question(for prompt: Prompt) -> String? {
        switch prompt {
        case .howCanIHelp: return "मैं आपकी क्या मदद कर सकती हूँ?"
        case .anythingElse: return "क्या मैं और कुछ मदद कर सकती हूँ?"
        case .whatsAppConsent: return "क्या मैं ये आपके इसी नंबर पर व्हाट्सऐप कर दूँ? हाँ या ना कहिए।"
        case .hearMore: return "क्या आप और सुनना चाहेंगे?"
        case .whichCity(let words, let cities, let total):
            if total > 1 {
                let some = list(cities.prefix(2).map(cityName))
                return "मुझे \(Phrasing.label(words)) हॉस्पिटल \(number(total)) शहरों में मिले, जैसे \(some)। आप किस शहर में देख रहे हैं?"
            }
            return "आप किस शहर में देख रहे हैं?"
        case .whichArea:
            return "आप किस इलाके में देख रहे हैं?"
        case .whichCityForArea(let area, let cities):
            return "\(name(of: .area(words: area, city: nil))) \(list(cities.map(cityName))) में है। आप किस शहर में देख रहे हैं?"
        case .nameAFew: return "क्या मैं कुछ के नाम बताऊँ?"
        case .nameIt: return "क्या मैं उसका नाम बताऊँ?"
        case .isThatRight: return "क्या यह सही है?"
        case .didYouSayPlace(let place): return "क्या आपने \(name(of: place)) कहा?"
        case .didYouSayName(let words): return "क्या आपने \(Phrasing.label(words)) कहा?"
        case .didYouMean(let hospitals):
            let names = Speech.fitting(hospitals, budget: Phrasing.wordBudget - 6, describe: { spoken($0) }, and: "या")
            return hospitals.count == 1 ? "क्या आपका मतलब \(names) से है?" : "क्या आपका मतलब \(names) में से किसी से है?"
        case .none: return nil
        }
    }

    /// Hindi offered in a call held in another language, said in the Hindi voice.
    static func offer(key: String) -> String { "हिंदी में बात करने के लिए 'हिंदी' बोलिए, या \(key) दबाइए।" }
    static let answerHints = ["हाँ", "नहीं", "और", "पता", "English"]
    static let textHeading = "लूप एआई — आपके नेटवर्क के हॉस्पिटल:"
    static let callUs = "किसी व्यक्ति से बात करने के लिए कृपया इस नंबर पर कॉल करें।"
    static let noPersonOnThisLine = [
        "माफ़ कीजिए, मैं इस लाइन से आपको किसी व्यक्ति से नहीं जोड़ सकती।",
        "कृपया अपने इंश्योरर की हेल्पलाइन पर कॉल करें। लूप एआई को कॉल करने के लिए धन्यवाद। नमस्ते!",
    ]

    static let webGoodbye = "लूप एआई इस्तेमाल करने के लिए धन्यवाद। नमस्ते!"
    static let webCannotHelp = "माफ़ कीजिए, मैं इसमें आपकी मदद नहीं कर सकती।"

    static func callAPerson(at number: String?) -> String {
        number.map { "किसी व्यक्ति से बात करने के लिए \($0) पर कॉल करें।" } ?? "किसी व्यक्ति से बात करने के लिए कृपया अपने इंश्योरर की हेल्पलाइन पर कॉल करें।"
    }

    static func notHeld(_ missing: MissingInfo) -> String {
        switch missing {
        case .phoneNumber: return "माफ़ कीजिए, मेरे पास हॉस्पिटल के फ़ोन नंबर नहीं हैं।"
        case .doctors: return "माफ़ कीजिए, मेरे पास डॉक्टरों या उनके समय की जानकारी नहीं है।"
        case .appointments: return "माफ़ कीजिए, मैं अपॉइंटमेंट बुक नहीं कर सकती।"
        case .beds: return "माफ़ कीजिए, मुझे नहीं पता कि किस हॉस्पिटल में बेड खाली हैं।"
        case .claims: return "माफ़ कीजिए, मैं क्लेम या आपकी पॉलिसी नहीं देख सकती।"
        case .prices: return "माफ़ कीजिए, मेरे पास कीमतों या खर्च की जानकारी नहीं है।"
        }
    }

    /// "बेंगलुरु", "DELHI NCR", "Whitefield, बेंगलुरु".
    static func name(of place: Place) -> String {
        Phrasing.name(of: place, cityName: cityName)
    }

    static func cityName(_ city: City) -> String { city.name(in: "hi") ?? city.name }

    /// "क, ख और ग".
    static func list(_ items: [String]) -> String {
        Speech.list(items, and: "और")
    }

    /// एक … दस; digits beyond.
    static func number(_ value: Int) -> String {
        let words = ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस"]
        return words.indices.contains(value) ? words[value] : String(value)
    }

    /// "Whitefield में Manipal Hospitals", "Sarjapur Road पर Manipal Hospitals": the place first,
    /// as a Hindi speaker says it, so a list does not run names and sectors together.
    /// `after`: what joins the place to what came before it ("बेंगलुरु के Whitefield में …").
    static func spoken(_ hospital: SpokenHospital, after: String = "") -> String {
        let name = Speech.short(Speech.clean(hospital.name))
        guard let area = hospital.area.map(Speech.clean), !area.isEmpty, !name.lowercased().contains(area.lowercased()) else { return name }
        let place = Speech.short(area, limit: 4)
        let onARoad = ["road", "marg", "highway", "path", "street"].contains { place.lowercased().hasSuffix($0) }
        return "\(after)\(place) \(onARoad ? "पर" : "में") \(name)"
    }

    /// The hospitals named within `budget` words, as ``Speech/fitting(_:budget:describe:and:)`` fits them.
    static func fitting(_ hospitals: [SpokenHospital], budget: Int) -> String {
        Speech.fitting(hospitals, budget: budget, describe: { spoken($0) }, and: "और")
    }
}
