import HospitalSearch
import Shared

/// One thing Loop AI decided to tell the caller, before it is put into words (see ``Phrasing``).
///
/// Acts carry facts from the directory and the caller's own words, never sentences. They are
/// kept in the session, so "say that again" repeats the same facts.
enum DialogAct: Codable, Sendable, Equatable {
    case greeting
    case greetedAlready
    /// Hospitals of a place, from `offset`, with how many there are in all.
    case listing(place: Place, total: Int, hospitals: [SpokenHospital], offset: Int, announceTotal: Bool)
    /// The list has been read to the end.
    case endOfList(place: Place, total: Int)
    /// A place Loop AI knows, with no network hospitals; `suggestions` are cities that have some.
    case noHospitals(place: Place, suggestions: [City])
    case count(place: Place, total: Int)
    /// One hospital answers a "is it in my network" question.
    case confirmed(SpokenHospital)
    /// Several hospitals answer the name (the caller's words) in one place; `examples` are a few of them.
    case confirmedSeveral(name: [String], place: Place, total: Int, examples: [SpokenHospital])
    /// Nothing answers the name. `sameNameHere` are other branches in the place asked about;
    /// `otherCities` are cities where the name is in the network.
    case notFound(name: [String], place: Place?, sameNameHere: [SpokenHospital], otherCities: [City])
    /// The address of a hospital named before.
    case details(SpokenHospital)
    /// "The second one" when nothing was listed.
    case nothingToReferTo
    case emergency(place: Place?, hospitals: [SpokenHospital])
    case outOfScope
    case goodbye
    /// Ended for silence.
    case goodbyeAfterSilence
    case youAreWelcome
    case help
    case reprompt(attempt: Int)
    case didNotUnderstand(attempt: Int)
    case otherLanguage
    /// Low recogniser confidence: repeat what was heard.
    case heard(String)
    /// Before the last answer, said again.
    case sayingAgain
    /// More hospitals were asked for than are named at once; this many are.
    case atMostAtOnce(Int)
    /// "How big is your network?": every hospital of the list, in how many cities, the largest first.
    case networkSize(hospitals: Int, cities: Int, largest: [City])
    /// "Who are you?"
    case identity
    /// "Can you hear me?"
    case canHearYou
    /// The caller asked for a person.
    case connectingToAgent
    /// Something about network hospitals the list does not hold.
    case missingInfo(MissingInfo)
    /// The call continues in this language.
    case languageChosen(Language)
    /// The caller seems to speak this language, in a call held in another: the switch is offered.
    case offer(Language)
    /// Something failed on the line (Twilio's fallback URL): the question is asked again.
    case lineTrouble
    case sayAgain
    case okay
    /// The hospitals just given go to the caller's phone by SMS.
    case textSent(count: Int)
    /// "Text me that" before anything was given.
    case nothingToText
    /// This line cannot send SMS (not set up, or no caller number).
    case textUnavailable
    /// The caller's number had its texts for today.
    case textLimitReached
    /// A text conversation: the answer is already a text.
    case alreadyByText
    /// The SMS promised on an earlier turn could not be sent.
    case textFailed
    /// Asked to text a number other than the one calling: only that one is ever texted.
    case textOnlyToCaller
    /// The caller's number texted STOP, so no text is sent.
    case textOptedOut
    /// Anything about WhatsApp: the offer, consent, sending, and why nothing is sent.
    case whatsApp(WhatsAppAct)
    /// The greeting's consent notice: the call is recorded.
    case recordingNotice
    /// "Don't record": the recording was stopped.
    case recordingStopped
    /// "Don't record" on a relay call: the stop is under way (through REST), not yet done.
    case recordingStopping
    /// The stop promised on an earlier turn failed: said on the next one.
    case recordingNotStopped
    /// "Don't record" on a call that is not recorded.
    case notRecording
    /// The person asked for did not take the call: a message is offered.
    case agentUnavailable
    /// After the caller's message was recorded.
    case messageRecorded
}
