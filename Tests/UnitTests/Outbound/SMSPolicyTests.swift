import Config
import Testing

@testable import Brain
@testable import Shared

/// Which numbers are texted, and how many segments a text takes (SMS pumping).
@Suite("SMS policy")
struct SMSPolicyTests {
    static let india = SMSPolicy(callingCodes: ["91"], perNumberDaily: 5, perRangeDaily: 20, globalHourly: 300, globalDaily: 3000)

    @Test("An Indian mobile number is texted by default", arguments: ["+919876543210", "+918012345678"])
    func allowed(_ number: String) {
        #expect(Self.india.allows(number))
    }

    @Test(
        "Malformed, foreign, premium and satellite numbers are not",
        arguments: ["9876543210", "+91 98765 43210", "+91abc", "+0919876543210", "+9198765432101234", "+12025550123", "+19005550123",
            "+447900123456", "+449012345678", "+881612345678", "+882123456789", ""])
    func refused(_ number: String) {
        #expect(!Self.india.allows(number))
    }

    @Test("SMS_ALLOWED_COUNTRIES: known ISO codes become calling codes; premium ranges stay blocked; an unknown code is refused")
    func countries() throws {
        var policy = Self.india
        policy.callingCodes = try SMSPolicy.callingCodes(for: "IN, us,GB")
        #expect(policy.callingCodes == ["91", "1", "44"])
        #expect(policy.allows("+12025550123") && !policy.allows("+19005550123") && !policy.allows("+449012345678"))
        #expect(throws: ConfigurationError.self) { try SMSPolicy.callingCodes(for: "IN,XX") }
    }

    @Test("Segments: 160 GSM characters in one, 153 per part beyond; 70 UTF-16 units for Hindi, 67 per part beyond")
    func segments() {
        #expect(SMSSegments.count(String(repeating: "a", count: 160)) == 1)
        #expect(SMSSegments.count(String(repeating: "a", count: 161)) == 2)
        #expect(SMSSegments.count(String(repeating: "a", count: 306)) == 2)
        #expect(SMSSegments.count(String(repeating: "{", count: 80)) == 1 && SMSSegments.count(String(repeating: "{", count: 81)) == 2)
        #expect(SMSSegments.count(String(repeating: "क", count: 70)) == 1)
        #expect(SMSSegments.count(String(repeating: "क", count: 71)) == 2)
        #expect(SMSSegments.count("Loop AI — hospitals") == 1, "an em dash is not GSM: UCS-2")
    }
}
