/// The words and phrases that signal what a caller wants, in one place: English, and Hindi as
/// Twilio's `en-IN` recogniser writes it in Latin script (Hinglish).
///
/// Phrases are matched on normalised tokens (see ``TextNormalizer``), so "Hospitals" is
/// "hospital" and "what's" is "whats". Add a phrase here to teach the dialog a new way of
/// saying something; `UnderstandingTests` and the evaluation set (`Tests/Evaluation`) show what
/// each list is for.
enum Lexicon {
    // MARK: Closing

    static let goodbye: [String] = [
        "bye", "goodbye", "good bye", "bye bye", "thats all", "that is all", "that will be all", "thats it", "that is it",
        "nothing else", "im done", "i am done", "we are done", "end the call", "hang up", "end call", "no more questions",
        "see you", "have a good day", "good night",
        // Hinglish: "bas itna hi" (that's all), "aur kuch nahi" (nothing else), "phone rakhta hoon" (I'll hang up). A
        // bare "bas" is also "only" ("mujhe bas pin code pata hai"): alone it is a goodbye (``IntentRules``).
        "bas itna", "bas itna hi", "bas ho gaya", "bas yahi", "itna hi", "aur kuch nahi", "kuch nahi chahiye", "phone rakhta", "phone rakhti", "alvida", "chalta hoon",
    ]

    static let thanks: [String] = [
        "thank", "thanks", "thank you", "thankyou", "appreciate", "great", "perfect", "awesome",
        "dhanyavaad", "dhanyawad", "dhanyavad", "shukriya", "bahut accha", "badhiya",
    ]

    // MARK: Questions about the network

    static let count: [String] = [
        "how many", "number of hospital", "number of network", "count", "total", "how much hospital",
        // Hinglish: "kitne hospital" (how many hospitals), "kitne hain"
        "kitne", "kitna", "kitni", "ginti", "ginati",
    ]

    /// The whole network rather than one place: its size, its cities.
    static let networkSize: [String] = [
        "how big", "how large", "size of your network", "size of the network", "size of my network", "in total", "altogether",
        "all together", "in all", "overall", "total number", "whole network", "entire network", "poora network", "how many cities", "which cities", "what cities", "cities do you",
        "cities are covered", "how many places",
        // Hindi: "kitna bada" (how big), "kul kitne" (how many in all), "poore network" (the whole network), "kitne sheheron"
        "kitna bada", "kul kitne", "kul", "poore network", "saare hospital", "kitne sheheron", "kaun kaun se sheher", "sheheron",
    ]

    static let confirm: [String] = [
        "confirm", "verify", "check if", "check whether", "check that", "in my network", "in the network", "in network",
        "is it in", "covered", "cover", "coverage", "part of", "included", "include", "empanelled", "empaneled",
        "cashless", "accept my", "accepts my", "under my", "tied up", "tie up", "is there a", "do you have",
        "network hospital",
        // Hinglish: "network mein aata hai kya" (does it come in the network), "cover hota hai", "hai kya"
        "network mein", "network me", "aata hai", "aati hai", "hai kya", "cover hota", "cover hai", "shamil",
    ]

    static let list: [String] = [
        "tell me", "list", "give me", "show me", "show", "name", "suggest", "recommend", "find", "search", "looking for",
        "look for", "need a hospital", "need hospital", "want a hospital", "any hospital", "hospital in", "hospital near",
        "hospital around", "hospital at", "which hospital", "what hospital", "some hospital", "few hospital", "hospital",
        // Hinglish: "batao"/"bataiye"/"bata do" (tell), "chahiye" (need), "dikhao" (show), "kaun se" (which)
        "batao", "bataiye", "bataye", "bata do", "bata dijiye", "chahiye", "dikhao", "dikhaiye", "kaun se", "kaunsa", "kaun sa",
        // The hospitals of the last answer, asked for by name: "which are they", "name them", "unke naam"
        "which are they", "which are those", "which ones", "what are they", "what are those", "name them", "list them",
        "tell me those", "tell me them", "name those", "list those", "naam", "them naam",
        // Where to go: "where can I go for cashless treatment in X", "kahan ja sakte hain"
        "where can i go", "where i can go", "where should i go", "where to go", "where do i go", "where can we go", "kahan ja sakte",
        "kahan jaa sakte", "kahan jaye", "kahan jayen", "kahan jaun",
    ]

    static let more: [String] = [
        "more", "next", "next one", "continue", "other one", "others", "the rest", "keep going", "go on", "another",
        "anything else in", "few more", "some more", "further", "agle", "agla",
        // Hinglish: "aur" (more), "aur batao", "aage" (further)
        "aur batao", "aur bataiye", "aur hospital", "aage", "aur dikhao",
        // "The rest", "what else", a bare "aur" after a list: "baaki wale?", "aur koi?"
        "rest", "aur", "aur koi", "what else", "anything else there", "remaining",
    ]

    static let switchPlace: [String] = [
        "what about", "how about", "and in", "same for", "also in", "and for", "what of", "then",
        // Hinglish: "aur X mein?" (and in X?), "X ka kya" (what about X)
        "ka kya", "ke bare mein", "ke baare mein",
    ]

    static let address: [String] = [
        "address", "where is", "where exactly", "location", "located", "how do i get", "directions", "which area",
        "what area", "details", "more about", "tell me about",
        // Hinglish: "ka pata" (its address), "kahan hai" (where is it). A bare "pata" is also "know" ("pata nahi",
        // "pata chale", "pata rakhna"): only asked for, or someone's, is it an address.
        "ka pata", "ke pata", "pata kya", "pata batao", "pata bataiye", "pata bata", "pata dijiye", "pata do", "pata chahiye",
        "pata bhejo", "pata bhej", "kahan hai", "kaha hai", "kahan par",
    ]

    // MARK: Short answers

    static let yes: [String] = [
        "yes", "yeah", "yep", "yup", "sure", "please do", "go ahead", "correct", "right", "thats right", "that is right",
        "ok", "okay", "alright", "of course", "definitely", "absolutely", "please", "yes please", "ya", "haan", "ha",
        "han", "ji", "ji haan", "haan ji", "theek hai", "thik hai", "sahi", "bilkul", "zaroor", "hanji",
    ]

    static let no: [String] = [
        "no", "nope", "nah", "not now", "no thanks", "no thank you", "wrong", "not really", "nahi", "nahin", "na", "ji nahi",
        "mat", "nahi chahiye",
    ]

    // MARK: About the call itself

    static let help: [String] = [
        "help", "what can you do", "how does this work", "how do this work", "what do you do", "how do i", "what can i ask",
        "options", "menu", "how to use", "what should i say", "what can i say",
        "kya kar sakte", "kya puch sakta", "madad",
    ]

    /// "Who are you?": Loop AI says what it is.
    static let identity: [String] = [
        "who are you", "your name", "are you human", "are you a human", "are you a robot", "are you a bot", "is this a robot",
        "am i talking to", "tell me about yourself", "who is this", "who am i speaking", "what are you", "aap kaun",
        "tum kaun", "kaun bol raha", "aapka naam", "apaka naam", "apka naam", "tumhara naam", "tumhara nam",
    ]

    /// "Hello? Can you hear me?": the line, not a question for the network.
    static let lineCheck: [String] = [
        "can you hear me", "are you there", "hello hello", "is anyone there", "anybody there", "you there",
        "sun rahe ho", "sun rahe hain", "awaaz aa rahi", "awaz aa rahi",
    ]

    /// "Say that again": the last answer once more.
    static let repeatLast: [String] = [
        "repeat", "say that again", "say it again", "come again", "pardon", "sorry what", "i missed that", "missed that",
        "didnt catch", "did not catch", "didnt get that", "didnt hear", "did not hear", "what did you say", "once more",
        "one more time", "again please", "phir se", "fir se", "dobara", "dubara", "kya bola",
    ]

    /// "A bit slower, please": the last answer again, slowly.
    static let slower: [String] = [
        "slower", "slowly", "slow down", "too fast", "speak slow", "dheere", "dheere se", "aaram se",
    ]

    /// "Text me that": the hospitals just given, by SMS to the caller's own number.
    static let textMe: [String] = [
        "text me", "text it", "text that", "text those", "text this", "send me a text", "send a text", "send me an sms", "send an sms",
        "send me sms", "sms me", "sms it", "message me", "send me a message", "send me the addresses", "send me the address",
        "send the addresses", "send me the list", "send me the details", "send it to my phone", "send that to my phone",
        "send them to my phone", "sms kar do", "sms karo", "sms kardo", "sms bhej", "sms bhejo", "message kar do", "message bhej",
        "msg kar do", "text kar do", "send it to", "send that to", "send them to", "text it to", "text that to", "sms it to",
        "text to my", "send to my", "sms to my",
    ]

    /// "Don't record this call": the recording is stopped.
    static let stopRecording: [String] = [
        "dont record", "do not record", "stop recording", "stop the recording", "no recording", "not be recorded",
        "dont want to be recorded", "do not want to be recorded", "without recording", "record mat karo", "recording mat karo",
        "recording band", "recording band karo", "record mat kijiye",
    ]

    /// "Let me talk to a person": transferred at once.
    static let humanAgent: [String] = [
        "human", "real person", "a person", "talk to someone", "speak to someone", "talk to a person", "speak to a person",
        "agent", "representative", "customer care", "customer service", "operator", "executive", "insaan", "kisi se baat",
        "aadmi se baat", "banda",
    ]
    /// Of those, the bare nouns: a request for a person alone ("agent please"), but in a story
    /// around a question about hospitals ("the agent who sold the policy isn't answering, …") not.
    static let humanAgentNouns: Set<String> = ["agent", "representative", "operator", "executive", "banda"]

    /// Phrases that ask whether something is in the network, as opposed to asking about it.
    static let networkQuestion: [String] = [
        "in my network", "in the network", "in network", "my network", "network mein", "network me", "covered", "cover",
        "coverage", "empanelled", "empaneled", "cashless", "included", "on your panel", "in your panel", "panel mein", "panel me",
        "panel pe", "panel par", "on the panel", "in the panel", "tied up", "tie up",
        // Hinglish: "insurance chalega" (will my insurance work), "card chalta hai", "cashless milega"
        "insurance chalega", "insurance chalta", "insurance chalti", "card chalega", "card chalta", "policy chalegi", "cashless milega",
        // "will the insurance work there", "is it a network hospital", "do they accept my card"
        "insurance work", "insurance will work", "network hospital", "accept my insurance", "accept my card", "accepts my card",
    ]

    // MARK: Corrections

    /// Words after which what the caller says replaces what they said before ("Kolkata —
    /// actually, make that Noida").
    static let correction: [String] = [
        "actually", "i mean", "i meant", "sorry", "no sorry", "wait", "make that", "make it", "rather", "instead",
        "not that", "correction", "scratch that", "change that", "matlab", "nahi nahi",
        // The caller says they were misheard, or says what they said
        "misheard", "heard wrong", "you heard", "not what you said", "i said", "i told", "change it to", "galat sun",
        "galat suna", "aapne galat", "maine bola", "bola maine", "maine kaha", "hearing something else", "heard something else",
        "my mistake", "my bad", "change the location", "change location", "change the place", "change the city",
    ]

    // MARK: Words that carry no name

    /// Words that make up requests rather than name hospitals or places.
    static let requestWords: Set<String> = [
        "can", "could", "would", "will", "you", "please", "confirm", "verify", "check", "tell", "me", "whether", "if",
        "is", "are", "was", "does", "do", "did", "my", "network", "covered", "cover", "coverage", "included", "include",
        "part", "under", "policy", "plan", "insurance", "insurer", "list", "it", "there", "know", "want", "need",
        "find", "looking", "look", "for", "about", "any", "give", "show", "name", "suggest", "recommend", "search",
        "i", "we", "a", "an", "the", "in", "at", "near", "around", "of", "and", "or", "to", "be", "have", "has",
        "some", "few", "hospital", "clinic", "please", "also", "what", "which", "where", "how", "many", "much",
        "number", "total", "count", "empanelled", "empaneled", "cashless", "accept", "accepts", "tied", "up", "tie",
        "okay", "ok", "yes", "no", "hi", "hello", "hey", "um", "uh", "hmm", "so", "well", "just", "like", "that", "this",
        "one", "ones", "with", "from", "by", "on", "them", "those", "these", "exist", "exists", "available", "listed",
        "list", "good", "best", "nearest", "closest", "nearby", "city", "area", "located", "location", "mine", "our",
        "us", "let", "see", "now", "then", "again", "get", "got", "am", "im", "its", "whats", "theres", "another",
        "other", "more", "next", "same", "kindly", "sir", "madam", "maam", "dear", "actually", "basically", "right",
        "want", "wanted", "go", "going", "sure", "thanks", "thank", "should", "shall", "may", "might", "must",
        "options", "option", "network", "hospitals", "my", "your", "own", "all", "mean", "meant", "sorry", "wait", "make",
        "rather", "instead", "not", "said", "say", "they", "rest", "remaining", "address", "separately", "alag", "ginti", "ginati", "pahle", "pehle", "pata", "kisi", "saare", "poore", "cities", "sheheron", "bada", "madad", "whole", "entire", "chal", "every", "each",
        // Who the care is for and what kind of place is wanted: a caller's story, not a name
        "kid", "kids", "baby", "babies", "family", "wife", "husband", "son", "daughter", "father", "brother", "sister",
        "friend", "parents", "grandmother", "grandfather", "place", "places", "someone", "somewhere", "expecting",
        "pregnant", "senior", "citizen", "cheap", "big", "decent", "reliable", "trusted",
        // Hinglish function words: in, of, is, what, tell, need, which, my, me, please, the hospital, yes, no…
        "mein", "me", "mai", "main", "ka", "ki", "ke", "ko", "se", "par", "pe", "hai", "hain", "ho", "tha", "kya", "batao",
        "bataiye", "bataye", "bata", "do", "dijiye", "chahiye", "wala", "wale", "wali", "aspatal", "aspataal", "haan", "ji",
        "nahi", "nahin", "bas", "theek", "thik", "aur", "koi", "kuch", "kaun", "kaunsa", "sa", "se", "mera", "meri", "mere",
        "hamara", "hamare", "aap", "aapke", "aapka", "aapki", "saath", "sath", "tieup", "kripya", "zara", "accha", "acha", "yeh", "ye", "woh", "vo", "wahan", "yahan",
        "dikhao", "dikhaiye", "naam", "aata", "aati", "hota", "hoti", "matlab", "kitne", "kitna", "kitni", "sirf", "bhi",
        "dhanyavaad", "shukriya", "nazdeek", "paas", "sheher", "shahar", "kahan", "kaha", "mujhe", "hamein", "aapke", "ho",
        "tha", "kripya", "agle", "agla", "pe", "par", "ko", "hota", "hoti", "shamil", "bhi", "hindi", "english", "angrezi", "baare",
        "bare", "kar", "sakte", "sakti", "karen", "karni", "raha", "rahi", "gaya", "gaye", "gayi", "hua", "boliye", "bolo", "thoda",
        "liye", "tak", "woh", "yeh", "kul", "rahe", "uska", "uski", "uske", "iska", "iski", "iske",
    ]

    /// Numbers as callers say them, in English and Hindi.
    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "couple": 2, "few": 3, "several": 5, "dozen": 12,
        "a couple": 2, "a few": 3,
        "ek": 1, "do": 2, "teen": 3, "tin": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "che": 6,
        "saat": 7, "aath": 8, "nau": 9, "das": 10,
    ]

    /// Words that join two questions in one breath ("… in Pune and one in Kolkata", "… aur Peerless bhi").
    static let clauseJoiners: Set<String> = ["and", "also", "plus", "aur", "tatha", "then", "phir"]
    /// Words that join two places asked about together: "Pune and Mumbai", "Pune or Mumbai",
    /// "as well as", "X या Y".
    static let placeJoiners: Set<String> = clauseJoiners.union([
        "or", "ya", "as", "well", "either", "versus", "vs", "both", "donon", "dono",
        // Hinglish "X ke saath saath Y ke bhi" (along with)
        "saath", "sath", "bhi",
    ])
    /// Words that make two places a comparison ("which has more", "कहाँ ज़्यादा"), answered with
    /// both counts; with a question word (``comparingQuestions``) or alone ("compare").
    static let comparing = ["more", "zyada", "jyada", "ज़्यादा", "ज्यादा", "अधिक", "adhik"]
    static let comparingAlone = ["compare", "comparison", "versus", "vs", "तुलना"]
    static let comparingQuestions = ["which", "where", "kahan", "kis", "kaun", "कहाँ", "कहां", "किस", "किसमें", "कौन"]

    /// Digits said one by one, as in a PIN code ("four one one zero three eight", "chaar ek ek").
    static let digits: [String: Character] = [
        "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9",
        "shunya": "0", "ek": "1", "do": "2", "teen": "3", "tin": "3", "char": "4", "chaar": "4", "paanch": "5", "panch": "5",
        "chhe": "6", "che": "6", "saat": "7", "aath": "8", "nau": "9",
    ]

    /// Words that say a number is a PIN code ("my pin is …", "pincode", "postal code", "पिन कोड").
    static let pinWords: Set<String> = ["pin", "pincode", "code", "postal", "zip", "kod"]

    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
        "last": -1, "previous": -1, "that": 0, "it": 0,
        "pehla": 1, "pehle": 1, "pahla": 1, "doosra": 2, "dusra": 2, "doosre": 2, "teesra": 3, "tisra": 3, "chautha": 4,
        "aakhri": -1, "akhri": -1,
    ]
}
