import Config
import Testing

@testable import LoopTools
@testable import Shared

/// `loop doctor`'s rules: each one fails (or warns) on the setting Twilio would reject or degrade,
/// and passes on a deployment ready for an Indian line.
@Suite("loop doctor")
struct DoctorTests {
    static let ready: [String: String] = [
        "TWILIO_ACCOUNT_SID": "AC" + String(repeating: "0a", count: 16), "TWILIO_AUTH_TOKEN": String(repeating: "ab", count: 16),
        "TWILIO_PHONE_NUMBER": "+15551234567", "PUBLIC_URL": "https://loop.example.com", "HUMAN_AGENT_NUMBER": "+919876500000",
        "HUMAN_AGENT_CALLER_ID": "+15550009999",
    ]

    func findings(_ changes: [String: String?]) async throws -> [Doctor.Finding] {
        var environment = Self.ready
        for (name, value) in changes { environment[name] = value }
        return Doctor.check(try await Settings.load(environment: environment, environmentFile: nil))
    }

    func failed(_ check: String, _ findings: [Doctor.Finding]) -> Bool {
        findings.contains { $0.level == .failure && $0.check == check }
    }

    @Test("A deployment ready for an Indian line fails no check")
    func readyDeployment() async throws {
        let findings = try await findings([:])
        #expect(findings.allSatisfy { $0.level != .failure }, "\(findings.map(\.line))")
    }

    @Test(
        "Token and account SID must have Twilio's shape",
        arguments: [
            ("TWILIO_AUTH_TOKEN", nil), ("TWILIO_AUTH_TOKEN", "your_32_character_auth_token_here"), ("TWILIO_AUTH_TOKEN", "short"),
            ("TWILIO_ACCOUNT_SID", "AC123"), ("TWILIO_ACCOUNT_SID", nil),
        ] as [(String, String?)])
    func tokenShape(name: String, value: String?) async throws {
        #expect(failed(name, try await findings([name: value])))
    }

    @Test("PUBLIC_URL must be set and https; relay mode needs it for wss://")
    func httpsAndWss() async throws {
        #expect(failed("PUBLIC_URL", try await findings(["PUBLIC_URL": nil])))
        #expect(failed("PUBLIC_URL", try await findings(["PUBLIC_URL": "http://loop.example.com"])))
        let relay = try await findings(["PUBLIC_URL": "http://loop.example.com", "VOICE_MODE": "relay"])
        #expect(failed("relay socket", relay))
        let good = try await findings(["VOICE_MODE": "relay"])
        #expect(good.contains { $0.check == "relay socket" && $0.level == .ok && $0.detail.hasPrefix("wss://loop.example.com") })
    }

    @Test("An Indian agent without a non-Indian caller ID fails")
    func agentCallerID() async throws {
        #expect(failed("hand-off", try await findings(["HUMAN_AGENT_CALLER_ID": nil])))
        #expect(failed("hand-off", try await findings(["HUMAN_AGENT_CALLER_ID": "+919876511111"])))
        #expect(!failed("hand-off", try await findings(["HUMAN_AGENT_NUMBER": "+15550001111", "HUMAN_AGENT_CALLER_ID": nil])))
    }

    @Test("Voices and recognisers are checked per language against the table: a voice that does not speak the language fails, an unknown one warns")
    func voicesPerLanguage() async throws {
        #expect(failed("Hindi voice", try await findings(["TWILIO_VOICE_HI": "Google.en-US-Standard-C"])))
        let unknown = try await findings(["TWILIO_VOICE": "Polly.Joanna", "TWILIO_SPEECH_MODEL": "phone_call"])
        #expect(unknown.contains { $0.check == "English voice" && $0.level == .warning })
        #expect(unknown.contains { $0.check == "English recogniser" && $0.level == .warning })
        #expect(failed("Hindi relay voice", try await findings(["VOICE_MODE": "relay", "RELAY_VOICE_HI": "en-IN-Neural2-A"])))
        let quiet = try await findings(["VOICE_MODE": "relay", "RELAY_REPORT_INPUT_DURING_AGENT_SPEECH": "none"])
        #expect(quiet.contains { $0.check == "RELAY_REPORT_INPUT_DURING_AGENT_SPEECH" && $0.level == .warning })
    }

    @Test("SMS: a malformed sender fails, texting India warns with Twilio's rules, no sender warns")
    func smsRules() async throws {
        #expect(failed("TWILIO_MESSAGING_SERVICE_SID", try await findings(["TWILIO_MESSAGING_SERVICE_SID": "MG12"])))
        #expect(failed("TWILIO_PHONE_NUMBER", try await findings(["TWILIO_PHONE_NUMBER": "5551234567"])))
        let india = try await findings([:])
        #expect(india.contains { $0.check == "SMS to India" && $0.level == .warning && $0.detail.contains("short code") })
        #expect(try await findings(["TWILIO_PHONE_NUMBER": nil]).contains { $0.check == "SMS sender" && $0.level == .warning })
    }

    @Test("Recording without REST credentials fails: \"don't record\" could not stop it")
    func recording() async throws {
        #expect(failed("RECORD_CALLS", try await findings(["RECORD_CALLS": "true", "TWILIO_AUTH_TOKEN": nil])))
        #expect(!failed("RECORD_CALLS", try await findings(["RECORD_CALLS": "true"])))
    }

    @Test("Unreachable Redis fails")
    func unreachableRedis() async throws {
        let settings = try await Settings.load(environment: ["REDIS_URL": "redis://127.0.0.1:1/0"], environmentFile: nil)
        #expect(await Doctor.redis(settings).contains { $0.check == "Redis" && $0.level == .failure })
    }

    @Test("The checklist has a real call per language and voice mode")
    func checklist() {
        for mode in VoiceMode.allCases {
            #expect(Doctor.realCalls.contains { $0.hasPrefix("[ ] English call, VOICE_MODE=\(mode.rawValue)") })
            #expect(Doctor.realCalls.contains { $0.hasPrefix("[ ] Hindi call, VOICE_MODE=\(mode.rawValue)") })
        }
    }
}
