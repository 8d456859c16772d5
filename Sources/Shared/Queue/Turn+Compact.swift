extension Turn {
    /// The version byte of the compact encoding (JSON turns start with `{`).
    static let compactVersion: UInt8 = 2

    private enum Present {
        static let confidence: UInt8 = 1
        static let digits: UInt8 = 2
        static let caller: UInt8 = 4
        static let replyNumber: UInt8 = 8
        static let extras: UInt8 = 16
    }

    /// Version, kind, time, which optional fields follow, then the fields: smaller than the JSON,
    /// and written and read without a generic coder on every turn.
    func compact() -> [UInt8] {
        var writer = CompactWriter(version: Self.compactVersion, capacity: 128 + speech.utf8.count)
        writer.write(UInt8(Self.kinds.firstIndex(of: kind) ?? 0))
        writer.write(int: Int(receivedAt))
        var present: UInt8 = 0
        if confidence != nil { present |= Present.confidence }
        if digits != nil { present |= Present.digits }
        if caller != nil { present |= Present.caller }
        if replyNumber != nil { present |= Present.replyNumber }
        if extras != nil { present |= Present.extras }
        writer.write(present)
        writer.write(id.value)
        writer.write(callSid.value)
        writer.write(speech)
        writer.write(replyTo)
        if let confidence { writer.write(confidence) }
        if let digits { writer.write(digits) }
        if let caller { writer.write(caller) }
        if let replyNumber { writer.write(replyNumber) }
        if let extras {
            writer.write(int: extras.count)
            for (name, value) in extras.sorted(by: { $0.key < $1.key }) {
                writer.write(name)
                writer.write(value)
            }
        }
        return writer.bytes
    }

    init(compact bytes: [UInt8]) throws(CompactReader.Malformed) {
        var reader = try CompactReader(bytes)
        guard reader.version == Self.compactVersion else { throw CompactReader.Malformed(reason: "turn format version \(reader.version)") }
        let code = try reader.readByte()
        guard Int(code) < Self.kinds.count else { throw CompactReader.Malformed(reason: "unknown turn kind \(code)") }
        let receivedAt = Int64(try reader.readInt())
        let present = try reader.readByte()
        guard let id = TurnID(try reader.readString()) else { throw CompactReader.Malformed(reason: "bad turn id") }
        guard let callSid = CallSid(try reader.readString()) else { throw CompactReader.Malformed(reason: "bad CallSid") }
        let speech = try reader.readString()
        let replyTo = try reader.readString()
        let confidence = present & Present.confidence != 0 ? try reader.readDouble() : nil
        let digits = present & Present.digits != 0 ? try reader.readString() : nil
        let caller = present & Present.caller != 0 ? try reader.readString() : nil
        let replyNumber = present & Present.replyNumber != 0 ? try reader.readString() : nil
        var extras: [String: String]?
        if present & Present.extras != 0 {
            let count = try reader.readInt()
            guard (0...64).contains(count) else { throw CompactReader.Malformed(reason: "\(count) extra fields") }
            var fields: [String: String] = [:]
            for _ in 0..<count { fields[try reader.readString()] = try reader.readString() }
            extras = fields
        }
        self.init(
            id: id, kind: Self.kinds[Int(code)], callSid: callSid, speech: speech, confidence: confidence, digits: digits, caller: caller,
            replyNumber: replyNumber, extras: extras, receivedAt: receivedAt, replyTo: replyTo)
    }

    /// Kinds by their code (the index); codes are only ever appended.
    private static let kinds: [Kind] = [.callStarted, .speech, .fallback, .sms, .dialEnded, .voicemail, .web, .search]
}
