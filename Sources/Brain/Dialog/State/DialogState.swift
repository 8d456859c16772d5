import HospitalSearch
import Shared

/// Everything the dialog remembers about one call between turns.
///
/// Stored as JSON in the call's Redis session, never in a worker's memory, so the next turn can
/// land on any brain. Places and hospitals are kept by name, not by index position, so a
/// session survives a network-list reload.
struct DialogState: Codable, Sendable, Equatable {
    var greeted = false
    var turns = 0
    /// Consecutive turns with no speech.
    var silences = 0
    /// Consecutive turns Loop AI did not understand.
    var misunderstood = 0
    /// The last question answered, for "more", "what about Mumbai?" and "how many are there?".
    var lastRequest: DialogRequest?
    /// The hospitals named in the last answer, in order, for "the second one".
    var mentioned: [SpokenHospital] = []
    /// The question Loop AI just asked, which a short reply ("Kolkata", "yes") answers.
    var pending: Pending?
    /// Set once the call is over (goodbye or hand-off); later turns only say goodbye again.
    var ended = false
    /// What Loop AI said last and the question it closed with, for "say that again".
    var said: [DialogAct]?
    var asked: Prompt?
    /// The language the call is held in; nil until chosen (the deployment's default).
    var language: Language?
    /// The socket of a call held over ConversationRelay (`VOICE_MODE=relay`); nil for `<Gather>` calls.
    var relay: String?
    /// What the caller had heard of the last answer when they spoke over it.
    var heardUntilInterrupt: String?
    /// The caller's words when they asked something outside the hospital list (a claim, a
    /// bill), for the agent's whisper and the voicemail's "about".
    var outOfScopeWords: String?
    /// The caller said "don't record": the notice is not repeated in another language.
    var recordingStopped: Bool?
    /// The caller's answer to "may I message you on WhatsApp?": asked once per call.
    var whatsAppConsent: Bool?
}
