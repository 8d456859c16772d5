import HospitalSearch

/// The question that closes a turn and what Loop AI will listen for next.
enum Prompt: Sendable, Equatable {
    case howCanIHelp
    case anythingElse
    case hearMore
    /// `name` (the caller's words) was found in `total` cities, among them `cities`; or, with
    /// no name and no total, simply "which city?".
    case whichCity(name: [String], cities: [City], total: Int)
    case whichArea(name: [String], place: Place?, total: Int)
    case nameAFew
    case isThatRight
    /// The call ends after this turn.
    case none
}
