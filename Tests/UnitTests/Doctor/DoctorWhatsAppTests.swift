import Testing

@testable import Config
@testable import LoopTools

/// `loop doctor`'s WhatsApp checks: the sender's address, the templates' shape, and what a
/// missing template or public URL costs.
@Suite("loop doctor: WhatsApp")
struct DoctorWhatsAppTests {
    let doctor = DoctorTests()

    @Test("A WhatsApp sender and both templates in Twilio's shapes pass; a language without a template warns")
    func ready() async throws {
        let template = "HX" + String(repeating: "ab", count: 16)
        let findings = try await doctor.findings(["WHATSAPP_FROM": "whatsapp:+15557654321", "WHATSAPP_TEMPLATE_EN": template, "WHATSAPP_TEMPLATE_HI": template])
        #expect(findings.allSatisfy { $0.level != .failure }, "\(findings.map(\.line))")
        let noHindi = try await doctor.findings(["WHATSAPP_FROM": "whatsapp:+15557654321", "WHATSAPP_TEMPLATE_EN": template])
        #expect(noHindi.contains { $0.level == .warning && $0.check == "WHATSAPP_TEMPLATE_HI" })
    }

    @Test("A sender without whatsapp:, or a template that is not HX and 32 hex digits, fails", arguments: [
        ("WHATSAPP_FROM", "+15557654321"), ("WHATSAPP_TEMPLATE_EN", "HX123"),
    ])
    func shapes(name: String, value: String) async throws {
        var changes: [String: String?] = ["WHATSAPP_FROM": "whatsapp:+15557654321"]
        changes[name] = value
        #expect(doctor.failed(name, try await doctor.findings(changes)))
    }
}
