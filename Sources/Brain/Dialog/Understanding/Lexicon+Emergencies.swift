/// Emergencies, named or described: the first thing the rules look for (``IntentRules/emergency``).
extension Lexicon {
    /// Emergencies named ("heart attack", "behosh"): one is enough.
    static let emergency: [String] = words(.emergency)

    /// Signs of an emergency a bystander describes without naming it. One alone is an ordinary
    /// complaint ("my arm hurts"); two together ("can't lift her arm and is talking strangely",
    /// "drank something from the cleaning bottle", "shaking and foaming at the mouth") are an
    /// emergency. By what is seen: burns, poison, a stroke, a fit, no response, breath, blood.
    static let emergencySigns: [String] = words(.emergencySigns)

    /// Time long past, which makes an emergency named beside it history ("some time back").
    static let longAgo: [String] = words(.longAgo)
}
