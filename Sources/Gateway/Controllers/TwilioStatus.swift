import Hummingbird

/// The body of `GET /twilio/status`, in the shape the original integration guide documents.
struct TwilioStatus: ResponseEncodable {
    let twilioConfigured: Bool
    let phoneNumber: String?
    let accountSid: String?

    enum CodingKeys: String, CodingKey {
        case twilioConfigured = "twilio_configured"
        case phoneNumber = "phone_number"
        case accountSid = "account_sid"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(twilioConfigured, forKey: .twilioConfigured)
        try container.encode(phoneNumber, forKey: .phoneNumber)
        try container.encode(accountSid, forKey: .accountSid)
    }
}
