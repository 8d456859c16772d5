/// English's words for an emergency: named, described by its signs, an injury or an attack seen
/// on the body, and what makes one history or a long-standing complaint instead.
extension EnglishLexicon {
    static let emergencyClasses: [ClosedClass: [String]] = [
        .emergency: [
            "emergency", "heart attack", "chest pain", "scorpion", "stung by a scorpion", "scorpion sting", "cant breathe", "can not breathe", "cannot breathe", "not breathing",
            "unconscious", "fainted", "collapsed", "bleeding", "accident", "stroke", "seizure", "fitting", "ambulance",
            "dying", "poison", "poisoned", "overdose", "suicide", "kill myself", "severe pain", "choking", "burn", "burned",
            "crash", "car crash", "hit by", "water broke", "waters broke", "labour pain", "labor pain", "in labour",
            "in labor", "not responding", "unresponsive", "pain in my chest", "pain in chest", "chest hurts", "burnt", "burns",
            "drowning", "drowned", "snake bite", "bitten by a snake", "electric shock", "head injury", "heart attack",
            "cardiac arrest", "paralysis", "swallowed", "cant breath", "difficulty breathing", "trouble breathing",
            "breathless", "attack", "poison", "snake", "stroke",
            // Emergencies described rather than named, by what a bystander sees: someone who will not
            // wake or answer; a stroke's face, speech and arm; blood that will not stop; something
            // swallowed; fire or scalding; breath or colour going; fits.
            "passed out", "blacked out", "not waking", "wont wake", "will not wake", "not waking up", "not answering me",
            "not moving", "no pulse", "slurred", "slurring", "face drooping", "face is drooping", "mouth drooping",
            "arm has gone weak", "arm is weak", "arm gone weak", "leg has gone weak", "one side", "cant move his",
            "cant move her", "cannot move his", "cannot move her", "cant speak", "cannot speak", "lot of blood",
            "lots of blood", "blood everywhere", "wont stop bleeding", "bleeding heavily", "heavy bleeding", "bleeding badly",
            "drank poison", "pesticide", "rat poison", "phenyl", "drank acid", "swallowed acid", "drank bleach",
            "too many tablets", "too many pills", "sleeping pills", "scalded", "scald", "caught fire", "on fire", "gasping",
            "turning blue", "gone blue", "lips are blue", "having fits", "had a fit", "convulsions", "convulsing",
            "fell unconscious",
        ],
        .emergencySigns: [
            "boiling", "scalding", "acid", "burning", "peeling", "blisters", "fire", "flames", "drank", "swallowed",
            "cleaning", "kerosene", "pesticide", "bleach", "tablets", "pills", "overdose", "lift", "strangely", "slurring",
            "drooping", "numb", "paralysed", "paralyzed", "shaking", "foaming", "jerking", "fits", "seizure", "convulsions",
            "collapsed", "fainted", "unconscious", "not answering", "not responding", "not waking", "fell down", "fell off",
            "breathe", "breathing", "choking", "gasping", "blue", "wheezing", "blood", "bleeding", "deep cut", "stabbed",
            "suddenly", "badly", "very badly", "at all",
            // A head hit with vomiting and drowsiness, sugar dropping with sweat, a heart racing with dizziness
            "hit his head", "hit her head", "vomiting", "sleepy", "drowsy", "sweaty", "sweating", "not opening", "very low",
            "dropped", "racing", "dizzy", "swollen", "swelling", "bone",
            // Breath that labours, blood that will not stop, a body going cold and pale, a sting or bite
            "very fast", "breathing fast", "fast breathing", "breathing hard", "sinking", "struggling", "short of breath",
            "cant catch", "soaking", "soaked", "gushing", "pouring", "spurting", "cant stop", "cannot stop", "can not stop",
            "wont stop", "not stopping", "clammy", "going cold", "ice cold", "turned cold", "pale", "stung", "bitten", "bit him",
            "bit her", "bit my",
        ],
        .longAgo: [
            "some time back", "sometime back", "a while back", "long back", "long ago", "years ago", "year ago", "months ago",
            "month ago", "last year", "last month", "few years", "in the past", "history of", "recovered from",
        ],
        // The body, what has just happened to a part of it, and what says it has long been so
        // (``Interpreter/describesInjury(_:)``): the parts a first-aider names, the states a
        // bystander sees in an injury or an attack (crushed, torn, swollen, stiff, blue).
        .bodyParts: [
            "head", "face", "eye", "eyes", "ear", "ears", "nose", "mouth", "lip", "lips", "tongue", "throat", "neck", "chest",
            "stomach", "belly", "abdomen", "tummy", "back", "spine", "arm", "arms", "hand", "hands", "finger", "fingers", "wrist",
            "elbow", "shoulder", "leg", "legs", "knee", "ankle", "foot", "feet", "toe", "toes", "hip", "skull", "jaw", "teeth",
            "skin", "bone", "bones", "body",
        ],
        .injuries: [
            "crushed", "smashed", "shattered", "broken", "broke", "fractured", "torn", "ripped", "cut off", "severed", "hanging off",
            "bent", "twisted", "dislocated", "swollen", "swelled", "burnt", "burned", "charred", "pierced", "punctured", "impaled",
            "trapped", "pinned", "stuck under", "gushing", "spurting", "gone blue", "turned blue", "gone black", "gone cold",
            "ice cold", "stiff", "rigid", "hard as", "locked", "limp", "tight", "closing", "cant open", "cannot open",
            "wont open", "will not open", "not opening",
        ],
        .longStanding: [
            "keeps", "keep", "again and again", "on and off", "every day", "everyday", "daily", "regularly", "for weeks",
            "for months", "for years", "since last", "since a", "from a long", "long time", "chronic", "always", "usually",
            "since childhood", "since birth", "operation", "surgery", "doctor said", "doctor wants", "treatment",
        ],
    ]
}
