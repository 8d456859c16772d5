/// What the words of an utterance are to the network list: places, names, areas.
extension HospitalDirectory {
    /// Every city or region named in `tokens` (from ``TextNormalizer/tokens(_:)``), in the
    /// order said, longest phrases first where they overlap, mis-heard names allowed.
    public func placeMentions(in tokens: [String]) -> [PlaceMention] {
        finder.cities(in: tokens).compactMap { mention in
            switch mention.place {
            case .city(let city):
                return PlaceMention(place: .city(self.city(city)), words: mention.words)
            case .region(let cities):
                let name = tokens[mention.words].joined(separator: " ").uppercased()
                return PlaceMention(place: .region(name: name, cities: cities.map(self.city)), words: mention.words)
            case .area:
                return nil
            }
        }
    }

    /// True when the list has the word or something a recogniser may have heard for it.
    public func knows(_ word: String) -> Bool {
        !index.vocabulary.expansions(of: word).isEmpty
    }

    /// True when the list has exactly this word somewhere.
    public func hasExactly(_ word: String) -> Bool {
        index.vocabulary.id(of: word) != nil
    }

    /// True when the list has exactly this word in a hospital's name or former names.
    public func isNameWord(_ word: String) -> Bool {
        index.isNameWord(word)
    }

    /// True when the word, or a close spelling of it, names a place in some hospital's address.
    public func couldNameArea(_ word: String) -> Bool {
        index.isPlaceWord(word)
            || index.vocabulary.expansions(of: word).contains { $0.quality >= 0.8 && !index.placePostings[Int($0.word)].isEmpty }
    }

    func city(_ index: Int) -> City {
        City(name: self.index.city(index).name)
    }
}
