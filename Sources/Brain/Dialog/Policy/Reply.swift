/// What Loop AI decided to say, before it is put into words (see ``Phrasing``).
enum Reply: Sendable, Equatable {
    case greeting
    case greetedAlready
    /// Hospitals of a place, from `offset`, with how many there are in all.
    case listing(place: String, total: Int, hospitals: [SpokenHospital], offset: Int, announceTotal: Bool)
    /// The list has been read to the end.
    case endOfList(place: String, total: Int)
    /// A place Loop AI knows, with no network hospitals; `suggestions` are cities that have some.
    case noHospitals(place: String, suggestions: [String])
    case count(place: String, total: Int)
    /// One hospital answers a "is it in my network" question.
    case confirmed(SpokenHospital)
    /// Several hospitals answer it in one place; `examples` are a few of them.
    case confirmedSeveral(label: String, place: String, total: Int, examples: [SpokenHospital])
    /// Nothing answers it. `sameNameHere` are other branches in the place asked about;
    /// `otherCities` are cities where the name is in the network.
    case notFound(label: String, place: String?, sameNameHere: [SpokenHospital], otherCities: [String])
    /// The address of a hospital named before.
    case details(SpokenHospital)
    /// "The second one" when nothing was listed.
    case nothingToReferTo
    case emergency(place: String?, hospitals: [SpokenHospital])
    case outOfScope
    case goodbye
    /// Ended for silence.
    case goodbyeAfterSilence
    case youAreWelcome
    case help
    case reprompt(attempt: Int)
    case didNotUnderstand(attempt: Int)
    case otherLanguage
    /// Low recogniser confidence: repeat what was heard.
    case heard(String)
    case sayAgain
    case okay
}

/// The question that closes a reply and what Loop AI will listen for next.
enum Prompt: Sendable, Equatable {
    case howCanIHelp
    case anythingElse
    case hearMore
    case whichCity(label: String?, cities: [String], total: Int)
    case whichArea(label: String, place: String, total: Int)
    case nameAFew
    case isThatRight
    /// The call ends after the reply.
    case none
}

/// How the call continues after the reply.
enum CallAction: Sendable, Equatable {
    case listen
    case hangUp
    /// Transfer to a person: `<Dial>` when a number is configured, else a polite hang-up.
    case transferToAgent
}
