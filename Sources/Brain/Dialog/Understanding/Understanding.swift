import HospitalSearch
import Shared

/// What the dialog understood from one thing the caller said.
struct Understanding: Sendable, Equatable {
    enum Intent: String, Sendable, Equatable, CaseIterable {
        /// Name some hospitals (in a place).
        case list
        /// How many hospitals (in a place).
        case count
        /// How big the whole network is: hospitals and cities.
        case networkSize
        /// Is this hospital in the network.
        case confirm
        /// Continue the last list.
        case more
        /// The same question as before, for another place ("what about Mumbai?").
        case switchPlace
        /// Details of a hospital named before ("the address of the second one").
        case details
        case yes
        case no
        case goodbye
        case thanks
        case help
        case emergency
        /// "Say that again": the last answer once more.
        case repeatLast
        /// "Slower, please": the last answer again, slowly.
        case slower
        /// "Who are you?"
        case identity
        /// "Hello? Can you hear me?"
        case lineCheck
        /// "Text me that": the hospitals just given, by SMS.
        case textMe
        /// "Send it on WhatsApp": the same hospitals, as an approved WhatsApp template.
        case whatsAppMe
        /// "Don't record this call."
        case stopRecording
        /// "Let me talk to a person": transferred at once.
        case humanAgent
        /// About network hospitals, but asking for what the list does not hold (see ``MissingInfo``).
        case missingInfo
        /// Not about finding network hospitals.
        case outOfScope
        /// Only a place ("Kolkata", "the one in Whitefield"): answers a question Loop AI asked.
        case placeOnly
        /// Nothing was said.
        case silence
        /// A language named ("हिंदी", "English") or its key pressed: hold the call in that language.
        case chooseLanguage
        /// Words in a script the call's language does not read (``Understanding/language`` says
        /// which, when Loop AI speaks it).
        case otherLanguage
        /// Speech Loop AI could not make sense of.
        case unclear
    }

    var intent: Intent
    /// The city, region or area named, if any, as the directory knows it.
    var place: Place?
    /// Words that name a hospital.
    var name: [String] = []
    /// True when the caller called those words a hospital's ("Sunrise Clinic", "is Saifee
    /// covered"), rather than the list alone linking them to one.
    var nameFramed = false
    /// Words of that name that are the caller's own words, which no listed name has ("Sunrise" of
    /// an unlisted "Sunrise Clinic"): searched for, never said back as a name.
    var unspoken: [String] = []
    /// The name as it may be said back: without those words.
    var spokenName: [String] { name.filter { !unspoken.contains($0) } }
    /// "Tell me five hospitals" → 5.
    var count: Int?
    /// "The second one" → 2; -1 for "the last one"; 0 for "it"/"that one".
    var ordinal: Int?
    /// For ``Intent/missingInfo``: what was asked for.
    var missing: MissingInfo?
    /// True when the place or the hospital words were matched only by sound or spelling
    /// ("Banglore", "Manipaal"): worth confirming when the recogniser was unsure too.
    var guessed = false
    /// For ``Intent/chooseLanguage``: the language chosen; for ``Intent/otherLanguage``: the
    /// language the caller seems to speak, when Loop AI can hold the call in it.
    var language: Language?
    /// For ``Intent/textMe``: to a number other than the caller's ("send it to 98…", "text my wife").
    var textElsewhere = false
    /// The caller pointed back at the last answer: "which are they", "name them", "उनके नाम".
    var refersBack = false
    /// For ``Intent/confirm``: the caller asked where it is ("where is Jehangir hospital in Pune").
    var wantsAddress = false
    /// True when it was heard in another script: the hospital words are ICU's Latin for the name said.
    var heardIn = Script.latin
    /// The language the words were said in when it is not the call's (Devanagari in an
    /// English call): the call goes on in it, and what was asked is answered in it.
    var speaks: Language?
    /// A second question asked in the same breath ("one in Pune and one in Kolkata", "is Jaslok
    /// covered, and how many in Andheri"), answered after this one.
    var also: [Understanding] = []
}
