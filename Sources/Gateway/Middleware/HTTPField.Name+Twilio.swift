import HTTPTypes

/// The headers Twilio and proxies in front of the gateway send.
extension HTTPField.Name {
    static let twilioSignature = Self("X-Twilio-Signature")!
    static let twilioIdempotencyToken = Self("I-Twilio-Idempotency-Token")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let xForwardedHost = Self("X-Forwarded-Host")!
}
