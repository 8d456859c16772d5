import Foundation

/// A network list checked before it is used (an upload): the directory it builds, and every row
/// that loading would skip, by row number.
public struct NetworkListCheck: Sendable {
    /// A row the list cannot use, and why ("without a city", "duplicate rows").
    public struct SkippedRow: Sendable, Equatable, Codable {
        /// The row's number in the file; the header is row 1.
        public let row: Int
        public let reason: String

        /// An exact repeat of an earlier row: skipped, but no reason to refuse a list.
        public var isDuplicate: Bool { reason == NetworkListLoader.duplicateReason }
    }

    public let directory: HospitalDirectory
    public let skippedRows: [SkippedRow]
    /// The rows as read, in order.
    public let records: [HospitalRecord]

    /// Rows that make an upload unusable: everything skipped except exact duplicates.
    public var errors: [SkippedRow] { skippedRows.filter { !$0.isDuplicate } }
}

extension HospitalDirectory {
    /// Checks and indexes a list given as bytes, with the same rules and messages as loading
    /// `HOSPITALS_CSV`; `name` stands for the file in messages.
    public static func check(data: Data, name: String) throws(NetworkListError) -> NetworkListCheck {
        let loaded = try NetworkListLoader.parse(data, path: name)
        return NetworkListCheck(
            directory: HospitalDirectory(path: name, records: loaded.records),
            skippedRows: loaded.skippedRows.map { NetworkListCheck.SkippedRow(row: $0.row, reason: $0.reason) }, records: loaded.records)
    }
}
