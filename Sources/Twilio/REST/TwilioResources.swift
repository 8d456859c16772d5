/// A message resource as Twilio returns it (`…/Messages.json`), with the fields Loop AI reads.
public struct TwilioMessage: Sendable, Decodable, Equatable {
    public var sid: String
    public var status: String
    public var to: String?
    /// Segments Twilio will bill, as a string in Twilio's JSON.
    public var numSegments: String?
    /// Present in Twilio's answers; read when looking for a message already sent.
    public var from: String?
    public var body: String?
    /// RFC 2822, as Twilio writes it: `Mon, 07 Dec 2026 12:30:00 +0000`.
    public var dateCreated: String?

    enum CodingKeys: String, CodingKey {
        case sid, status, to, from, body
        case numSegments = "num_segments"
        case dateCreated = "date_created"
    }
}

/// One page of Twilio's message list (`GET …/Messages.json`), newest first.
struct TwilioMessagePage: Sendable, Decodable {
    var messages: [TwilioMessage]
}

/// A call recording resource as Twilio returns it (`…/Calls/{CallSid}/Recordings.json`).
public struct TwilioRecording: Sendable, Decodable, Equatable {
    public var sid: String
    public var status: String
    public var callSid: String?

    enum CodingKeys: String, CodingKey {
        case sid, status
        case callSid = "call_sid"
    }
}

/// Twilio's error body: `{"code": 21211, "message": "…", "more_info": "…", "status": 400}`.
struct TwilioErrorBody: Decodable {
    var code: Int?
    var message: String?
    var moreInfo: String?

    enum CodingKeys: String, CodingKey {
        case code, message
        case moreInfo = "more_info"
    }
}
