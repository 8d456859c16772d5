/// Places said back as the list writes them.
extension HospitalDirectory {
    /// The words of a place as the list writes them, lower-case: the search folds a plural's "s"
    /// ("Borges Road" is looked up as "borge road"), and a caller who said "Borges Road" must not hear
    /// "Borge Road" back. Two words the addresses write together are given back as written there
    /// ("Byrappa Gardens", though most addresses write "Garden"); a word alone only when no
    /// address writes it singular.
    public func written(_ words: [String]) -> [String] {
        var said = words.map { writtenForms.words[$0] ?? $0 }
        for position in words.indices.dropLast() {
            guard let pair = writtenForms.pairs[words[position] + " " + words[position + 1]] else { continue }
            said[position] = pair.first
            said[position + 1] = pair.second
        }
        return said
    }

    /// Address words whose plural "s" the search folds, as the addresses write them.
    struct WrittenForms: Sendable {
        /// A folded word → its plural, where no address writes it singular ("borge": "borges").
        var words: [String: String] = [:]
        /// Two folded words standing together → the two as most addresses with them write them,
        /// where either is a plural ("byrappa garden": "byrappa", "gardens").
        var pairs: [String: (first: String, second: String)] = [:]
    }

    static func writtenForms(of addresses: [String]) -> WrittenForms {
        var words: [String: [String: Int]] = [:]
        var pairs: [String: [String: Int]] = [:]
        for address in addresses {
            let written = address.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let folded = written.map { TextNormalizer.tokens($0).first ?? $0 }
            for (said, word) in zip(written, folded) { words[word, default: [:]][said, default: 0] += 1 }
            for position in written.indices.dropLast() where isPlural(written[position], of: folded[position]) || isPlural(written[position + 1], of: folded[position + 1]) {
                pairs[folded[position] + " " + folded[position + 1], default: [:]][written[position] + " " + written[position + 1], default: 0] += 1
            }
        }
        var forms = WrittenForms()
        // A word alone is given back only where no address writes it singular ("Borges"): "Lines"
        // in "Police Lines" must not make "Line Ali" "Lines Ali".
        for (word, said) in words where said[word] == nil {
            if let most = mostWritten(said), isPlural(most, of: word) { forms.words[word] = most }
        }
        for (pair, said) in pairs {
            guard let most = mostWritten(said) else { continue }
            let parts = most.split(separator: " ").map(String.init)
            if parts.count == 2 { forms.pairs[pair] = (parts[0], parts[1]) }
        }
        return forms
    }

    /// True when `said` is `folded` with only its plural "s" given back: "Rd" folded to "road" is not.
    private static func isPlural(_ said: String, of folded: String) -> Bool {
        said == folded + "s"
    }

    /// The form written most often; of equals, the first in alphabetical order, so loads agree.
    private static func mostWritten(_ counts: [String: Int]) -> String? {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
