import HospitalSearch

/// What Loop AI just asked the caller, which a short reply answers.
enum Pending: Codable, Sendable, Equatable {
    /// "Which city are you looking in?" — the request waits for a city.
    case whichCity(DialogRequest)
    /// "Which area?" — the request waits for an area.
    case whichArea(DialogRequest)
    /// "Would you like to hear more?"
    case moreResults
    /// "Would you like me to name a few?" — yes runs this request.
    case suggestion(DialogRequest)
    /// "I heard '…'. Is that right?" — yes acts on the words.
    case heard(String)
    /// "Did you mean …?" — yes confirms the hospital (one), or asks again which (several).
    case meant([SpokenHospital])
    /// "Anything else I can help with?"
    case anythingElse
    /// "May I send them on WhatsApp?" — yes sends them, and is recorded as the caller's consent.
    case whatsAppConsent
}
