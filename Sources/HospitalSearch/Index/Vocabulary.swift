/// Every distinct word of a network list, with what is needed to forgive a mis-heard one.
///
/// Fuzzy look-up uses a deletion index (every word with one letter removed, hashed) and a
/// phonetic index (``Phonetic/key(_:)``), so finding the words near a mis-heard one costs a
/// few dozen hash look-ups instead of a scan of the vocabulary.
struct Vocabulary: Sendable {
    /// How a caller's word was matched to a word of the list.
    enum MatchKind: String, Sendable, Equatable {
        case exact, phonetic, spelling
    }

    /// A word of the list that a caller's word may stand for.
    struct Expansion: Sendable, Equatable {
        let word: UInt32
        let quality: Double
        let kind: MatchKind
    }

    private(set) var ids: [String: UInt32] = [:]
    private(set) var words: [String] = []
    private(set) var utf8: [[UInt8]] = []
    /// Hashes of every word and of every one-letter deletion of it, sorted, with the word each
    /// came from alongside: a flat table is a fraction of the memory of a dictionary of arrays.
    private var deletionHashes: [UInt64] = []
    private var deletionWords: [UInt32] = []
    private var phonetic: [String: [UInt32]] = [:]
    /// Words by ``Skeleton/key(_:)`` and ``Skeleton/spelling(_:)``, for names heard in another script.
    private var skeletons = HashedPostings()
    private var spellings = HashedPostings()
    private var fuzzyReady = false

    var count: Int { words.count }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: String) -> UInt32 {
        if let id = ids[word] { return id }
        let id = UInt32(words.count)
        ids[word] = id
        words.append(word)
        utf8.append(Array(word.utf8))
        return id
    }

    func id(of word: String) -> UInt32? { ids[word] }

    /// Builds the fuzzy indexes once all words are known.
    mutating func prepareFuzzyLookup() {
        var pairs: [(hash: UInt64, word: UInt32)] = []
        pairs.reserveCapacity(words.count * 9)
        for (index, bytes) in utf8.enumerated() where bytes.count >= 5 && bytes.allSatisfy({ $0 < 0x80 }) {
            let id = UInt32(index)
            pairs.append((Self.hash(bytes, skipping: -1), id))
            for position in bytes.indices {
                pairs.append((Self.hash(bytes, skipping: position), id))
            }
            phonetic[Phonetic.key(words[index]), default: []].append(id)
        }
        var skeletonEntries: [(key: String, id: UInt32)] = [], spellingEntries: [(key: String, id: UInt32)] = []
        for (index, word) in words.enumerated() where word.utf8.count >= 3 && word.utf8.allSatisfy({ $0 < 0x80 }) {
            skeletonEntries.append((Skeleton.key(word), UInt32(index)))
            spellingEntries.append((Skeleton.spelling(word), UInt32(index)))
        }
        skeletons = HashedPostings(skeletonEntries)
        spellings = HashedPostings(spellingEntries)
        pairs.sort { $0.hash < $1.hash }
        deletionHashes = pairs.map(\.hash)
        deletionWords = pairs.map(\.word)
        fuzzyReady = true
    }

    private func words(withDeletionHash hash: UInt64, into result: inout Set<UInt32>) {
        var low = 0, high = deletionHashes.count
        while low < high {
            let mid = (low + high) / 2
            if deletionHashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        while low < deletionHashes.count, deletionHashes[low] == hash {
            result.insert(deletionWords[low])
            low += 1
        }
    }

    /// The list's words a caller's `word` may stand for, best first; empty when none is close.
    func expansions(of word: String, limit: Int = 4) -> [Expansion] {
        if let id = ids[word] { return [Expansion(word: id, quality: 1, kind: .exact)] }
        return nearWords(word, limit: limit, onlyBest: true)
    }

    /// Other spellings of a word heard in another script that Devanagari cannot tell apart ("jeevan",
    /// "jeewan"), as good as the word itself.
    func heardSpellings(of word: String) -> [Expansion] {
        Self.orSingular(word) { spellings(heard: $0) }
    }

    /// An English plural written in an Indian script keeps its "s" ("सेव्हनहिल्स"), where the
    /// list's words are kept singular: the singular is tried when the word as heard finds nothing,
    /// and only a long one (four consonants or more), so that an ordinary word ending in "s" does
    /// not find a short name by chance.
    private static func orSingular(_ word: String, _ find: (String) -> [Expansion]) -> [Expansion] {
        let found = find(word)
        let singular = String(word.dropLast())
        guard found.isEmpty, word.hasSuffix("s"), !word.hasSuffix("ss"), Skeleton.key(singular).utf8.count >= 4 else { return found }
        return find(singular)
    }

    private func spellings(heard word: String) -> [Expansion] {
        guard fuzzyReady else { return [] }
        let key = Skeleton.spelling(word)
        return spellings[key].filter { words[Int($0)] != word && Skeleton.spelling(words[Int($0)]) == key }.prefix(4)
            .map { Expansion(word: $0, quality: 0.9, kind: .phonetic) }
    }

    /// The list's words a name heard in another script may stand for: those with its consonant
    /// skeleton (``Skeleton``), the closest spellings of them only, weighed as sound-alikes. A
    /// skeleton of two consonants ("bl" for Belle) must also be spelt within two letters of it.
    func heardAlikes(of word: String, limit: Int = 6) -> [Expansion] {
        Self.orSingular(word) { alikes(heard: $0, limit: limit) }
    }

    private func alikes(heard word: String, limit: Int) -> [Expansion] {
        let key = Skeleton.key(word)
        guard fuzzyReady, key.utf8.count >= 2 else { return [] }
        let candidates = skeletons[key].filter { Skeleton.key(words[Int($0)]) == key }
        let bytes = Array(word.utf8)
        var scored: [(word: UInt32, distance: Int)] = []
        for candidate in candidates where words[Int(candidate)] != word {
            let other = utf8[Int(candidate)]
            let limit = max(bytes.count, other.count)
            guard let distance = EditDistance.within(bytes, other, limit: limit) else { continue }
            // Spelt-out letters ("jp" for Jaypee) have no vowels to compare.
            let initials = !bytes.contains { "aeiou".utf8.contains($0) }
            if key.utf8.count < 3, distance > 2, !initials { continue }
            scored.append((candidate, distance))
        }
        // Every skeleton-mate is a sound-alike; the nearer spellings are kept, nearest first and
        // weighed a little higher, so the place or the other words of the name choose among them.
        guard let best = scored.map(\.distance).min() else { return [] }
        return scored.filter { $0.distance <= best + 2 }.sorted { ($0.distance, $0.word) < ($1.distance, $1.word) }.prefix(limit)
            .map { Expansion(word: $0.word, quality: $0.distance == best ? 0.75 : 0.7, kind: .phonetic) }
    }

    /// Other words of the list within spelling distance of a word the list has, weighed below it.
    func spellingVariants(of word: String, limit: Int = 3) -> [Expansion] {
        nearWords(word, limit: limit + 1, onlyBest: false).filter { words[Int($0.word)] != word }.prefix(limit)
            .map { Expansion(word: $0.word, quality: min($0.quality, 0.6), kind: .spelling) }
    }

    /// - Parameter onlyBest: keep only candidates close to the best one (a caller's word has one meaning).
    private func nearWords(_ word: String, limit: Int, onlyBest: Bool) -> [Expansion] {
        let bytes = Array(word.utf8)
        let tolerance = EditDistance.tolerance(forLength: bytes.count)
        guard fuzzyReady, tolerance > 0, bytes.allSatisfy({ $0 < 0x80 }) else { return [] }

        var candidates = Set<UInt32>()
        func collect(_ hash: UInt64) {
            words(withDeletionHash: hash, into: &candidates)
        }
        collect(Self.hash(bytes, skipping: -1))
        for position in bytes.indices {
            var shorter = bytes
            shorter.remove(at: position)
            collect(Self.hash(shorter, skipping: -1))
            if tolerance > 1 {
                for second in shorter.indices { collect(Self.hash(shorter, skipping: second)) }
            }
        }
        let key = Phonetic.key(word)
        let soundAlikes = phonetic[key] ?? []
        candidates.formUnion(soundAlikes)

        var found: [Expansion] = []
        for candidate in candidates where words[Int(candidate)] != word {
            let other = utf8[Int(candidate)]
            let allowed = EditDistance.tolerance(forLength: max(bytes.count, other.count))
            var distance = EditDistance.within(bytes, other, limit: max(allowed, 0))
            let soundsAlike = soundAlikes.contains(candidate) && abs(other.count - bytes.count) <= 3
            // A changed consonant makes another word ("Saifee" is not "Sailee"); only sound-alikes may differ so.
            if !soundsAlike, distance != nil, EditDistance.substitutesConsonant(bytes, other) { distance = nil }
            var quality = 0.0
            var kind = MatchKind.spelling
            if let distance { quality = distance == 1 ? 0.8 : 0.65 }
            if soundsAlike {
                // Sounding alike and being spelt alike together is the strongest evidence.
                quality = distance != nil ? quality + 0.1 : max(quality, 0.7)
                kind = .phonetic
            }
            if quality > 0 { found.append(Expansion(word: candidate, quality: quality, kind: kind)) }
        }
        found.sort { $0.quality != $1.quality ? $0.quality > $1.quality : $0.word < $1.word }
        // Weak candidates only add false matches when a clearly better one exists.
        guard let best = found.first?.quality else { return [] }
        return Array(found.prefix { !onlyBest || $0.quality >= best - 0.1 }.prefix(limit))
    }

    /// FNV-1a over the bytes, leaving out the byte at `skipping` (-1 leaves out none).
    static func hash(_ bytes: [UInt8], skipping: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices where index != skipping {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash ^ UInt64(bytes.count - (skipping >= 0 ? 1 : 0))
    }
}
