import Shared

extension Setting {
    public static let whatsAppFrom = Setting(
        "WHATSAPP_FROM", "The registered WhatsApp sender WhatsApp messages come from, as whatsapp:+E.164; unset (and no WhatsApp Messaging Service): no WhatsApp.")
    public static let whatsAppMessagingServiceSID = Setting(
        "WHATSAPP_MESSAGING_SERVICE_SID", "Messaging Service (MG…) holding the WhatsApp sender, used when WHATSAPP_FROM is unset.")
    /// `WHATSAPP_TEMPLATE_EN`, `…_HI`, `…_MR`, `…_KN`: one approved template per language.
    public static func whatsAppTemplate(_ language: Language) -> Setting {
        Setting(
            "WHATSAPP_TEMPLATE_" + language.rawValue.uppercased(),
            "Content SID (HX…) of the approved \(language.englishName) template that carries the hospitals a caller asked for on WhatsApp; unset: \(language.englishName) calls are not offered WhatsApp.")
    }
    public static let whatsAppDailyLimit = Setting(
        "WHATSAPP_DAILY_LIMIT", default: "5", "Most WhatsApp messages Loop AI sends to one number per UTC day, replies included; 0 turns WhatsApp off.")

    /// The WhatsApp settings, in the order the documentation lists them.
    static let whatsApp: [Setting] = [.whatsAppFrom, .whatsAppMessagingServiceSID] + Language.allCases.map(whatsAppTemplate) + [.whatsAppDailyLimit]
}
