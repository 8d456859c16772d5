extension Setting {
    public static let whatsAppFrom = Setting(
        "WHATSAPP_FROM", "The registered WhatsApp sender WhatsApp messages come from, as whatsapp:+E.164; unset (and no WhatsApp Messaging Service): no WhatsApp.")
    public static let whatsAppMessagingServiceSID = Setting(
        "WHATSAPP_MESSAGING_SERVICE_SID", "Messaging Service (MG…) holding the WhatsApp sender, used when WHATSAPP_FROM is unset.")
    public static let whatsAppTemplateEnglish = Setting(
        "WHATSAPP_TEMPLATE_EN", "Content SID (HX…) of the approved English template that carries the hospitals a caller asked for on WhatsApp.")
    public static let whatsAppTemplateHindi = Setting(
        "WHATSAPP_TEMPLATE_HI", "Content SID (HX…) of the approved Hindi template; unset: Hindi calls are not offered WhatsApp.")
    public static let whatsAppDailyLimit = Setting(
        "WHATSAPP_DAILY_LIMIT", default: "5", "Most WhatsApp messages Loop AI sends to one number per UTC day, replies included; 0 turns WhatsApp off.")

    /// The WhatsApp settings, in the order the documentation lists them.
    static let whatsApp: [Setting] = [.whatsAppFrom, .whatsAppMessagingServiceSID, .whatsAppTemplateEnglish, .whatsAppTemplateHindi, .whatsAppDailyLimit]
}
