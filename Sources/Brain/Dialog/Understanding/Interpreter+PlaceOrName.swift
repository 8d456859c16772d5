import HospitalSearch

/// Words the list knows as a place and as a name, or not at all: which the caller meant, by the
/// evidence for each.
extension Interpreter {
    /// The rules' reading with a name they took from a place's words given back to the place
    /// ("Sahakara Nagar में कितने अस्पताल", "VV Puram hospitals", "Kharadi या फिर Faridabad"):
    /// words the caller did not call a hospital that lie inside a place the list knows are that
    /// place when the place covers more of the words than the name does, or when some word of the
    /// name is only like a listed name's word while the place has it as said. A name the list has
    /// exactly, as much of it as the place, stays a name: which of the two was meant is not for the
    /// words to decide ("Pushpanjali", both a locality and a hospital).
    func placeOverName(_ single: Understanding, heard: [String], spans: [PlaceSpan]) -> Understanding {
        guard single.also.isEmpty, [.list, .count, .confirm].contains(single.intent) else { return single }
        // A name the caller framed stays one, unless it is only a place's words and no listed
        // hospital anywhere answers it ("Mundhawa hospitals", "Kalwa के नेटवर्क हॉस्पिटल"): the
        // hospitals of that place are what was asked for.
        if single.nameFramed {
            guard spans.count == 1, let span = spans.first, !single.name.isEmpty, single.name.allSatisfy(heard[span.words].contains),
                single.place == nil || single.place == span.place,
                case .notFound([], []) = directory.confirm(single.name, in: nil, heardIn: single.heardIn)
            else { return single }
        }
        let naming = single.name.filter { isNameCandidate($0) && !TextNormalizer.genericWords.contains($0) && !Lexicon.placeJoiners.contains($0) }
        guard !naming.isEmpty else { return single }
        let holding = spans.filter { span in naming.allSatisfy(heard[span.words].contains) }
        guard holding.count == 1, let span = holding.first else { return single }
        let longer = span.words.count > heard[span.words].filter(single.name.contains).count
        let onlyLike = naming.contains { directory.nameLink(for: $0, heardIn: single.heardIn).evidence < .exact }
        guard longer || onlyLike else { return single }
        var understanding = single
        understanding.name = []
        // The rules' place, if any, is this place or a part of it ("Puram" of "VV Puram"), or
        // another place said beside it, which stays for the two to be read together.
        if single.place == nil || single.place.map(placeWords).map({ $0.allSatisfy(heard[span.words].contains) }) == true {
            understanding.place = span.place
        }
        if understanding.intent == .confirm { understanding.intent = says(.count, in: heard) ? .count : .list }
        return understanding
    }

    /// True when the words a place was heard in, only by their sound, are all words of the caller's
    /// own language ("प्रीमियम भरने में", premium, paying: no "Prem Burhan" some address sounds
    /// like): a place needs words of its own, as a name does, unless the list names it in its CITY
    /// column (द्वारका, a common word too, is Dwarka).
    func isOwnWords(_ positions: [Int], in tokens: [String]) -> Bool {
        !positions.isEmpty && positions.allSatisfy { Self.commonWords.contains(tokens[$0]) || isAreaJoiner(tokens[$0]) }
    }

    /// The words of a name no listed name links: heard in Latin letters, not spelt as any listed
    /// name word; heard in another script, without even a listed name's consonants ("मैक्स" has Max's).
    func unlinkedWords(_ name: [String], heardIn: Script) -> [String] {
        let linking: NameEvidence = heardIn.isTransliterated ? .consonants : .spelt
        return name.filter { directory.nameLink(for: $0, heardIn: heardIn).evidence < linking }
    }

    /// True when the name is only words of the caller's language (rarer ones too) said before
    /// "hospital" in a request for a place's hospitals, not whether one is covered ("any reputed
    /// hospital in Pune?"): they say which kind, and name none.
    func describesAKind(_ name: [String], unlinked: [String], place: Place?, says: Set<Clues.PhraseList>, asksAboutNetwork: Bool) -> Bool {
        guard place != nil, !name.isEmpty, says.contains(.list) || says.contains(.count), !says.contains(.confirm), !asksAboutNetwork
        else { return false }
        return name.filter(isNamingWord).allSatisfy { word in
            unlinked.contains(word) && (Self.commonWords.contains(word) || Self.lessCommonWords.contains(word))
        }
    }

    /// The words a place is named by, as the directory holds them.
    private func placeWords(_ place: Place) -> [String] {
        switch place {
        case .area(let words, _): return words
        case .city(let city): return TextNormalizer.tokens(city.name)
        case .region(let name, _): return TextNormalizer.tokens(name)
        }
    }
}
