/// Emergencies, named or described: the first thing the rules look for (``IntentRules/emergency``).
extension Lexicon {
    /// Emergencies named ("heart attack", "behosh"): one is enough.
    static let emergency: [String] = [
        "emergency", "heart attack", "chest pain", "cant breathe", "can not breathe", "cannot breathe", "not breathing",
        "unconscious", "fainted", "collapsed", "bleeding", "accident", "stroke", "seizure", "fitting", "ambulance",
        "dying", "poison", "poisoned", "overdose", "suicide", "kill myself", "severe pain", "choking", "burn", "burned",
        // Hinglish: "seene mein dard" (chest pain), "behosh" (unconscious), "khoon beh raha" (bleeding), "saans nahi"
        "seene mein dard", "sine mein dard", "behosh", "khoon", "saans nahi", "durghatna", "dil ka daura",
        "crash", "car crash", "hit by", "water broke", "waters broke", "labour pain", "labor pain", "in labour", "in labor",
        "not responding", "unresponsive", "pain in my chest", "pain in chest", "chest hurts", "burnt", "burns", "drowning",
        "drowned", "snake bite", "bitten by a snake", "electric shock", "head injury", "heart attack", "cardiac arrest",
        "paralysis", "swallowed", "cant breath", "difficulty breathing", "trouble breathing", "breathless",
        // Hindi and Hinglish, as the Devanagari reaches the rules (HindiLexicon): breathing, fainting, bleeding,
        // a heart attack or fit, poison, drowning, a road accident, labour, severe pain, burns, a snake bite
        "saans lene mein takleef", "saans lene mein", "saans ruk", "saans nahi aa", "saans phool", "hosh nahi", "behosh",
        "khoon beh", "khoon nikal", "khoon aa", "daura pad", "daura pada", "daura padh", "dil ka daura", "attack aaya",
        "attack", "accident ho", "poison", "zeher", "zehar", "doob", "delivery ka dard", "dard shuru", "bahut dard",
        "bahut zyada dard", "tez dard", "jal gaya", "jal gayi", "jal gaye", "snake", "current laga", "stroke",
        // Emergencies described rather than named, by what a bystander sees: someone who will not
        // wake or answer; a stroke's face, speech and arm; blood that will not stop; something
        // swallowed; fire or scalding; breath or colour going; fits.
        "passed out", "blacked out", "not waking", "wont wake", "will not wake", "not waking up", "not answering me",
        "not moving", "no pulse", "slurred", "slurring", "face drooping", "face is drooping", "mouth drooping",
        "arm has gone weak", "arm is weak", "arm gone weak", "leg has gone weak", "one side", "cant move his", "cant move her",
        "cannot move his", "cannot move her", "cant speak", "cannot speak", "lot of blood", "lots of blood",
        "blood everywhere", "wont stop bleeding", "bleeding heavily", "heavy bleeding", "bleeding badly", "drank poison",
        "pesticide", "rat poison", "phenyl", "drank acid", "swallowed acid", "drank bleach", "too many tablets", "too many pills", "sleeping pills",
        "scalded", "scald", "caught fire", "on fire", "gasping", "turning blue", "gone blue", "lips are blue", "having fits",
        "had a fit", "convulsions", "convulsing", "fell unconscious",
        "ladkhada", "lakwa", "lakva", "munh tedha", "haath kaam nahi", "kaam nahi kar raha", "chuhe maarne",
        "keetnashak", "jhulas", "bol nahi pa", "bol nahi rahe", "bol nahi raha", "bol nahi rahi", "saans nahi le",
        "neela pad", "mirgi", "khoon ruk nahi", "ruk nahi raha",
    ]

    /// Signs of an emergency a bystander describes without naming it. One alone is an ordinary
    /// complaint ("my arm hurts"); two together ("can't lift her arm and is talking strangely",
    /// "drank something from the cleaning bottle", "shaking and foaming at the mouth") are an
    /// emergency. By what is seen: burns, poison, a stroke, a fit, no response, breath, blood.
    static let emergencySigns: [String] = [
        "boiling", "scalding", "acid", "burning", "peeling", "blisters", "fire", "flames",
        "drank", "swallowed", "cleaning", "kerosene", "pesticide", "bleach", "tablets", "pills", "overdose",
        "lift", "strangely", "slurring", "drooping", "numb", "paralysed", "paralyzed",
        "shaking", "foaming", "jerking", "fits", "seizure", "convulsions",
        "collapsed", "fainted", "unconscious", "not answering", "not responding", "not waking", "fell down", "fell off",
        "breathe", "breathing", "choking", "gasping", "blue", "wheezing",
        "blood", "bleeding", "deep cut", "stabbed",
        "suddenly", "badly", "very badly", "at all",
        // A head hit with vomiting and drowsiness, sugar dropping with sweat, a heart racing with dizziness
        "hit his head", "hit her head", "vomiting", "sleepy", "drowsy", "sweaty", "sweating", "not opening", "very low",
        "dropped", "racing", "dizzy", "swollen", "swelling", "bone",
        "ubalta", "tezaab", "jhaag", "kaanp", "behosh", "khoon", "saans", "achanak",
    ]

    /// Time long past, which makes an emergency named beside it history ("some time back").
    static let longAgo: [String] = [
        "some time back", "sometime back", "a while back", "long back", "long ago", "years ago", "year ago", "months ago", "month ago",
        "last year", "last month", "few years", "in the past", "history of", "recovered from", "pichhle saal", "pichle saal", "saal pehle",
        "mahine pehle", "kuch time pehle",
    ]
}
