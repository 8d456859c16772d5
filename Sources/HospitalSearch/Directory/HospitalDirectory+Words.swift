/// What the words of an utterance are to the network list: places, names, areas.
extension HospitalDirectory {
    /// Every city or region named in `tokens` (from ``TextNormalizer/tokens(_:)``), in the
    /// order said, longest phrases first where they overlap, mis-heard names allowed.
    public func placeMentions(in tokens: [String]) -> [PlaceMention] {
        finder.cities(in: tokens).compactMap { mention in
            switch mention.place {
            case .city(let city):
                let phrase = tokens[mention.words].joined(separator: " ")
                // "Dwarka", "Salt Lake": a locality of a city is a place of its own, within that city,
                // and so is one said apart or a letter off ("Janak Puri", "Rohoni"), as the list has it.
                if index.places.isLocality(phrase) {
                    return PlaceMention(place: .area(words: Array(tokens[mention.words]), city: self.city(city)), words: mention.words)
                }
                if let matched = mention.matched, index.places.isLocality(matched) {
                    return PlaceMention(place: .area(words: TextNormalizer.tokens(matched), city: self.city(city)), words: mention.words, guessed: true)
                }
                // A word that only sounds like a city but is a locality of the list elsewhere is that locality.
                if mention.fuzzy, isLocalityElsewhere(phrase, than: city) { return nil }
                return PlaceMention(place: .city(self.city(city)), words: mention.words, guessed: mention.fuzzy)
            case .region(let cities):
                let name = tokens[mention.words].joined(separator: " ").uppercased()
                return PlaceMention(place: .region(name: name, cities: cities.map(self.city)), words: mention.words)
            case .area:
                return nil
            }
        }
    }

    /// True when the list has the word or something a recogniser may have heard for it.
    /// `heardIn`: in any script but Latin the word is ICU's Latin for one said in it, so a word with its
    /// consonant skeleton (``Skeleton``) counts too.
    public func knows(_ word: String, heardIn: Script = .latin) -> Bool {
        if !index.vocabulary.expansions(of: word).isEmpty || !index.initialisms[word].isEmpty && index.vocabulary.id(of: word) == nil { return true }
        // "gangaram" is Ganga + Ram; a word heard in another script may be known by its consonants.
        return index.terms(for: [word], hearing: heardIn.isTransliterated ? .consonants : .asSpelt).contains(where: \.known)
    }

    /// The caller's name words as the list spells the hospitals `result` found; words that found
    /// nothing stay as said.
    func listedSpelling(of name: [String], in result: HospitalSearchResult) -> [String] {
        var votes: [String: [String: Int]] = [:]
        for match in result.matches.prefix(HospitalIndex.explainedResults) {
            for evidence in match.evidence where evidence.field != .place {
                votes[evidence.said, default: [:]][evidence.matched.joined(separator: " "), default: 0] += 1
            }
        }
        func listed(_ said: String) -> String? {
            votes[said]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        var spelt: [String] = []
        var position = 0
        while position < name.count {
            if position + 1 < name.count, let joined = listed(name[position] + name[position + 1]) {
                spelt.append(joined)
                position += 2
                continue
            }
            spelt.append(listed(name[position]) ?? name[position])
            position += 1
        }
        return spelt
    }

    /// The caller's words as the list spells them, where a word was only a near match
    /// ("manipaal" → "manipal"), so Loop AI repeats a name the way it is listed; an initialism
    /// the list writes as letters apart is said so ("kem" → "k e m").
    public func spelling(of words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            guard index.vocabulary.id(of: word) == nil else { return [word] }
            if !index.initialisms[word].isEmpty { return word.map(String.init) }
            let best = index.vocabulary.expansions(of: word).max { $0.quality < $1.quality }
            guard let best, best.quality >= 0.8 else { return [word] }
            return [index.vocabulary.words[Int(best.word)]]
        }
    }

    /// The list's spelling of a place word heard in another script ("dvaraka" → "dwarka",
    /// "vhaitafild" → "whitefield"): the nearest word with its consonant skeleton that names a
    /// place in some address. Nil when the list has the word as heard, or no such place.
    /// `closely`: a word said in Latin letters ("Bommanahally"): only a long one, and only a spelling
    /// within two letters of it, so a short English word ("send") never becomes a place ("Sant").
    public func placeSpelling(ofHeard word: String, closely: Bool = false) -> String? {
        guard index.vocabulary.id(of: word) == nil, word.utf8.count >= (closely ? 7 : 4), Skeleton.key(word).utf8.count >= 3 else { return nil }
        let bytes = Array(word.utf8)
        return index.vocabulary.heardAlikes(of: word).first { alike in
            guard !index.placePostings[Int(alike.word)].isEmpty else { return false }
            return !closely || EditDistance.within(bytes, index.vocabulary.utf8[Int(alike.word)], limit: 2) != nil
        }.map { index.vocabulary.words[Int($0.word)] }
    }

    /// The locality two words make when said apart and listed as one ("Jaya Nagar" → "jayanagar",
    /// "Rajaji Nagara" → "rajajinagar", the Kannada ending dropped); nil when the list has no such
    /// place, or already has the two words as they are.
    public func joinedPlace(_ first: String, _ second: String) -> String? {
        guard first.count >= 3, second.count >= 3, first.allSatisfy(\.isLetter), second.allSatisfy(\.isLetter) else { return nil }
        let joined = first + second
        for candidate in [joined, joined.hasSuffix("a") ? String(joined.dropLast()) : nil].compactMap({ $0 }) where index.isPlaceWord(candidate) {
            return candidate
        }
        return nil
    }

    /// The listed word two said words make when the recogniser split one ("jas lock" → "jaslok",
    /// "medi cover" → "medicover", "gorey gaon" → "goregaon"): a word of a name or an address,
    /// exactly or a letter off. Nil when there is none, or the two are already listed words that
    /// the list only has joined as a near spelling ("max care" stays two words).
    public func joinedWord(_ first: String, _ second: String) -> String? {
        guard first.utf8.count >= 2, second.utf8.count >= 2, first.utf8.count + second.utf8.count >= 6,
            first.allSatisfy(\.isLetter), second.allSatisfy(\.isLetter)
        else { return nil }
        let joined = first + second
        if index.vocabulary.id(of: joined) != nil { return joined }
        if index.isNameWord(first) && index.isNameWord(second) { return nil }
        let near = index.vocabulary.expansions(of: joined).filter { $0.quality >= 0.8 && $0.kind != .exact }
        return near.first.map { index.vocabulary.words[Int($0.word)] }
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

    /// True when the word, exactly as said, names a place in some hospital's address.
    /// True when the list names the place in its CITY column ("Dwarka", "Rohini"): a locality in
    /// its own right, not only words some address has.
    public func isLocality(_ words: [String]) -> Bool {
        index.places.isLocality(words.joined(separator: " "))
    }

    public func namesAreaExactly(_ word: String) -> Bool {
        index.isPlaceWord(word)
    }

    /// True when the word is in addresses of the list, and its hospitals are mostly not in `city`.
    private func isLocalityElsewhere(_ word: String, than city: Int) -> Bool {
        guard let id = index.vocabulary.id(of: word) else { return false }
        let postings = index.placePostings[Int(id)]
        guard postings.count >= 1 else { return false }
        let inCity = HospitalIndex.count(postings, in: index.city(city).hospitals)
        return inCity * 2 < postings.count
    }

    func city(_ index: Int) -> City {
        City(name: self.index.city(index).name)
    }
}
