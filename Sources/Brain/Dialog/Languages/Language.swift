/// The language a call is held in. Kept in the session, so any brain continues in it.
enum Language: String, Codable, Sendable, CaseIterable {
    case english = "en"
    case hindi = "hi"
}
