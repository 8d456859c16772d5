/// English's words for the understanding stage: the rules themselves (``Lexicon``) are English
/// and Hinglish, so English adds only how a caller chooses it.
enum EnglishLexicon {
    /// What a caller says to choose English.
    static let choosing: [String] = ["english", "in english", "english please", "angrezi", "english mein"]
}
