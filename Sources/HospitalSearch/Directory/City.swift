/// A city of the network by its canonical name ("Bengaluru"), as the directory names it.
///
/// Held by name rather than by position in an index, so a call's session keeps meaning the same
/// city after the network list is reloaded. Encoded as a bare string.
public struct City: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// How Loop AI says the city.
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public init(stringLiteral name: String) {
        self.name = name
    }

    public init(from decoder: any Decoder) throws {
        name = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    public var description: String { name }

    /// How Loop AI says the city in a language (by its code, "hi"), when it has a name in it.
    public func name(in language: String) -> String? { CityNames.byLanguage[language]?[name]?.first }

    /// Every spelling of the city in a language's script, for the recogniser's hints.
    public func names(in language: String) -> [String] { CityNames.byLanguage[language]?[name] ?? [] }

    /// Every city's every spelling in a language's script: the stems its case endings are cut
    /// from ("मुंबईत" of "मुंबईतचे").
    public static func spellings(in language: String) -> Set<String> {
        Set(CityNames.byLanguage[language].map { Array($0.values.joined()) } ?? [])
    }

    /// True when `text` names this city under any of its names ("Bangalore" for Bengaluru).
    public func isNamed(by text: String) -> Bool {
        let phrase = TextNormalizer.phrase(text)
        return CityDirectory.namePhrases[name]?.contains(phrase) ?? (phrase == TextNormalizer.phrase(name))
    }
}
