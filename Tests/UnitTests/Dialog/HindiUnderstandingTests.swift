import Testing

@testable import Brain
@testable import HospitalSearch

/// What Loop AI understands in a Hindi call, from utterances written the way Twilio's `hi-IN`
/// recogniser writes them: Devanagari, English words in Devanagari or Latin, Devanagari digits.
@Suite("Hindi understanding")
struct HindiUnderstandingTests {
    /// The same table row as the English understanding tests.
    typealias Case = UnderstandingTests.Case

    static let cases: [Case] = [
        // Lists, with Hindi numbers in words and digits
        Case(said: "बेंगलुरु के तीन हॉस्पिटल बताइए", intent: .list, place: .city("Bengaluru"), count: 3),
        Case(said: "बैंगलोर में तीन अस्पताल बताओ", intent: .list, place: .city("Bengaluru"), count: 3),
        Case(said: "बंगलौर के हॉस्पिटल", intent: .list, place: .city("Bengaluru")),
        Case(said: "मुंबई के पांच हॉस्पिटल बताओ", intent: .list, place: .city("Mumbai"), count: 5),
        Case(said: "बंबई में अस्पताल चाहिए", intent: .list, place: .city("Mumbai")),
        Case(said: "दिल्ली के हॉस्पिटल", intent: .list, place: .city("New Delhi")),
        Case(said: "नई दिल्ली में कोई अस्पताल बताइए", intent: .list, place: .city("New Delhi")),
        Case(said: "गुड़गांव के अस्पताल", intent: .list, place: .city("Gurugram")),
        Case(said: "गुरुग्राम में दो हॉस्पिटल बताइए", intent: .list, place: .city("Gurugram"), count: 2),
        Case(said: "कोलकाता के २ अस्पताल", intent: .list, place: .city("Kolkata"), count: 2),
        Case(said: "कलकत्ता में हॉस्पिटल बताओ", intent: .list, place: .city("Kolkata")),
        Case(said: "पुणे के अस्पताल बताइए", intent: .list, place: .city("Pune")),
        Case(said: "नोएडा में एक हॉस्पिटल बता दो", intent: .list, place: .city("Noida"), count: 1),
        Case(said: "ग्रेटर नोएडा के हॉस्पिटल", intent: .list, place: .city("Greater Noida")),
        Case(said: "गाज़ियाबाद में अस्पताल चाहिए", intent: .list, place: .city("Ghaziabad")),
        Case(said: "फरीदाबाद के चार हॉस्पिटल", intent: .list, place: .city("Faridabad"), count: 4),
        Case(said: "मुझे पुणे में हॉस्पिटल चाहिए", intent: .list, place: .city("Pune")),
        Case(said: "Bangalore में तीन hospital बताइए", intent: .list, place: .city("Bengaluru"), count: 3),
        Case(said: "मुंबई के ५ हॉस्पिटल", intent: .list, place: .city("Mumbai"), count: 5),
        Case(said: "चेन्नई के अस्पताल बताइए", intent: .list, place: .city("Chennai")),
        Case(said: "हैदराबाद में हॉस्पिटल", intent: .list, place: .city("Hyderabad")),
        Case(said: "कौन से हॉस्पिटल पुणे में हैं", intent: .list, place: .city("Pune")),
        Case(said: "दिल्ली एनसीआर के हॉस्पिटल", intent: .list),
        // Counts
        Case(said: "पुणे में कितने अस्पताल हैं", intent: .count, place: .city("Pune")),
        Case(said: "मुंबई में कितने हॉस्पिटल हैं", intent: .count, place: .city("Mumbai")),
        Case(said: "कोलकाता में कितने नेटवर्क हॉस्पिटल हैं", intent: .count, place: .city("Kolkata")),
        Case(said: "कितने हैं", intent: .count),
        Case(said: "बेंगलुरु में कुल कितने अस्पताल", intent: .count, place: .city("Bengaluru")),
        // Confirmations, names in Devanagari matched to the list's Latin names
        Case(said: "क्या मणिपाल सरजापुर बैंगलोर में मेरे नेटवर्क में है?", intent: .confirm, place: .city("Bengaluru")),
        Case(said: "मणिपाल सरजापुर बेंगलुरु नेटवर्क में आता है क्या", intent: .confirm, place: .city("Bengaluru")),
        Case(said: "गुड़गांव में मेदांता नेटवर्क में आता है क्या", intent: .confirm, place: .city("Gurugram")),
        Case(said: "क्या फोर्टिस मुलुंड मेरे नेटवर्क में है", intent: .confirm),
        Case(said: "फोर्टिस मुलुंड", intent: .confirm),
        Case(said: "क्या नारायणा मेरे नेटवर्क में है", intent: .confirm),
        Case(said: "क्या अपोलो चेन्नई में कवर है", intent: .confirm, place: .city("Chennai")),
        Case(said: "क्या Manipal Sarjapur नेटवर्क में है", intent: .confirm),
        Case(said: "मेदांता कवर होता है क्या", intent: .confirm),
        Case(said: "क्या जसलोक हॉस्पिटल मेरे नेटवर्क में है", intent: .confirm),
        Case(said: "क्या कोकिलाबेन मुंबई में है", intent: .confirm, place: .city("Mumbai")),
        // Clarifying answers and follow-ups
        Case(said: "कोलकाता", intent: .placeOnly, place: .city("Kolkata")),
        Case(said: "बेंगलुरु वाला", intent: .placeOnly, place: .city("Bengaluru")),
        Case(said: "मुंबई का क्या", intent: .switchPlace, place: .city("Mumbai")),
        Case(said: "और दिल्ली के बारे में", intent: .switchPlace, place: .city("New Delhi")),
        Case(said: "और बताइए", intent: .more),
        Case(said: "अगले", intent: .more),
        Case(said: "दूसरे वाले का पता बताइए", intent: .details, ordinal: 2),
        Case(said: "पहले वाले का पता", intent: .details, ordinal: 1),
        Case(said: "वो कहाँ है", intent: .details),
        Case(said: "तीसरा वाला कहां है", intent: .details, ordinal: 3),
        // Yes, no, thanks, goodbye
        Case(said: "हाँ", intent: .yes),
        Case(said: "हां जी", intent: .yes),
        Case(said: "जी हाँ", intent: .yes),
        Case(said: "ठीक है", intent: .yes),
        Case(said: "नहीं", intent: .no),
        Case(said: "नहीं चाहिए", intent: .no),
        Case(said: "धन्यवाद", intent: .thanks),
        Case(said: "शुक्रिया", intent: .thanks),
        Case(said: "बस धन्यवाद", intent: .goodbye),
        Case(said: "बस इतना ही", intent: .goodbye),
        Case(said: "अलविदा", intent: .goodbye),
        // Repeat, pace, corrections
        Case(said: "फिर से बताइए", intent: .repeatLast),
        Case(said: "दोबारा बोलिए", intent: .repeatLast),
        Case(said: "थोड़ा धीरे बोलिए", intent: .slower),
        Case(said: "नोएडा के हॉस्पिटल, नहीं नहीं, ग्रेटर नोएडा", intent: .list, place: .city("Greater Noida")),
        Case(said: "पुणे के अस्पताल, मतलब मुंबई", intent: .list, place: .city("Mumbai")),
        Case(said: "सॉरी, कोलकाता", intent: .placeOnly, place: .city("Kolkata")),
        // The call itself
        Case(said: "मदद", intent: .help),
        Case(said: "आप क्या कर सकते हैं", intent: .help),
        Case(said: "आप कौन हैं", intent: .identity),
        Case(said: "क्या आप सुन रहे हैं", intent: .lineCheck),
        Case(said: "किसी इंसान से बात कराइए", intent: .humanAgent),
        Case(said: "एजेंट से बात करनी है", intent: .humanAgent),
        Case(said: "इंग्लिश", intent: .chooseLanguage),
        Case(said: "English please", intent: .chooseLanguage),
        Case(said: "हिंदी", intent: .chooseLanguage),
        // Emergencies
        Case(said: "सीने में दर्द हो रहा है", intent: .emergency),
        Case(said: "मेरे पिताजी बेहोश हो गए हैं", intent: .emergency),
        Case(said: "एक्सीडेंट हो गया है पुणे में", intent: .emergency, place: .city("Pune")),
        Case(said: "इमरजेंसी है", intent: .emergency),
        // What the list does not hold, and what is not about the network
        Case(said: "मणिपाल हॉस्पिटल का फोन नंबर क्या है", intent: .missingInfo),
        Case(said: "डॉक्टर का टाइम क्या है", intent: .missingInfo),
        Case(said: "मेरा क्लेम कहाँ तक पहुंचा", intent: .missingInfo),
        Case(said: "अपॉइंटमेंट बुक कर दो", intent: .missingInfo),
        Case(said: "मौसम कैसा है", intent: .outOfScope),
        Case(said: "एक चुटकुला सुनाओ", intent: .outOfScope),
        Case(said: "क्रिकेट का स्कोर क्या है", intent: .outOfScope),
        // Nothing
        Case(said: "", intent: .silence),
    ]

    @Test("Hindi utterances become the same intents and slots as English ones", arguments: cases)
    func understands(_ testCase: Case) throws {
        UnderstandingTests.check(Interpreter(directory: try Fixture.network()).understand(testCase.said, in: .hindi), against: testCase)
    }

    @Test("Names said in Devanagari find the list's Latin names through ICU transliteration")
    func namesInDevanagari() throws {
        let network = try Fixture.network()
        let interpreter = Interpreter(directory: network)
        let manipal = interpreter.understand("क्या मणिपाल सरजापुर बैंगलोर में मेरे नेटवर्क में है?", in: .hindi)
        guard case .one(let hospital) = network.confirm(manipal.name, in: manipal.place) else {
            Issue.record("\(manipal)")
            return
        }
        #expect(hospital.name == "Manipal Hospitals" && hospital.area?.contains("Sarjapur") == true)
        let medanta = interpreter.understand("गुड़गांव में मेदांता नेटवर्क में आता है क्या", in: .hindi)
        guard case .one(let found) = network.confirm(medanta.name, in: medanta.place) else {
            Issue.record("\(medanta)")
            return
        }
        #expect(found.name.hasPrefix("Medanta"))
    }

    @Test("Transliteration drops accents and the unspoken final vowel, and reads Devanagari digits")
    func transliteration() {
        #expect(Transliteration.latin("मणिपाल") == "manipal")
        #expect(Transliteration.latin("मुंबई") == "mumbai")
        #expect(Transliteration.latin("फोर्टिस") == "fortis")
        #expect(Transliteration.latin("Manipal") == "Manipal")
        #expect(Transliteration.normalisingDigits("कोलकाता के २ अस्पताल।") == "कोलकाता के 2 अस्पताल.")
    }

    @Test("In an English call, Hindi in Devanagari is understood in Hindi, and the call goes on in it")
    func hindiInAnEnglishCall() throws {
        let interpreter = Interpreter(directory: try Fixture.network())
        let hindi = interpreter.understand("मुझे अस्पताल चाहिए")
        #expect(hindi.intent == .list && hindi.speaks == .hindi)
        let emergency = interpreter.understand("मेरे पिताजी को सीने में दर्द है")
        #expect(emergency.intent == .emergency && emergency.speaks == .hindi)
        // Kannada is a language Loop AI speaks: understood in it (a deployment that does not offer
        // it answers as for any other language, DialogEngine); a script it does not speak is not.
        let kannada = interpreter.understand("ಆಸ್ಪತ್ರೆ ಬೇಕು")
        #expect(kannada.intent == .list && kannada.speaks == .kannada)
        let tamil = interpreter.understand("மருத்துவமனை வேண்டும்")
        #expect(tamil.intent == .otherLanguage && tamil.language == nil)
        #expect(interpreter.understand("हिंदी").language == .hindi)
        #expect(interpreter.understand("Hindi please").intent == .chooseLanguage)
    }
}
