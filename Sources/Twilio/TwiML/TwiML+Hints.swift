/// Recogniser hints as Twilio takes them: tidy, unique, within its limits.
extension TwiML {
    /// Most hints Twilio takes (500 entries of at most 100 characters, warning 13330); more are
    /// dropped, the likeliest first kept.
    public static let maximumHints = 500

    static func cleanHints(_ hints: [String]) -> [String] {
        var seen = Set<String>(minimumCapacity: min(hints.count, maximumHints))
        var result: [String] = []
        result.reserveCapacity(min(hints.count, maximumHints))
        for hint in hints {
            guard let cleaned = cleanHint(hint), seen.insert(cleaned).inserted else { continue }
            result.append(cleaned)
            if result.count == maximumHints { break }
        }
        return result
    }

    /// One hint as Twilio takes it, or nil when nothing of it may be sent.
    static func cleanHint(_ hint: String) -> String? {
        // Commas separate hints in the attribute, so none may remain inside one.
        let cleaned = isTidy(hint) ? hint : hint.split(whereSeparator: { $0 == "," || $0.isWhitespace }).joined(separator: " ")
        return cleaned.isEmpty || cleaned.utf8.count > 100 ? nil : cleaned
    }

    /// True when the hint has no comma, control character, or leading, trailing or doubled space
    /// (one pass over the bytes: this runs for every hint of every answer).
    private static func isTidy(_ hint: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in hint.utf8 {
            if byte == UInt8(ascii: ",") || byte < 0x20 || (byte == UInt8(ascii: " ") && previous == byte) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }

    /// Hints many answers share, cleaned, capped and escaped once: `leading` (said first), then a
    /// turn's own hints (``Gather/hints``), then `rest`. A `<Gather>` carrying one renders exactly
    /// what `cleanHints(leading + hints + rest)` would, without redoing the shared part's work.
    public final class HintSet: Sendable, Equatable {
        /// `leading` then `rest`, cleaned and capped at ``TwiML/maximumHints``.
        public let cleaned: [String]
        /// How many of `cleaned` come from `leading`.
        let leadingCount: Int
        /// Where each cleaned hint stands in `cleaned`.
        let position: [String: Int]
        /// `cleaned`, XML-escaped and joined by ", ", as the attribute holds them.
        let escaped: String
        /// Each hint's range in `escaped`.
        let bounds: [Range<String.Index>]

        public init(leading: [String], rest: [String]) {
            // cleanHints keeps the first of each hint, so the leading ones clean to a prefix.
            let cleaned = TwiML.cleanHints(leading + rest)
            self.cleaned = cleaned
            self.leadingCount = TwiML.cleanHints(leading).count
            self.position = Dictionary(cleaned.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var escaped = ""
            var offsets: [Range<Int>] = []
            offsets.reserveCapacity(cleaned.count)
            for hint in cleaned {
                if !escaped.isEmpty { escaped.append(", ") }
                let start = escaped.utf8.count
                escaped.append(hint.xmlEscaped)
                offsets.append(start..<escaped.utf8.count)
            }
            self.escaped = escaped
            let utf8 = escaped.utf8
            self.bounds = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
        }

        public static func == (lhs: HintSet, rhs: HintSet) -> Bool {
            lhs === rhs || (lhs.leadingCount == rhs.leadingCount && lhs.cleaned == rhs.cleaned)
        }

        /// The hints sent with a turn's own `hints` between the leading ones and the rest.
        func merged(with own: [String]) -> (own: [String], rest: [Range<Int>]) {
            var kept: [String] = []
            var skipped: [Int] = []
            let budget = TwiML.maximumHints - leadingCount
            for hint in own where kept.count < budget {
                guard let cleaned = TwiML.cleanHint(hint), !kept.contains(cleaned) else { continue }
                if let at = position[cleaned] {
                    if at < leadingCount { continue }
                    skipped.append(at)
                }
                kept.append(cleaned)
            }
            // The rest, less what the turn already said, within what Twilio takes.
            var remaining = budget - kept.count
            var runs: [Range<Int>] = []
            var start = leadingCount
            for skip in skipped.sorted() + [cleaned.count] where remaining > 0 {
                let end = min(skip, start + remaining)
                if end > start {
                    runs.append(start..<end)
                    remaining -= end - start
                }
                start = skip + 1
            }
            return (kept, runs)
        }

        /// Appends the hints, escaped and joined by ", ", to `xml`; false when there are none.
        func render(with own: [String], into xml: inout String) -> Bool {
            if own.isEmpty {
                xml.append(escaped)
                return !cleaned.isEmpty
            }
            let (kept, rest) = merged(with: own)
            var any = false
            func run(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                if any { xml.append(", ") }
                xml.append(contentsOf: escaped[bounds[range.lowerBound].lowerBound..<bounds[range.upperBound - 1].upperBound])
                any = true
            }
            run(0..<leadingCount)
            for hint in kept {
                if any { xml.append(", ") }
                xml.append(hint.xmlEscaped)
                any = true
            }
            for range in rest { run(range) }
            return any
        }

        /// The hints sent with a turn's own `hints`, as a list.
        func hints(with own: [String]) -> [String] {
            let (kept, rest) = merged(with: own)
            return Array(cleaned[0..<leadingCount]) + kept + rest.flatMap { cleaned[$0] }
        }
    }
}
