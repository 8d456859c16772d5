import Shared
import Twilio

/// What a brain needs to message members on WhatsApp: the approved template per language and the
/// caps, which hold as they do for SMS but count messages, not segments.
struct WhatsAppSettings: Sendable, Equatable {
    /// `WHATSAPP_TEMPLATE_<LANG>`: the Content SID (`HX…`) of each language's approved template.
    var templates: [Language: String]
    /// `SMS_ALLOWED_COUNTRIES`, premium ranges, `WHATSAPP_DAILY_LIMIT` per number, and the SMS
    /// range and service-wide caps, on WhatsApp's own counters.
    var policy: SMSPolicy

    /// True when a template in `language` can go to `number`.
    func canSend(to number: String, in language: Language) -> Bool {
        policy.perNumberDaily > 0 && templates[language] != nil && policy.allows(number)
    }
}
