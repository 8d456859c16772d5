import Config
import Foundation
import TestSupport
import Testing
import Twilio

@testable import Brain
@testable import Gateway
@testable import Redis
@testable import Runtime
@testable import Shared

@Suite("Masking and settings")
struct MaskingAndSettingsTests {
    @Test(
        "Phone numbers keep only the country code and last four digits",
        arguments: [
            ("+919876545678", "+91******5678"), ("+15551234567", "+15*****4567"), ("12345", "*****"), ("", ""),
        ])
    func masksPhoneNumbers(number: String, masked: String) {
        #expect(Masking.phoneNumber(number) == masked)
    }

    @Test("The Account SID is shown as its first eight characters, as the status page always did")
    func masksAccountSid() {
        #expect(Masking.accountSid("AC1234567890abcdef1234567890abcdef") == "AC123456...")
    }

    @Test("Calls listen in Indian English with Google's telephony model by default; 'none' lets Twilio pick")
    func recognitionDefaults() async throws {
        let defaults = try await Settings.load(environment: [:], environmentFile: nil)
        #expect(defaults.voice() == VoiceSettings(voice: "Polly.Raveena", language: "en-IN", speechModel: "googlev2_telephony", speechTimeout: 2))
        #expect(defaults.voice(for: .hindi).speechModel == "googlev2_telephony" && defaults.voice(for: .hindi).language == "hi-IN")
        let none = try await Settings.load(environment: ["TWILIO_SPEECH_MODEL": "none", "TWILIO_SPEECH_TIMEOUT": "40"], environmentFile: nil)
        #expect(none.voice().speechModel == nil)
        #expect(none.voice().speechTimeout == 10, "clamped to Twilio's sensible range")
    }

    @Test("The agent's caller ID must be a phone number, and is what the hand-off dials with")
    func agentCallerID() async throws {
        let good = try await Settings.load(environment: ["HUMAN_AGENT_CALLER_ID": "+15551230000"], environmentFile: nil)
        #expect(try BrainConfiguration(settings: good).humanAgentCallerID == "+15551230000")
        let bad = try await Settings.load(environment: ["HUMAN_AGENT_CALLER_ID": "5551230000"], environmentFile: nil)
        #expect(throws: ConfigurationError.self) { try BrainConfiguration(settings: bad) }
    }

    @Test(
        "An Indian agent needs a non-Indian caller ID, or neither the gateway nor a brain starts",
        arguments: [
            (["HUMAN_AGENT_NUMBER": "+919876500000"], false),
            (["HUMAN_AGENT_NUMBER": "+919876500000", "HUMAN_AGENT_CALLER_ID": "+919876511111"], false),
            (["HUMAN_AGENT_NUMBER": "+919876500000", "HUMAN_AGENT_CALLER_ID": "+15551230000"], true),
            (["HUMAN_AGENT_NUMBER": "+15550001111"], true),
            ([:], true),
        ])
    func indianAgentNeedsInternationalCallerID(environment: [String: String], starts: Bool) async throws {
        let settings = try await Settings.load(environment: environment, environmentFile: nil)
        #expect(((try? BrainConfiguration(settings: settings)) != nil) == starts)
        #expect(((try? GatewayConfiguration(settings: settings)) != nil) == starts)
    }

    @Test(
        "Relay mode refuses a PUBLIC_URL that is not https (Twilio opens only wss:// sockets), loopback excepted",
        arguments: [
            ("http://loop.example.com", "relay", false), ("https://loop.example.com", "relay", true), ("http://127.0.0.1:8000", "relay", true),
            ("http://localhost:8000", "relay", true), ("http://loop.example.com", "gather", true),
        ])
    func relayNeedsHTTPS(publicURL: String, mode: String, starts: Bool) async throws {
        let settings = try await Settings.load(environment: ["PUBLIC_URL": publicURL, "VOICE_MODE": mode], environmentFile: nil)
        #expect(((try? GatewayConfiguration(settings: settings)) != nil) == starts)
    }

    @Test("Command line beats the environment, which beats .env, which beats the defaults")
    func precedence() async throws {
        let directory = try PackagePaths.temporaryDirectory("settings")
        let file = directory.appendingPathComponent(".env").path
        try "PORT=7000\nTWILIO_VOICE=Polly.Aditi\nREDIS_URL=redis://from-file:6379/1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let settings = try await Settings.load(
            overrides: [.redisURL: "redis://cli:6379/2"],
            environment: ["PORT": "9000"], environmentFile: file)
        #expect(try settings.int(.port, in: 1...65535) == 9000)
        #expect(settings.string(.twilioVoice) == "Polly.Aditi")
        #expect(try settings.redisEndpoint() == RedisEndpoint(address: .tcp(host: "cli", port: 6379), database: 2))
        #expect(settings.string(.twilioLanguage) == "en-IN")
        #expect(settings.string(.twilioAuthToken) == nil)
    }

    @Test("A bad number names the setting and the value")
    func badNumberIsExplained() async throws {
        let settings = try await Settings.load(environment: ["PORT": "eighty"], environmentFile: nil)
        #expect {
            _ = try settings.int(.port, in: 1...65535)
        } throws: { error in
            "\(error)".contains("PORT") && "\(error)".contains("eighty")
        }
    }

    @Test("Every setting is documented in the README and in .env.example")
    func everySettingIsDocumented() throws {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(contentsOf: PackagePaths.root.appendingPathComponent(".env.example"), encoding: .utf8)
        for setting in Setting.all + Setting.console {
            #expect(readme.contains("`\(setting.name)`"), "README.md does not document \(setting.name)")
            #expect(example.contains("\(setting.name)="), ".env.example does not mention \(setting.name)")
        }
    }
}

@Suite("JSON logs")
struct JSONLogTests {
    @Test("Quotes, backslashes and control characters are escaped so every line is valid JSON")
    func escaping() throws {
        let quoted = JSONLogHandler.quoted("say \"hi\"\\ \n\t\u{1}")
        let decoded = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == "say \"hi\"\\ \n\t\u{1}")
    }
}
