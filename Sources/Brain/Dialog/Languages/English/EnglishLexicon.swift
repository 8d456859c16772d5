/// English's words for the understanding stage: how a caller chooses it, its closed classes
/// (`EnglishLexicon+Classes.swift`) and its common words.
enum EnglishLexicon {
    /// What a caller says to choose English.
    static let choosing: [String] = ["english", "in english", "english please", "angrezi", "english mein"]
}
