/// Hand-written phrase banks for generated evaluation calls: per language, carrier phrases by
/// class ("list", "confirm", …) with slots ({place}, {hospital}, {count}, …), and the stories,
/// politeness and fillers callers wrap them in (Tests/Evaluation/Banks).
///
/// Every bank is split in two halves, fixed by position (even lines and odd lines): work on one,
/// report the other, untouched, so a score measures callers nobody wrote a rule for.
///
///     # a comment
///     ## list
///     tell me {count} hospitals in {place}
struct PhraseBanks: Sendable {
    /// Which half of every bank.
    enum Half: String, Sendable, CaseIterable {
        case development = "dev"
        case heldOut = "held-out"
    }

    /// Bank name → its templates, in file order.
    let banks: [String: [String]]

    /// The banks every file must have, with the slots each template of it must carry.
    static let required: [String: [String]] = [
        "story": [], "politeness": [], "filler": [], "list": ["{place}"], "count": ["{place}"], "confirm": ["{hospital}"],
        "confirm-unlisted": ["{hospital}"], "pin": ["{pin}"], "road": ["{road}"], "two-places": ["{place}", "{place2}"],
        "correction": ["{place}"], "emergency": [], "offtopic": [],
    ]

    /// A line the parser could not read, or a bank that is missing or short.
    struct FormatError: Error, CustomStringConvertible {
        let problem: String
        var description: String { problem }
    }

    init(text: String, name: String = "banks") throws(FormatError) {
        var banks: [String: [String]] = [:]
        var current: String?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || (line.hasPrefix("#") && !line.hasPrefix("##")) { continue }
            if line.hasPrefix("##") {
                current = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let bank = current else { throw FormatError(problem: "\(name) line \(offset + 1): a template before any '## bank'") }
            banks[bank, default: []].append(line)
        }
        for (bank, slots) in Self.required {
            guard let templates = banks[bank], templates.count >= 2 else {
                throw FormatError(problem: "\(name): the bank '\(bank)' needs at least two templates (one for each half)")
            }
            for template in templates where !slots.allSatisfy(template.contains) {
                throw FormatError(problem: "\(name): a '\(bank)' template lacks \(slots.joined(separator: " and ")): \(template)")
            }
        }
        self.banks = banks
    }

    /// One half of a bank: every other template, so both halves span the whole file.
    func templates(_ bank: String, half: Half) -> [String] {
        let all = banks[bank] ?? []
        return all.enumerated().filter { (half == .development) == ($0.offset % 2 == 0) }.map(\.element)
    }
}
