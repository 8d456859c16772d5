/// A message a caller left for the agents after a hand-off nobody took, as `/admin/voicemails` lists it.
public struct Voicemail: Codable, Sendable, Equatable {
    public var call: String
    /// The caller's number, masked.
    public var caller: String?
    /// Milliseconds since the epoch.
    public var at: Int64
    public var recordingSid: String?
    public var recordingURL: String?
    /// Seconds.
    public var duration: Int?
    /// What the caller had been asking about, in Loop AI's words.
    public var context: String?
    /// Twilio's transcription, once its callback has come.
    public var transcription: String?
    /// The language the call was held in (`en`, `hi`); nil for messages stored before it was kept.
    public var language: String?
    /// True when a callback number is kept for an authorised operator to reveal.
    public var hasCallbackNumber: Bool?
    /// Who is calling the caller back, and how far they got.
    public var work: VoicemailWork?
    /// Why there is no transcription to wait for, when there is none: Twilio transcribes English
    /// only, and messages of at most ``transcriptionLimit`` seconds. The recording is always kept.
    public var untranscribed: String? {
        if let language, language != "en" { return "Not transcribed: Twilio transcribes English only. Listen to the recording." }
        if let duration, duration > Self.transcriptionLimit { return "Not transcribed: longer than Twilio transcribes (2 minutes). Listen to the recording." }
        return nil
    }

    /// The longest message Twilio transcribes, in seconds.
    public static let transcriptionLimit = 120

    enum CodingKeys: String, CodingKey {
        case call, caller, at, recordingSid, recordingURL, duration, context, transcription, language, untranscribed, hasCallbackNumber, work
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(call, forKey: .call)
        try container.encodeIfPresent(caller, forKey: .caller)
        try container.encode(at, forKey: .at)
        try container.encodeIfPresent(recordingSid, forKey: .recordingSid)
        try container.encodeIfPresent(recordingURL, forKey: .recordingURL)
        try container.encodeIfPresent(duration, forKey: .duration)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encodeIfPresent(transcription, forKey: .transcription)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(untranscribed, forKey: .untranscribed)
        try container.encodeIfPresent(hasCallbackNumber, forKey: .hasCallbackNumber)
        try container.encodeIfPresent(work, forKey: .work)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        call = try container.decode(String.self, forKey: .call)
        caller = try container.decodeIfPresent(String.self, forKey: .caller)
        at = try container.decode(Int64.self, forKey: .at)
        recordingSid = try container.decodeIfPresent(String.self, forKey: .recordingSid)
        recordingURL = try container.decodeIfPresent(String.self, forKey: .recordingURL)
        duration = try container.decodeIfPresent(Int.self, forKey: .duration)
        context = try container.decodeIfPresent(String.self, forKey: .context)
        transcription = try container.decodeIfPresent(String.self, forKey: .transcription)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        hasCallbackNumber = try container.decodeIfPresent(Bool.self, forKey: .hasCallbackNumber)
        work = try container.decodeIfPresent(VoicemailWork.self, forKey: .work)
    }

    public init(
        call: String, caller: String?, at: Int64, recordingSid: String?, recordingURL: String?, duration: Int?, context: String?,
        transcription: String? = nil, language: String? = nil
    ) {
        self.call = call
        self.caller = caller
        self.at = at
        self.recordingSid = recordingSid
        self.recordingURL = recordingURL
        self.duration = duration
        self.context = context
        self.transcription = transcription
        self.language = language
    }

    /// The voicemail a call's `voicemail` event describes.
    public init(call: String, caller: String?, event: CallEvent, language: String? = nil, hasCallbackNumber: Bool = false) {
        self.init(
            call: call, caller: caller, at: event.at, recordingSid: event.sid, recordingURL: event.url, duration: event.duration, context: event.note,
            language: language)
        self.hasCallbackNumber = hasCallbackNumber
    }
}
