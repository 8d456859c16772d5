import Config
import Shared

extension Doctor {
    /// The WhatsApp sender, the templates per language and what a deployer must know of the
    /// channel's rules (docs/twilio.md, "WhatsApp").
    static func whatsApp(_ settings: Settings) -> [Finding] {
        let from = settings.string(.whatsAppFrom), service = settings.string(.whatsAppMessagingServiceSID)
        guard from != nil || service != nil else { return [.ok("WhatsApp", "off (no WHATSAPP_FROM or WHATSAPP_MESSAGING_SERVICE_SID)")] }
        var findings: [Finding] = []
        if (try? settings.int(.whatsAppDailyLimit, in: 0...100)) == 0 { findings.append(.warning("WhatsApp", "WHATSAPP_DAILY_LIMIT=0: nothing is sent or answered")) }
        // https://www.twilio.com/docs/whatsapp/api: senders are `whatsapp:` addresses of a registered number.
        if let from {
            let number = from.hasPrefix(MessageChannel.whatsAppPrefix) ? String(from.dropFirst(MessageChannel.whatsAppPrefix.count)) : ""
            findings.append(
                AgentDial.isE164(number)
                    ? .ok("WhatsApp sender", "\(MessageChannel.whatsAppPrefix)\(Masking.phoneNumber(number))")
                    : .failure("WHATSAPP_FROM", "'\(from)' must be whatsapp: and the registered sender's E.164 number"))
        } else if let service {
            findings.append(
                isSID(service, prefix: "MG")
                    ? .ok("WhatsApp sender", "Messaging Service \(service.prefix(8))… (it must hold the WhatsApp sender)")
                    : .failure("WHATSAPP_MESSAGING_SERVICE_SID", "must be MG and 32 hexadecimal digits"))
        }
        // https://www.twilio.com/docs/api/errors/63016: outside the 24-hour window only a template goes.
        let templates: [(String, String?)] = (try? settings.languages())?.map { (Setting.whatsAppTemplate($0).name, settings.string(.whatsAppTemplate($0))) } ?? []
        for (name, value) in templates {
            guard let value else {
                findings.append(.warning(name, "unset: calls in that language are not offered WhatsApp (a call opens no 24-hour window, so only an approved template may go)"))
                continue
            }
            findings.append(isSID(value, prefix: "HX") ? .ok(name, "\(value.prefix(8))… (approved by WhatsApp? Console → Content Template Builder)") : .failure(name, "must be HX and 32 hexadecimal digits"))
        }
        if (try? settings.twilioCredentials()) == nil { findings.append(.failure("WhatsApp", "set, but without REST credentials nothing can be sent")) }
        if settings.string(.publicURL) == nil { findings.append(.warning("WhatsApp", "no PUBLIC_URL: delivered, read and failed statuses (and the SMS fallback) never come back")) }
        return findings
    }
}
