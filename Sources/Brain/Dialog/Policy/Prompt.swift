import HospitalSearch

/// The question that closes a turn and what Loop AI will listen for next.
enum Prompt: Codable, Sendable, Equatable {
    case howCanIHelp
    case anythingElse
    case hearMore
    /// `name` (the caller's words) was found in `total` cities, among them `cities`; or, with
    /// no name and no total, simply "which city?".
    case whichCity(name: [String], cities: [City], total: Int)
    case whichArea(name: [String], place: Place?, total: Int)
    /// An area the caller named lies in several cities.
    case whichCityForArea(area: [String], cities: [City])
    case nameAFew
    /// After "there is one": "Would you like to hear which one?"
    case nameIt
    case isThatRight
    /// The recogniser was unsure and the place was only a near match: "Did you say Noida?"
    case didYouSayPlace(Place)
    /// The same for a hospital's name (the caller's words).
    case didYouSayName([String])
    /// A name heard in another script matched nothing, but these listed hospitals of the place are
    /// close: "Did you mean …?" rather than a no.
    case didYouMean([SpokenHospital])
    /// "May I send them to this number on WhatsApp?" (asked once per call).
    case whatsAppConsent
    /// The call ends after this turn.
    case none
}
