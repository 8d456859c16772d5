/// What the list does not hold, and what is not about the network: answered honestly, or handed
/// to a person (``IntentRules/missingInformation``, ``IntentRules/outOfScopeTopic``).
extension Lexicon {
    /// Questions about the network the list cannot answer, by what they ask for. Loop AI says so
    /// honestly and the call goes on.
    static let missingInfo: [(MissingInfo, [String])] = [
        (
            .phoneNumber,
            [
                "phone number", "contact number", "telephone", "mobile number", "helpline number", "helpline no", "their helpline", "call them", "their number",
                "number of the hospital", "hospital number", "phone no", "contact no", "contact details", "ka number",
            ]
        ),
        (
            .doctors,
            [
                "doctor", "dr", "doctors", "specialist", "surgeon", "timing", "timings", "opd", "consultation", "visiting hours",
                "best doctor", "which doctor",
            ]
        ),
        (.appointments, ["appointment", "book an", "booking an", "book a slot", "schedule a", "reserve a", "reservation"]),
        (.beds, ["bed", "beds", "bed available", "icu", "ventilator", "room available", "admission"]),
        (
            .claims,
            [
                "claim", "claims", "claim status", "reimbursement", "settlement", "premium", "renew", "renewal", "policy status",
                // The policy itself, which the network list says nothing about
                "policy number", "sum insured", "waiting period", "co payment", "copayment", "copay", "nominee", "tax benefit",
                "tax exemption", "deductible", "policy document", "e card", "ecard", "top up", "topup", "pre existing",
                "co payment", "ko payment",
                // The policy's own paperwork: cancelling it, a lost card, money paid back
                "cancel my policy", "cancel the policy", "cancellation", "health card", "duplicate card", "lost my card", "refund",
                "money back", "reimburse",
                // What the caller's own policy or plan covers: "is dental treatment covered in my plan", "meri policy mein …"
                "in my plan", "in my policy", "my plan cover", "my policy cover", "meri policy mein", "mere plan mein", "policy mein",
                "plan mein", "on my plan", "on my policy", "room rent", "pre authorisation", "pre authorization", "preauthorisation",
                "pre auth", "grace period", "no claim bonus", "portability", "port my policy",
            ]
        ),
        (.prices, ["price", "cost", "fee", "fees", "charges", "how much does", "how much will", "rate", "package", "bill", "billing"]),
    ]

    /// What people go to a hospital for: off-topic alone ("what is the treatment for…"), but with
    /// a place, a reason to list its hospitals ("where in Pune can I go for treatment").
    static let carePurposes: Set<String> = ["treatment", "cure", "therapy", "ilaj", "checkup", "admission"]

    /// Anything here, with nothing about the network, is handed to a person.
    static let outOfScope: [String] = [
        "weather", "temperature", "rain", "forecast", "joke", "poem", "poetry", "song", "sing", "story", "recipe", "cook",
        "cricket", "match", "football", "score", "movie", "film", "news", "stock", "share price", "bitcoin", "crypto", "politic",
        "election", "capital of", "president", "prime minister", "minister", "what time", "time is it", "what day",
        "date today", "todays date", "taxi", "cab", "uber", "flight", "train", "hotel", "restaurant", "pizza", "food",
        "translate", "calculate", "math", "homework", "essay", "code", "program", "diagnose", "diagnosis", "symptom",
        "medicine", "tablet", "dose", "dosage", "treatment", "cure", "job", "salary", "vacancy", "meaning of life", "love",
        "marry", "girlfriend", "boyfriend", "game",
    ]

    /// Work of another kind asked for, off-topic even about hospitals ("a poem about hospitals in
    /// Mumbai"), unlike a story around a real request ("I just moved here for a new job, …").
    static let otherTasks: [String] = [
        "poem", "poetry", "joke", "song", "sing", "recipe", "essay", "translate", "calculate", "homework", "code", "program",
    ]
}
