import HospitalSearch
import Shared

/// The policy's decision on one turn: what to tell the caller, what to ask, how the call goes
/// on, and the state to remember.
struct DialogDecision: Sendable, Equatable {
    var acts: [DialogAct]
    var prompt: Prompt
    var action: CallAction
    var state: DialogState
    /// What the turn came to, for logs and metrics.
    var outcome: DialogOutcome
    /// How fast to speak: a caller who asked for it hears the answer slowly.
    var pace: Pace = .normal
    /// The language the answer is in (the call's, after this turn).
    var language: Language = .english
    /// Work for Twilio's REST API the decision asks for, queued with the turn's commit.
    var outbound: OutboundRequest?
    /// Facts the grounding stage held back because the list does not support them.
    var heldBack = 0
    /// The caller said yes to being messaged on WhatsApp on this turn: recorded with the call.
    var whatsAppConsentGiven = false

    /// What the decision asks Twilio to do besides answering.
    enum OutboundRequest: Sendable, Equatable {
        /// An SMS to the caller with these hospitals' names and addresses.
        case text([SpokenHospital])
        /// The same hospitals on WhatsApp, as the call's language's approved template.
        case whatsApp([SpokenHospital])
        case startRecording
        case stopRecording
    }

    enum Pace: Sendable, Equatable {
        case normal, slow
    }
}

extension DialogDecision {
    /// The greeting, or another language heard: the languages the call is not in are offered.
    var offersLanguages: Bool {
        acts.contains { act in
            switch act {
            case .greeting, .offer: return true
            default: return false
            }
        }
    }
}
