/// The words and phrases that signal what a caller wants, in one place.
///
/// Phrases are matched on normalised tokens (see ``TextNormalizer``), so "Hospitals" is
/// "hospital" and "what's" is "whats". Add a phrase here to teach the dialog a new way of
/// saying something; tests in `UnderstandingTests` show what each list is for.
enum Lexicon {
    static let emergency: [String] = [
        "emergency", "heart attack", "chest pain", "cant breathe", "can not breathe", "cannot breathe", "not breathing",
        "unconscious", "fainted", "collapsed", "bleeding", "accident", "stroke", "seizure", "fitting", "ambulance",
        "dying", "poison", "poisoned", "overdose", "suicide", "kill myself", "severe pain", "choking", "burn", "burned",
    ]

    static let goodbye: [String] = [
        "bye", "goodbye", "good bye", "bye bye", "thats all", "that is all", "that will be all", "thats it", "that is it",
        "nothing else", "im done", "i am done", "we are done", "end the call", "hang up", "end call", "no more questions",
        "see you", "have a good day", "good night",
    ]

    static let thanks: [String] = ["thank", "thanks", "thank you", "thankyou", "appreciate", "great", "perfect", "awesome"]

    static let outOfScope: [String] = [
        "weather", "temperature", "rain", "forecast", "joke", "poem", "poetry", "song", "sing", "story", "recipe", "cook",
        "cricket", "football", "score", "movie", "film", "news", "stock", "share price", "bitcoin", "crypto", "politic",
        "election", "capital of", "president", "prime minister", "minister", "what time", "time is it", "what day",
        "date today", "todays date", "book", "booking", "appointment", "schedule", "reserve", "reservation", "fee",
        "price", "cost", "how much does", "bill", "billing", "claim", "reimbursement", "premium", "renew", "renewal",
        "taxi", "cab", "uber", "flight", "train", "hotel", "restaurant", "pizza", "food", "translate", "calculate",
        "math", "homework", "essay", "code", "program", "diagnose", "diagnosis", "symptom", "medicine", "tablet",
        "dose", "dosage", "treatment", "cure", "best doctor", "which doctor", "specialist", "surgeon", "bed available",
        "visiting hours", "job", "salary", "vacancy", "who are you", "your name", "are you human", "are you a robot",
        "tell me about yourself", "meaning of life", "love", "marry", "girlfriend", "boyfriend", "game",
    ]

    static let count: [String] = ["how many", "number of", "count", "total", "how much hospital"]

    static let confirm: [String] = [
        "confirm", "verify", "check if", "check whether", "check that", "in my network", "in the network", "in network",
        "is it in", "covered", "cover", "coverage", "part of", "included", "include", "empanelled", "empaneled",
        "cashless", "accept my", "accepts my", "under my", "tied up", "tie up", "is there a", "do you have",
        "network hospital",
    ]

    static let list: [String] = [
        "tell me", "list", "give me", "show me", "show", "name", "suggest", "recommend", "find", "search", "looking for",
        "look for", "need a hospital", "need hospital", "want a hospital", "any hospital", "hospital in", "hospital near",
        "hospital around", "hospital at", "which hospital", "what hospital", "some hospital", "few hospital", "hospital",
    ]

    static let more: [String] = [
        "more", "next", "next one", "continue", "other one", "others", "the rest", "keep going", "go on", "another",
        "anything else in", "few more", "some more", "further",
    ]

    static let switchPlace: [String] = ["what about", "how about", "and in", "same for", "also in", "and for", "what of", "then"]

    static let address: [String] = [
        "address", "where is", "where exactly", "location", "located", "how do i get", "directions", "which area",
        "what area", "details", "more about", "tell me about",
    ]

    static let yes: [String] = [
        "yes", "yeah", "yep", "yup", "sure", "please do", "go ahead", "correct", "right", "thats right", "that is right",
        "ok", "okay", "alright", "of course", "definitely", "absolutely", "please", "yes please", "ya", "haan", "ha",
    ]

    static let no: [String] = ["no", "nope", "nah", "not now", "no thanks", "no thank you", "wrong", "not really", "nahi"]

    static let help: [String] = [
        "help", "what can you do", "how does this work", "what do you do", "how do i", "what can i ask", "options", "menu",
        "repeat", "say that again", "pardon", "sorry what", "come again",
    ]

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
        "options", "option", "network", "hospitals", "my", "your", "own", "all",
    ]

    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "couple": 2, "few": 3, "several": 5, "dozen": 12,
        "a couple": 2, "a few": 3,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
        "last": -1, "previous": -1, "that": 0, "it": 0,
    ]
}
