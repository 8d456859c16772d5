import HospitalSearch

/// What the caller tells and what they ask: the story before the question, the caller's own
/// cover, and what the list cannot answer.
extension Interpreter {
    /// What the question asks that the list cannot answer, if anything; words of a name the caller
    /// frames as a hospital's are that name ("Dr Rane Hospital" asks nothing about doctors).
    ///
    /// `askedAbout`: where the place or hospital asked about was said. A clause before the one that
    /// names it, with no question word of its own, tells the story ("the doctor wants a sleep study,
    /// what do I have in Mahim", "the doctor said not to delay, we are in pin code 560046, where can
    /// we go"): its doctor, bed or bill is not what is asked.
    func missingInfo(in tokens: [String], besides name: [Int], askedAbout: [Int]) -> MissingInfo? {
        let heard = withoutStory(tokens, askedAbout: askedAbout).enumerated().map { name.contains($0.offset) ? "" : $0.element }
        return Self.missingInfo.first { $0.1.matches(heard) }?.0
    }

    /// The tokens with every clause blanked that comes before the one naming what is asked about
    /// (`askedAbout`) and asks nothing itself: the story a caller tells first.
    func withoutStory(_ tokens: [String], askedAbout: [Int]) -> [String] {
        let story = storyClauses(tokens, askedAbout: askedAbout).flatMap { $0 }
        return tokens.indices.map { story.contains($0) ? "" : tokens[$0] }
    }

    /// The clauses before the one naming what is asked about that ask nothing themselves.
    func storyClauses(_ tokens: [String], askedAbout: [Int]) -> [Range<Int>] {
        guard let first = askedAbout.min() else { return [] }
        let starts = [0] + breaks.filter { $0 > 0 && $0 <= first }.sorted()
        return zip(starts, starts.dropFirst()).map { $0..<$1 }.filter { !asks(tokens[$0]) }
    }

    /// The words after the hospitals a caller counts, to the end of their clause ("Faridabad mein
    /// kitne hospitals hain jahan mujhe paise nahi bharne padenge", "कितने हॉस्पिटल ये कार्ड
    /// मानेंगे", "how many hospitals … take my card"): they say which hospitals, the network's, and
    /// never name one. A name said before the noun ("how many Apollo hospitals") is still a name.
    func afterCountedHospitals(in tokens: [String]) -> Range<Int>? {
        guard let counted = Self.phraseLists[.count] else { return nil }
        for noun in tokens.indices where Self.hospitalNouns.contains(tokens[noun]) || Clues.hospitalWords.contains(tokens[noun]) {
            guard counted.matches(Array(tokens[max(0, noun - 3)..<noun])) else { continue }
            let end = breaks.filter { $0 > noun }.min() ?? tokens.count
            return noun + 1 < end ? (noun + 1)..<end : nil
        }
        return nil
    }

    /// A clause asks with a question word anywhere in it ("which doctor is good") or a verb that
    /// opens a question ("is an ICU bed free"); "the doctor said it is big" tells.
    func asks(_ clause: ArraySlice<String>) -> Bool { Self.isQuestion(clause) }

    static func isQuestion(_ clause: ArraySlice<String>) -> Bool {
        clause.contains(where: questionWords.contains) || clause.first { !filler.contains($0) }.map(questionOpeners.contains) == true
    }

    static let questionWords = Set(Lexicon.words(.questionWords))
    static let questionOpeners = Set(Lexicon.words(.questionOpeners))

    /// "my plan", "my health card", "mera card": the caller's own cover, within two words of
    /// their "my" — with a hospital named, whether that hospital is in it.
    func asksAboutTheirCover(_ tokens: [String]) -> Bool {
        tokens.indices.contains { index in
            Self.possessives.contains(tokens[index])
                && tokens[(index + 1)..<min(tokens.count, index + 3)].contains(where: Self.insuranceObjects.contains)
        }
    }

    static let possessives = Set(Lexicon.words(.possessives))
    static let insuranceObjects = Set(Lexicon.words(.insuranceObjects))

    /// The phrase lists said, weighed against where they were said: an off-topic word only in the
    /// story is none ("none of the medicines are working, pin code … ke paas hospital"); an
    /// emergency's word before a charge or a claim says which charge ("are ambulance charges
    /// covered"), and is an emergency only when said otherwise too; one denied or long past is none.
    func weighed(_ said: Set<Clues.PhraseList>, tokens: [String], phraseTokens: [String], askedAbout: [Int]) -> Set<Clues.PhraseList> {
        var says = said
        if says.contains(.outOfScope), !Self.otherTasks.matches(phraseTokens),
            Self.phraseLists[.outOfScope]?.matches(withoutStory(phraseTokens, askedAbout: askedAbout)) == false
        {
            says.remove(.outOfScope)
        }
        if says.contains(.emergency), Self.deniesEmergency(tokens) || emergencyIsHistory(tokens) { says.remove(.emergency) }
        if says.contains(.emergency) {
            let modifiers = tokens.indices.filter { followedByTopic($0, in: tokens) }
            if !modifiers.isEmpty, !Self.emergencyPhrases.matches(tokens.indices.map { modifiers.contains($0) ? "" : tokens[$0] }) {
                says.remove(.emergency)
            }
        }
        return says
    }

    /// "दादा जी को आँखों से धुंधला दिखने लगा है, …, नोएडा में कितने हॉस्पिटल": a word of a story
    /// told (a sentence of its own) before the clause naming the place, that the list does not
    /// have as said, is no hospital's name unless the caller calls it one.
    func isStoryName(_ name: [Int], in tokens: [String], place: [Int], framed: Set<Int>) -> Bool {
        guard !place.isEmpty, !name.isEmpty, !name.contains(where: framed.contains), !name.contains(where: { directory.hasExactly(tokens[$0]) })
        else { return false }
        let story = storyClauses(tokens, askedAbout: place).filter { $0.count >= 4 }
        return name.allSatisfy { position in story.contains { $0.contains(position) } }
    }

    /// The rules' reading, read again where the list's places outweigh a word of it: an emergency's
    /// word inside a place ("which hospitals are on Burn Road"), or a story's off-topic word or
    /// doctor before places the rules did not take ("I just moved here for a new job…, what about
    /// Nigdi and Rohit Kunj, hospitals there"). A place of everyday words only ("the chemist", which
    /// an address also has) outweighs nothing.
    func readAgain(_ first: Understanding, heard: [String], spans: [PlaceSpan], heardIn script: Script) -> Understanding {
        var single = first
        if single.intent == .emergency, !besidesEmergency, !spans.isEmpty {
            let outsidePlaces = heard.indices.map { position in spans.contains { $0.words.contains(position) } ? "" : heard[position] }
            if !Self.emergencyPhrases.matches(outsidePlaces), !Self.describesEmergency(clausesNotLongAgo(heard)), !describesInjury(outsidePlaces) {
                var rest = self
                rest.besidesEmergency = true
                single = rest.understand(tokens: heard, heardIn: script).understanding
            }
        }
        let ownPlaces = spans.filter { span in heard[span.words].contains { !Self.commonWords.contains($0) } }
        if [.outOfScope, .missingInfo].contains(single.intent), !ownPlaces.isEmpty, placesSaid.isEmpty {
            var reading = self
            reading.placesSaid = ownPlaces.flatMap { Array($0.words) }
            single = reading.understand(tokens: heard, heardIn: script).understanding
        }
        return single
    }

    /// The emergency phrase list, read where a word of it may be something else.
    static let emergencyPhrases = phraseLists[.emergency] ?? PhraseSet([])
}
