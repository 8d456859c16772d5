/// A `multipart/form-data` body's fields, read in one pass: time linear in the body's size, and
/// at most `maximumParts` parts, so a body of fifty thousand tiny fields is refused at once
/// instead of stalling whoever parses it.
public struct MultipartForm: Sendable, Equatable {
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The fields in order, each named by its part's `Content-Disposition: form-data; name="…"`.
    public let fields: [(name: String, value: [UInt8])]

    public static func == (lhs: MultipartForm, rhs: MultipartForm) -> Bool {
        lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The first field named `name`.
    public subscript(name: String) -> [UInt8]? {
        fields.first { $0.name == name }?.value
    }

    public init(body: [UInt8], boundary: String, maximumParts: Int) throws(Invalid) {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { throw Invalid(description: "the multipart boundary is empty or too long") }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var cursor = Self.find(delimiter, in: body, from: 0) else { throw Invalid(description: "the body has no multipart boundary") }
        cursor += delimiter.count
        var fields: [(name: String, value: [UInt8])] = []
        while true {
            // "--" after a delimiter ends the body; otherwise a line break starts the next part.
            if body.count >= cursor + 2, body[cursor] == UInt8(ascii: "-"), body[cursor + 1] == UInt8(ascii: "-") { break }
            guard body.count >= cursor + 2, body[cursor] == 13, body[cursor + 1] == 10 else { throw Invalid(description: "a part does not start on a new line") }
            cursor += 2
            guard let headersEnd = Self.find([13, 10, 13, 10], in: body, from: cursor) else { throw Invalid(description: "a part's headers never end") }
            let headers = String(decoding: body[cursor..<headersEnd], as: UTF8.self)
            guard let next = Self.find(separator, in: body, from: headersEnd + 4) else { throw Invalid(description: "a part is not closed by the boundary") }
            guard fields.count < maximumParts else { throw Invalid(description: "more than \(maximumParts) fields") }
            fields.append((Self.name(in: headers) ?? "", Array(body[(headersEnd + 4)..<next])))
            cursor = next + separator.count
        }
        self.fields = fields
    }

    /// `name="…"` of a part's `Content-Disposition`.
    static func name(in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            guard let start = line.range(of: "name=\"") else { continue }
            let rest = line[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `start`: each byte is looked at a
    /// bounded number of times (the needle is at most 74 bytes).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
