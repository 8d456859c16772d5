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

    public init(
        call: String, caller: String?, at: Int64, recordingSid: String?, recordingURL: String?, duration: Int?, context: String?,
        transcription: String? = nil
    ) {
        self.call = call
        self.caller = caller
        self.at = at
        self.recordingSid = recordingSid
        self.recordingURL = recordingURL
        self.duration = duration
        self.context = context
        self.transcription = transcription
    }

    /// The voicemail a call's `voicemail` event describes.
    public init(call: String, caller: String?, event: CallEvent) {
        self.init(
            call: call, caller: caller, at: event.at, recordingSid: event.sid, recordingURL: event.url, duration: event.duration, context: event.note)
    }
}
