import Testing

@testable import Twilio

/// `multipart/form-data` read in one pass, with a cap on its parts.
@Suite("Multipart forms")
struct MultipartFormTests {
    static func body(_ fields: [(String, String)], boundary: String = "XyZ") -> [UInt8] {
        var text = ""
        for (name, value) in fields { text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n" }
        return Array((text + "--\(boundary)--\r\n").utf8)
    }

    @Test("Fields come back in order, values byte for byte, a file's headers skipped")
    func fields() throws {
        let body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\nA,B\r\n1,2\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--XyZ--\r\n".utf8)
        let form = try MultipartForm(body: body, boundary: "XyZ", maximumParts: 4)
        #expect(form.fields.map(\.name) == ["file", "note"])
        #expect(form["file"] == Array("A,B\r\n1,2".utf8) && form["note"] == Array("hi".utf8))
    }

    @Test("Fifty thousand tiny fields are refused once the cap is passed, not parsed")
    func manyFields() {
        let body = Self.body((0..<50_000).map { ("f\($0)", "x") })
        #expect(throws: MultipartForm.Invalid.self) { try MultipartForm(body: body, boundary: "XyZ", maximumParts: 16) }
    }

    @Test("A field of megabytes is read in one pass")
    func largeField() throws {
        let big = String(repeating: "Manipal Hospital,Sarjapur Road,Bengaluru\r\n", count: 100_000)
        let form = try MultipartForm(body: Self.body([("file", big)]), boundary: "XyZ", maximumParts: 16)
        #expect(form["file"]?.count == big.utf8.count)
    }

    @Test("A body without its boundary, or a part never closed, is refused with what is wrong")
    func malformed() {
        #expect(throws: MultipartForm.Invalid.self) { try MultipartForm(body: Array("hello".utf8), boundary: "XyZ", maximumParts: 4) }
        let open = Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed".utf8)
        #expect(throws: MultipartForm.Invalid.self) { try MultipartForm(body: open, boundary: "XyZ", maximumParts: 4) }
    }
}
