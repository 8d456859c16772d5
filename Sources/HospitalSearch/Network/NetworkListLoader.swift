import CSV
import Foundation

/// Reads a network list (CSV with the columns `HOSPITAL NAME`, `Address`, `CITY`).
///
/// A file that cannot be used at all (missing, unreadable, not UTF-8, missing a column) is an
/// error naming the file and the problem. Rows that cannot be used (no name, no city, a
/// duplicate) are skipped and counted by reason, so one bad row never stops a brain.
enum NetworkListLoader {
    /// The rows that loaded, and what was skipped.
    struct Loaded: Sendable {
        var records: [HospitalRecord]
        /// Each skipped row: its number in the file (the header is row 1) and why.
        var skippedRows: [(row: Int, reason: String)] = []

        /// Reason → number of rows skipped for it.
        var skipped: [String: Int] { skippedRows.reduce(into: [:]) { $0[$1.reason, default: 0] += 1 } }

        var skippedCount: Int { skippedRows.count }

        /// "3 duplicate rows, 1 without a city" for the log line.
        var skippedSummary: String {
            skipped.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
    }

    static let requiredColumns = ["HOSPITAL NAME", "ADDRESS", "CITY"]

    /// Why a row that repeats an earlier one is skipped: harmless, unlike the other reasons.
    /// The longest row and fields a list may have: far past any real hospital's (names run to
    /// about 150 characters, addresses to about 400).
    static let maximumRowLength = 4096
    /// (column, most characters): the name, the address, the city.
    static let fieldLimits: [(Int, Int)] = [(0, 300), (1, 1500), (2, 100)]

    static let duplicateReason = "duplicate rows"

    static func load(path: String) throws(NetworkListError) -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NetworkListError(path: path, problem: "the file does not exist")
        }
        guard !isDirectory.boolValue else { throw NetworkListError(path: path, problem: "it is a directory, not a CSV file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkListError(path: path, problem: "the file cannot be read (check its permissions)")
        }
        return try parse(data, path: path)
    }

    static func parse(_ data: Data, path: String) throws(NetworkListError) -> Loaded {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw NetworkListError(path: path, problem: "it is not UTF-8 text")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw NetworkListError(path: path, problem: "the file is empty")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw NetworkListError(path: path, problem: "the header row cannot be read (\(error))")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased() }
        var columns: [Int] = []
        var missing: [String] = []
        for required in requiredColumns {
            if let index = header.firstIndex(of: required) { columns.append(index) } else { missing.append(required) }
        }
        guard missing.isEmpty else {
            let found = header.isEmpty ? "no columns" : header.map { "'\($0)'" }.joined(separator: ", ")
            throw NetworkListError(
                path: path, problem: "missing column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")) (found \(found))")
        }

        var loaded = Loaded(records: [])
        var seen = Set<String>()
        var rowNumber = 1
        while let row = reader.next() {
            rowNumber += 1
            // A row or field far past any real one is refused before any work on it, so a list
            // of one enormous name cannot pin a thread.
            let rowLength = row.reduce(0) { $0 + $1.utf8.count }
            if rowLength > Self.maximumRowLength {
                loaded.skippedRows.append((rowNumber, "is \(rowLength) characters long; a row may have at most \(Self.maximumRowLength)"))
                continue
            }
            if let (column, limit) = Self.fieldLimits.first(where: { columns[$0.0] < row.count && row[columns[$0.0]].utf8.count > $0.1 }) {
                loaded.skippedRows.append((rowNumber, "has a \(requiredColumns[column]) longer than \(limit) characters"))
                continue
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func field(_ column: Int) -> String {
                let index = columns[column]
                guard index < row.count else { return "" }
                return row[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            let record = HospitalRecord(name: field(0), address: field(1), city: field(2))
            if record.name.isEmpty {
                loaded.skippedRows.append((rowNumber, "without a hospital name"))
            } else if record.city.isEmpty {
                loaded.skippedRows.append((rowNumber, "without a city"))
            } else if TextNormalizer.tokens(record.name).isEmpty {
                loaded.skippedRows.append((rowNumber, "with a name that has no letters or digits"))
            } else if !seen.insert(TextNormalizer.phrase(record.name) + "|" + TextNormalizer.phrase(record.address) + "|" + TextNormalizer.phrase(record.city))
                .inserted
            {
                loaded.skippedRows.append((rowNumber, Self.duplicateReason))
            } else {
                loaded.records.append(record)
            }
        }
        if let error = reader.error {
            throw NetworkListError(path: path, problem: "it stops being readable CSV after \(loaded.records.count) rows (\(error))")
        }
        guard !loaded.records.isEmpty else {
            let rows = loaded.skippedRows.prefix(10).map { "row \($0.row) \($0.reason)" }.joined(separator: "; ")
            throw NetworkListError(path: path, problem: "it has no usable rows" + (rows.isEmpty ? "" : " (\(rows))"))
        }
        return loaded
    }
}
