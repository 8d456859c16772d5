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
        let wire = Wire(self)
        var writer = CompactWriter(version: Self.compactVersion, capacity: 128 + wire.speech.utf8.count)
        writer.write(wire.code)
        writer.write(int: Int(receivedAt))
        var present: UInt8 = 0
        if wire.confidence != nil { present |= Present.confidence }
        if wire.digits != nil { present |= Present.digits }
        if wire.caller != nil { present |= Present.caller }
        if wire.replyNumber != nil { present |= Present.replyNumber }
        if !wire.extras.isEmpty { present |= Present.extras }
        writer.write(present)
        writer.write(id.value)
        writer.write(wire.session.value)
        writer.write(wire.speech)
        writer.write(replyTo)
        if let confidence = wire.confidence { writer.write(confidence) }
        if let digits = wire.digits { writer.write(digits) }
        if let caller = wire.caller { writer.write(caller) }
        if let replyNumber = wire.replyNumber { writer.write(replyNumber) }
        if !wire.extras.isEmpty {
            writer.write(int: wire.extras.count)
            for (name, value) in wire.extras.sorted(by: { $0.key < $1.key }) {
                writer.write(name)
                writer.write(value)
            }
        }
        return writer.bytes
    }

    init(compact bytes: [UInt8]) throws(CompactReader.Malformed) {
        var reader = try CompactReader(bytes)
        guard reader.version == Self.compactVersion else { throw CompactReader.Malformed(reason: "turn format version \(reader.version)") }
        var wire = Wire()
        wire.code = try reader.readByte()
        let receivedAt = Int64(try reader.readInt())
        let present = try reader.readByte()
        guard let id = TurnID(try reader.readString()) else { throw CompactReader.Malformed(reason: "bad turn id") }
        guard let session = CallSid(try reader.readString()) else { throw CompactReader.Malformed(reason: "bad CallSid") }
        wire.session = session
        wire.speech = try reader.readString()
        let replyTo = try reader.readString()
        wire.confidence = present & Present.confidence != 0 ? try reader.readDouble() : nil
        wire.digits = present & Present.digits != 0 ? try reader.readString() : nil
        wire.caller = present & Present.caller != 0 ? try reader.readString() : nil
        wire.replyNumber = present & Present.replyNumber != 0 ? try reader.readString() : nil
        if present & Present.extras != 0 {
            let count = try reader.readInt()
            guard (0...64).contains(count) else { throw CompactReader.Malformed(reason: "\(count) extra fields") }
            for _ in 0..<count { wire.extras[try reader.readString()] = try reader.readString() }
        }
        guard let turn = wire.turn(id: id, receivedAt: receivedAt, replyTo: replyTo) else {
            throw CompactReader.Malformed(reason: "unknown turn kind \(wire.code)")
        }
        self = turn
    }
}

/// A turn's fields as the queue has always carried them: a kind code, the session's Call SID,
/// the words, optional caller fields, and a kind's other fields by their webhook names. Kept
/// byte for byte, so turns queued by an older gateway are read by a newer brain.
struct Wire {
    var code: UInt8 = 0
    var session = CallSid(digits: TurnID.zero)
    var speech = ""
    var confidence: Double?
    var digits: String?
    var caller: String?
    var replyNumber: String?
    var extras: [String: String] = [:]

    init() {}

    /// Kind codes are only ever appended.
    init(_ turn: Turn) {
        session = turn.conversation.recordSid
        switch turn.payload {
        case .callStarted(let who, let relay):
            code = 0
            extras["relay"] = relay
            set(who)
        case .speech(let utterance, let who):
            code = 1
            (speech, confidence, digits) = (utterance.speech, utterance.confidence, utterance.digits)
            set(who)
        case .fallback(let who):
            code = 2
            set(who)
        case .sms(let text, let who):
            code = 3
            speech = text
            set(who)
        case .dialEnded(let result, let who):
            code = 4
            extras["DialCallStatus"] = result.status
            extras["DialCallDuration"] = result.duration.map(String.init)
            if result.agentAccepted { extras["AgentAccepted"] = "1" }
            set(who)
        case .voicemail(let recording, let who):
            code = 5
            extras["RecordingSid"] = recording.sid
            extras["RecordingUrl"] = recording.url
            extras["RecordingDuration"] = recording.duration.map(String.init)
            set(who)
        case .web(let text, let language):
            code = 6
            speech = text
            extras["lang"] = language?.rawValue
            if case .webSession(let session) = turn.conversation { extras["session"] = session.value }
        case .relayPrompt(let utterance, let interruption, let who):
            code = 8
            (speech, digits) = (utterance.speech, utterance.digits)
            extras["heard"] = interruption?.heard
            extras["heardMs"] = interruption?.milliseconds.map(String.init)
            set(who)
        case .relayEnded(let ending, let who):
            code = 9
            extras["SessionStatus"] = ending.status
            extras["HandoffData"] = ending.handoff
            extras["ErrorCode"] = ending.errorCode
            extras["relay"] = ending.relay
            set(who)
        case .whatsapp(let text, let who):
            code = 10
            speech = text
            set(who)
        case .search(let request):
            code = 7
            extras["query"] = request.query
            extras["city"] = request.city
            extras["limit"] = request.limit.map(String.init)
        }
    }

    private mutating func set(_ who: Turn.Caller) {
        caller = who.masked
        replyNumber = who.replyNumber
    }

    /// The turn these fields describe; nil for a kind code this version does not know.
    func turn(id: TurnID, receivedAt: Int64, replyTo: String) -> Turn? {
        let who = Turn.Caller(masked: caller, replyNumber: replyNumber)
        let payload: Turn.Payload
        var conversation = ConversationID.phoneCall(session)
        switch code {
        case 0: payload = .callStarted(who, relay: extras["relay"])
        case 1: payload = .speech(Turn.Utterance(speech: speech, confidence: confidence, digits: digits), who)
        case 2: payload = .fallback(who)
        case 3:
            payload = .sms(text: speech, who)
            conversation = .textThread(session)
        case 4:
            let result = Turn.DialResult(
                status: extras["DialCallStatus"], duration: extras["DialCallDuration"].flatMap { Int($0) }, agentAccepted: extras["AgentAccepted"] == "1")
            payload = .dialEnded(result, who)
        case 5:
            let recording = Turn.Recording(sid: extras["RecordingSid"], url: extras["RecordingUrl"], duration: extras["RecordingDuration"].flatMap { Int($0) })
            payload = .voicemail(recording, who)
        case 6:
            payload = .web(text: speech, language: extras["lang"].flatMap(Language.init(rawValue:)))
            // A web turn from an older gateway carries an id of the old shape: answered under an
            // unsigned id, so the conversation's next question starts afresh.
            conversation = .webSession(
                extras["session"].flatMap(WebSessionID.init)
                    ?? WebSessionID(random: TurnID(String(session.value.dropFirst(2))) ?? .zero, signature: String(repeating: "0", count: 16)))
        case 7:
            payload = .search(Turn.SearchRequest(query: extras["query"], city: extras["city"], limit: extras["limit"].flatMap { Int($0) }))
            conversation = .search(id)
        case 8:
            let interruption = extras["heard"].map { Turn.Interruption(heard: $0, milliseconds: extras["heardMs"].flatMap { Int($0) }) }
            payload = .relayPrompt(Turn.Utterance(speech: speech, digits: digits), interrupted: interruption, who)
        case 9:
            let ending = Turn.RelayEnding(
                status: extras["SessionStatus"], handoff: extras["HandoffData"], errorCode: extras["ErrorCode"], relay: extras["relay"] ?? "")
            payload = .relayEnded(ending, who)
        case 10:
            payload = .whatsapp(text: speech, who)
            conversation = .whatsAppThread(session)
        default: return nil
        }
        return Turn(id: id, conversation: conversation, payload: payload, receivedAt: receivedAt, replyTo: replyTo)
    }
}

/// A turn as gateways wrote it before the compact encoding: JSON with the kind by name.
struct LegacyJSONTurn: Decodable {
    var id: TurnID
    var kind: String
    var callSid: CallSid
    var speech: String
    var confidence: Double?
    var digits: String?
    var caller: String?
    var replyNumber: String?
    var extras: [String: String]?
    var receivedAt: Int64
    var replyTo: String

    static let codes = ["call-started", "speech", "fallback", "sms", "dial-ended", "voicemail", "web", "search"]

    func turn() throws -> Turn {
        guard let code = Self.codes.firstIndex(of: kind) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown turn kind '\(kind)'"))
        }
        var wire = Wire()
        wire.code = UInt8(code)
        wire.session = callSid
        wire.speech = speech
        (wire.confidence, wire.digits, wire.caller, wire.replyNumber) = (confidence, digits, caller, replyNumber)
        wire.extras = extras ?? [:]
        guard let turn = wire.turn(id: id, receivedAt: receivedAt, replyTo: replyTo) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown turn kind '\(kind)'"))
        }
        return turn
    }
}
