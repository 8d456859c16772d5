extension String {
    /// The text made safe for XML element content and attribute values.
    ///
    /// Escapes the five markup characters and drops characters XML 1.0 cannot carry at all
    /// (control characters other than tab and newline, and the non-characters U+FFFE/U+FFFF),
    /// so whatever a caller said, the document stays well-formed.
    public var xmlEscaped: String {
        // Most text needs no escaping: check the bytes once and return it as it is.
        let clean = utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != 0x7F && byte != 0xC2 && byte != 0xEF
        }
        if clean { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": result += " "
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
