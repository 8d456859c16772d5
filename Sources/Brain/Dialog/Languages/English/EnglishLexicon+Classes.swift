/// English's closed classes: how callers ask, answer, correct and count in English.
extension EnglishLexicon {
    /// Its words of each closed class (``ClosedClass``), as the recogniser writes them in Latin letters:
    /// how callers ask, and how they tell of an emergency (``emergencyClasses``).
    static let closedClasses: [ClosedClass: [String]] = askingClasses.merging(emergencyClasses) { asking, _ in asking }

    static let askingClasses: [ClosedClass: [String]] = [
        .goodbye: [
            "bye", "goodbye", "good bye", "bye bye", "thats all", "that is all", "that will be all", "thats it", "that is it",
            "nothing else", "im done", "i am done", "we are done", "end the call", "hang up", "end call", "no more questions",
            "see you", "have a good day", "good night",
        ],
        .thanks: [
            "thank", "thanks", "thank you", "thankyou", "appreciate", "great", "perfect", "awesome",
        ],
        .count: [
            "how many", "number of hospital", "number of network", "count", "total", "how much hospital",
        ],
        .networkSize: [
            "how big", "how large", "size of your network", "size of the network", "size of my network", "in total",
            "altogether", "all together", "in all", "overall", "total number", "whole network", "entire network",
            "how many cities", "which cities", "what cities", "cities do you", "cities are covered", "how many places",
        ],
        .confirm: [
            "confirm", "verify", "check if", "check whether", "check that", "in my network", "in the network", "in network",
            "is it in", "covered", "cover", "coverage", "part of", "included", "include", "empanelled", "empaneled",
            "cashless", "accept my", "accepts my", "under my", "tied up", "tie up", "is there a", "do you have",
            "network hospital",
        ],
        .list: [
            "tell me", "list", "give me", "show me", "show", "name", "suggest", "recommend", "find", "search", "looking for",
            "look for", "need a hospital", "need hospital", "want a hospital", "any hospital", "hospital in", "hospital near",
            "hospital around", "hospital at", "which hospital", "what hospital", "some hospital", "few hospital", "hospital",
            // The hospitals of the last answer, asked for by name: "which are they", "name them", "unke naam"
            "which are they", "which are those", "which ones", "what are they", "what are those", "name them", "list them",
            "tell me those", "tell me them", "name those", "list those",
            // Where to go: "where can I go for cashless treatment in X", "kahan ja sakte hain"
            "where can i go", "where i can go", "where should i go", "where to go", "where do i go", "where can we go",
        ],
        .more: [
            "more", "next", "next one", "continue", "other one", "others", "the rest", "keep going", "go on", "another",
            "anything else in", "few more", "some more", "further",
            // "The rest", "what else", a bare "aur" after a list: "baaki wale?", "aur koi?"
            "rest", "what else", "anything else there", "remaining",
        ],
        .switchPlace: [
            "what about", "how about", "and in", "same for", "also in", "and for", "what of", "then",
        ],
        .address: [
            "address", "where is", "where exactly", "location", "located", "how do i get", "directions", "which area",
            "what area", "details", "more about", "tell me about",
        ],
        .yes: [
            "yes", "yeah", "yep", "yup", "sure", "please do", "go ahead", "correct", "right", "thats right", "that is right",
            "ok", "okay", "alright", "of course", "definitely", "absolutely", "please", "yes please",
        ],
        .no: [
            "no", "nope", "nah", "not now", "no thanks", "no thank you", "wrong", "not really",
        ],
        .help: [
            "help", "what can you do", "how does this work", "how do this work", "what do you do", "how do i",
            "what can i ask", "options", "menu", "how to use", "what should i say", "what can i say",
        ],
        .identity: [
            "who are you", "your name", "are you human", "are you a human", "are you a robot", "are you a bot",
            "is this a robot", "am i talking to", "tell me about yourself", "who is this", "who am i speaking", "what are you",
        ],
        .lineCheck: [
            "can you hear me", "are you there", "hello hello", "is anyone there", "anybody there", "you there",
        ],
        .repeatLast: [
            "repeat", "say that again", "say it again", "come again", "pardon", "sorry what", "i missed that", "missed that",
            "didnt catch", "did not catch", "didnt get that", "didnt hear", "did not hear", "what did you say", "once more",
            "one more time", "again please",
        ],
        .slower: [
            "slower", "slowly", "slow down", "too fast", "speak slow",
        ],
        .textMe: [
            "text me", "text it", "text that", "text those", "text this", "send me a text", "send a text", "send me an sms",
            "send an sms", "send me sms", "sms me", "sms it", "message me", "send me a message", "send me the addresses",
            "send me the address", "send the addresses", "send me the list", "send me the details", "send it to my phone",
            "send that to my phone", "send them to my phone", "send it to", "send that to", "send them to", "text it to",
            "text that to", "sms it to", "text to my", "send to my", "sms to my",
        ],
        .stopRecording: [
            "dont record", "do not record", "stop recording", "stop the recording", "no recording", "not be recorded",
            "dont want to be recorded", "do not want to be recorded", "without recording",
        ],
        .humanAgent: [
            "human", "real person", "a person", "talk to someone", "speak to someone", "talk to a person", "speak to a person",
            "agent", "representative", "customer care", "customer service", "operator", "executive",
        ],
        .humanAgentNouns: [
            "agent", "representative", "operator", "executive",
        ],
        .networkQuestion: [
            "in my network", "in the network", "in network", "my network", "covered", "cover", "coverage", "empanelled",
            "empaneled", "cashless", "included", "on your panel", "in your panel", "on the panel", "in the panel", "tied up",
            "tie up",
            // "will the insurance work there", "is it a network hospital", "do they accept my card"
            "insurance work", "insurance will work", "network hospital", "accept my insurance", "accept my card",
            "accepts my card",
        ],
        .correction: [
            "actually", "i mean", "i meant", "sorry", "no sorry", "wait", "make that", "make it", "rather", "instead",
            "not that", "correction", "scratch that", "change that",
            // The caller says they were misheard, or says what they said
            "misheard", "heard wrong", "you heard", "not what you said", "i said", "i told", "change it to",
            "hearing something else", "heard something else", "my mistake", "my bad", "change the location", "change location",
            "change the place", "change the city",
        ],
        .requestWords: [
            "can", "could", "would", "will", "you", "please", "confirm", "verify", "check", "tell", "me", "whether", "if",
            "is", "are", "was", "does", "do", "did", "my", "network", "covered", "cover", "coverage", "included", "include",
            "part", "under", "policy", "plan", "insurance", "insurer", "list", "it", "there", "know", "want", "need", "find",
            "looking", "look", "for", "about", "any", "give", "show", "name", "suggest", "recommend", "search", "i", "we", "a",
            "an", "the", "in", "at", "near", "around", "of", "and", "or", "to", "be", "have", "has", "some", "few", "hospital",
            "clinic", "please", "also", "what", "which", "where", "how", "many", "much", "number", "total", "count",
            "empanelled", "empaneled", "cashless", "accept", "accepts", "tied", "up", "tie", "okay", "ok", "yes", "no", "hi",
            "hello", "hey", "um", "uh", "hmm", "so", "well", "just", "like", "that", "this", "one", "ones", "with", "from",
            "by", "on", "them", "those", "these", "exist", "exists", "available", "listed", "list", "good", "best", "nearest",
            "closest", "nearby", "city", "area", "located", "location", "mine", "our", "us", "let", "see", "now", "then",
            "again", "get", "got", "am", "im", "its", "whats", "theres", "another", "other", "more", "next", "same", "kindly",
            "sir", "madam", "maam", "dear", "actually", "basically", "right", "want", "wanted", "go", "going", "sure",
            "thanks", "thank", "should", "shall", "may", "might", "must", "options", "option", "network", "hospitals", "my",
            "your", "own", "all", "mean", "meant", "sorry", "wait", "make", "rather", "instead", "not", "said", "say", "they",
            "rest", "remaining", "address", "separately", "cities", "whole", "entire", "every", "each",
            // Who the care is for and what kind of place is wanted: a caller's story, not a name
            "kid", "kids", "baby", "babies", "family", "wife", "husband", "son", "daughter", "father", "brother", "sister",
            "friend", "parents", "grandmother", "grandfather", "place", "places", "someone", "somewhere", "expecting",
            "pregnant", "senior", "citizen", "cheap", "big", "decent", "reliable", "trusted", "me", "do", "tieup",
        ],
        .clauseJoiners: [
            "and", "also", "plus", "then",
        ],
        .placeJoiners: [
            "or", "as", "well", "either", "versus", "vs", "both",
        ],
        .comparing: [
            "more",
        ],
        .comparingAlone: [
            "compare", "comparison", "versus", "vs",
        ],
        .comparingQuestions: [
            "which", "where",
        ],
        .pinWords: [
            "pin", "pincode", "code", "postal", "zip",
        ],
        .filler: [
            "please", "um", "uh", "hmm", "well", "oh", "ok", "okay", "so", "and", "the", "then", "just", "sir", "madam",
            "maam", "er", "erm", "umm", "ummm", "hmmm", "basically", "both",
        ],
        .prepositions: [
            "in", "near", "around", "at", "on", "by", "close", "nearby", "along", "off", "opposite", "behind",
        ],
        .notPlaces: [
            "between", "front", "middle", "inside", "outside", "here", "there", "both", "general", "case", "side", "panel",
            "network",
        ],
        .negations: [
            "not",
        ],
        .takenBackBefore: [
            "not",
        ],
        .takenBackFiller: [
            "the", "in", "at", "near", "from", "that",
        ],
        .backReferences: [
            "them", "those", "they", "these", "ones", "name", "rest", "remaining",
        ],
        .hospitalWords: [
            "hospital", "network", "cashless", "panel", "empanelled", "covered", "cover",
        ],
        .speakingWords: [
            "speak", "talk", "switch", "change", "continue", "prefer", "converse", "language", "communicate", "explain",
        ],
        .languageFrame: [
            "please", "in", "can", "we", "you", "i", "id", "would", "like", "to", "rather", "want", "only", "now", "from",
            "on", "let", "us", "lets", "do",
        ],
        .beforeNetworkPhrase: [
            "my", "our", "the",
        ],
        .closesAPlace: [
            "hospital", "hospitals",
        ],
        .both: [
            "both",
        ],
        .areaLeadIns: [
            "to", "both", "the",
        ],
        .otherPeople: [
            "another", "other", "different", "wife", "husband", "son", "daughter", "father", "mother", "friend", "brother", "sister",
        ],
        .phoneNouns: [
            "number", "phone", "mobile",
        ],
        .countedNouns: [
            "hospital",
        ],
        .countFollowers: [
            "hospital", "option", "more", "them", "name",
        ],
        .countLeaders: [
            "me", "list", "name", "show", "give", "suggest", "tell", "top", "first",
        ],
        .anyOf: [
            "any",
        ],
        .oneWords: [
            "one",
        ],
        .thatOne: [
            "it",
        ],
        .possessives: [
            "my", "our",
        ],
        .insuranceObjects: [
            "plan", "policy", "card", "insurance", "mediclaim", "cover", "coverage",
        ],
        .titles: [
            "dr", "mr", "mrs", "ms", "st", "prof", "sr", "jr", "smt", "shri",
        ],
        .questionWords: [
            "what", "which", "where", "how", "who", "whom", "whose", "when", "why", "whether",
        ],
        .placeNouns: [
            "area", "location", "locality", "place", "city", "colony", "neighbourhood", "neighborhood", "address",
        ],
        .copulas: ["is", "was"],
        .articles: ["a", "an", "the"],
        .questionOpeners: [
            "is", "are", "can", "could", "do", "does", "did", "will", "would", "should", "shall", "may", "have", "has",
        ],
    ]

    /// Numbers as callers say them.
    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "couple": 2, "few": 3, "several": 5, "dozen": 12,
        "a couple": 2, "a few": 3,
    ]

    /// Digits said one by one, as in a PIN code.
    static let digits: [String: Character] = [
        "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9",
    ]

    /// Which one: "the second", "the last", "that one".
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
        "last": -1, "previous": -1, "that": 0, "it": 0,
    ]
}
