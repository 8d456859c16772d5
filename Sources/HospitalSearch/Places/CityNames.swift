/// How each language's speakers write the cities of the network in its own script, by language
/// code ("hi", "mr", "kn"), the first name as Loop AI says the city in that language. Understood
/// through their Latin transliteration (``Transliteration``); the other names are the spellings
/// recognisers write, and the forms a case ending leaves once cut off ("पुण्या" of "पुण्यामध्ये",
/// "ಬೆಂಗಳೂರಿ" of "ಬೆಂಗಳೂರಿನಲ್ಲಿ").
enum CityNames {
    static let byLanguage: [String: [String: [String]]] = ["hi": hi, "mr": mr, "kn": kn]

    /// Every city's names in every language as the interpreter sees them once transliterated
    /// ("baingalor"), worked out once per process: ICU is too slow to run for every list loaded.
    static let aliases: [String: [String]] = byLanguage.values.reduce(into: [:]) { aliases, names in
        for (city, spellings) in names {
            for name in spellings {
                let latin = TextNormalizer.phrase(name.split(separator: " ").map { Transliteration.latin(String($0)) }.joined(separator: " "))
                if !(aliases[city]?.contains(latin) ?? false) { aliases[city, default: []].append(latin) }
            }
        }
    }

    static let hi: [String: [String]] = [
        "Bengaluru": ["बेंगलुरु", "बैंगलोर", "बंगलौर", "बेंगलूरु", "बैंगलुरु"],
        "Mumbai": ["मुंबई", "बंबई", "मुम्बई", "बम्बई"],
        "New Delhi": ["नई दिल्ली", "दिल्ली", "नयी दिल्ली"],
        "Gurugram": ["गुरुग्राम", "गुड़गांव", "गुड़गाँव", "गुरुगांव", "गुडगाँव"],
        "Kolkata": ["कोलकाता", "कलकत्ता"],
        "Pune": ["पुणे", "पूना", "पुने"],
        "Noida": ["नोएडा", "नोयडा"],
        "Greater Noida": ["ग्रेटर नोएडा"],
        "Ghaziabad": ["गाज़ियाबाद", "गाजियाबाद"],
        "Faridabad": ["फ़रीदाबाद", "फरीदाबाद"],
        "Chennai": ["चेन्नई"],
        "Hyderabad": ["हैदराबाद"],
        "Agra": ["आगरा"],
        "Meerut": ["मेरठ"],
        "Jaipur": ["जयपुर"],
        "Lucknow": ["लखनऊ"],
        "Bhiwani": ["भिवानी"], "Rewari": ["रेवाड़ी", "रेवाडी"], "Palwal": ["पलवल"], "Moradabad": ["मुरादाबाद"],
        "Prayagraj": ["प्रयागराज", "इलाहाबाद"], "Gorakhpur": ["गोरखपुर"], "Bahadurgarh": ["बहादुरगढ़"], "Sonipat": ["सोनीपत"],
        "Panipat": ["पानीपत"], "Ahmedabad": ["अहमदाबाद"], "Kochi": ["कोच्चि"], "Chandigarh": ["चंडीगढ़"], "Indore": ["इंदौर"],
        "Bhopal": ["भोपाल"], "Nagpur": ["नागपुर"], "Surat": ["सूरत"], "Patna": ["पटना"], "Visakhapatnam": ["विशाखापत्तनम"],
        "Coimbatore": ["कोयंबटूर"], "Mysuru": ["मैसूरु", "मैसूर"], "Mangaluru": ["मंगलुरु", "मैंगलोर"], "Goa": ["गोवा"],
        "Bhubaneswar": ["भुवनेश्वर"], "Guwahati": ["गुवाहाटी"], "Thiruvananthapuram": ["तिरुवनंतपुरम"], "Varanasi": ["वाराणसी", "बनारस"],
        "Kanpur": ["कानपुर"], "Nashik": ["नासिक"], "Dehradun": ["देहरादून"], "Ludhiana": ["लुधियाना"], "Amritsar": ["अमृतसर"],
        "Raipur": ["रायपुर"], "Ranchi": ["रांची", "राँची"], "Vadodara": ["वडोदरा"], "Madurai": ["मदुरै"],
    ]

    static let mr: [String: [String]] = [
        "Bengaluru": ["बेंगळुरू", "बंगळूर", "बेंगलोर", "बंगलोर", "बेंगळुरूत"],
        "Mumbai": ["मुंबई", "मुंबईत", "मुंबईतील", "मुंबईच्या", "मुंबापुरी"],
        "New Delhi": ["नवी दिल्ली", "दिल्ली", "दिल्लीत", "दिल्लीतील", "दिल्लीच्या"],
        "Gurugram": ["गुरुग्राम", "गुडगाव", "गुरुग्रामला", "गुरुग्राममधील"],
        "Kolkata": ["कोलकाता", "कलकत्ता", "कोलकात्यात", "कोलकात्या"],
        "Pune": ["पुणे", "पुण्यात", "पुण्यातील", "पुण्याच्या", "पुण्या", "पुण्याला"],
        "Noida": ["नोएडा", "नोएडात", "नोएडाला"],
        "Greater Noida": ["ग्रेटर नोएडा"],
        "Ghaziabad": ["गाझियाबाद", "गाजियाबाद"],
        "Faridabad": ["फरीदाबाद", "फरिदाबाद"],
        "Chennai": ["चेन्नई"], "Hyderabad": ["हैदराबाद"], "Nagpur": ["नागपूर", "नागपुरात"], "Nashik": ["नाशिक", "नाशिकमध्ये"],
        "Ahmedabad": ["अहमदाबाद"], "Jaipur": ["जयपूर"], "Lucknow": ["लखनौ"], "Indore": ["इंदूर"], "Bhopal": ["भोपाळ"],
        "Surat": ["सुरत"], "Goa": ["गोवा", "गोव्यात"], "Mysuru": ["म्हैसूर"], "Mangaluru": ["मंगळूर"], "Agra": ["आग्रा"],
    ]

    static let kn: [String: [String]] = [
        "Bengaluru": ["ಬೆಂಗಳೂರು", "ಬೆಂಗಳೂರಿ", "ಬೆಂಗಳೂರಿನ", "ಬ್ಯಾಂಗಲೋರ್", "ಬೆಂಗ್ಳೂರು"],
        "Mumbai": ["ಮುಂಬೈ", "ಮುಂಬೈನ", "ಮುಂಬಯಿ", "ಬಾಂಬೆ"],
        "New Delhi": ["ನವದೆಹಲಿ", "ದೆಹಲಿ", "ದೆಹಲಿಯ", "ಡೆಲ್ಲಿ", "ನವ ದೆಹಲಿ"],
        "Gurugram": ["ಗುರುಗ್ರಾಮ", "ಗುರುಗ್ರಾಮ್", "ಗುರ್ಗಾಂವ್"],
        "Kolkata": ["ಕೋಲ್ಕತ್ತಾ", "ಕೋಲ್ಕತಾ", "ಕೊಲ್ಕತ್ತಾ", "ಕೋಲ್ಕತ್ತಾದ"],
        "Pune": ["ಪುಣೆ", "ಪುಣೆಯ", "ಪೂನಾ"],
        "Noida": ["ನೋಯ್ಡಾ", "ನೊಯ್ಡಾ", "ನೋಯ್ಡಾದ"],
        "Greater Noida": ["ಗ್ರೇಟರ್ ನೋಯ್ಡಾ"],
        "Ghaziabad": ["ಗಾಜಿಯಾಬಾದ್", "ಘಾಜಿಯಾಬಾದ್"],
        "Faridabad": ["ಫರೀದಾಬಾದ್", "ಫರಿದಾಬಾದ್"],
        "Chennai": ["ಚೆನ್ನೈ"], "Hyderabad": ["ಹೈದರಾಬಾದ್", "ಹೈದರಾಬಾದಿನ"], "Mysuru": ["ಮೈಸೂರು", "ಮೈಸೂರಿ", "ಮೈಸೂರಿನ"],
        "Mangaluru": ["ಮಂಗಳೂರು", "ಮಂಗಳೂರಿ", "ಮಂಗಳೂರಿನ"], "Goa": ["ಗೋವಾ"], "Ahmedabad": ["ಅಹಮದಾಬಾದ್"], "Jaipur": ["ಜೈಪುರ"],
        "Kochi": ["ಕೊಚ್ಚಿ"], "Coimbatore": ["ಕೊಯಮತ್ತೂರು"], "Nagpur": ["ನಾಗಪುರ"],
    ]
}
