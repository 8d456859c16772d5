import Config
import Foundation
import Logging
import Redis
import Shared
import Twilio

/// What `loop doctor` checks before a number is pointed at Loop AI: the settings the gateway and
/// brains read, against what Twilio (and Google, behind it) would reject or degrade. Each rule is a
/// line; the table of voices and models is docs/twilio.md's "What `loop doctor` checks".
enum Doctor {
    struct Finding: Sendable, Equatable {
        enum Level: String, Sendable { case ok = "ok", warning = "warn", failure = "FAIL" }
        var level: Level
        var check: String
        var detail: String

        static func ok(_ check: String, _ detail: String) -> Finding { Finding(level: .ok, check: check, detail: detail) }
        static func warning(_ check: String, _ detail: String) -> Finding { Finding(level: .warning, check: check, detail: detail) }
        static func failure(_ check: String, _ detail: String) -> Finding { Finding(level: .failure, check: check, detail: detail) }

        var line: String { "\(level.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(check): \(detail)" }
    }

    /// Voices and recognition known to serve each language, per docs/twilio.md's table (each row
    /// cites its page). Anything else is a warning, not a failure: Twilio adds voices.
    struct LanguageTable: Sendable {
        var code: String
        /// `<Say voice>` names (Amazon Polly through Twilio) that speak the language.
        var pollyVoices: Set<String>
        /// `<Gather speechModel>` values whose Google recogniser serves the language.
        var gatherModels: Set<String>
        /// What no Twilio or Google page documents for the language and must be heard on a real
        /// call before callers rely on it: said as a warning whenever the language is offered.
        var undocumented: String? = nil
    }

    static let table: [Language: LanguageTable] = [
        .english: LanguageTable(
            code: "en-IN", pollyVoices: ["Polly.Raveena", "Polly.Aditi", "Polly.Kajal-Neural"],
            gatherModels: ["googlev2_telephony", "googlev2_long", "googlev2_short"]),
        .hindi: LanguageTable(
            code: "hi-IN", pollyVoices: ["Polly.Aditi", "Polly.Kajal-Neural"], gatherModels: ["googlev2_telephony", "googlev2_long", "googlev2_short"]),
        // Amazon Polly has no Marathi or Kannada voice: both speak with Google's voices.
        .marathi: LanguageTable(
            code: "mr-IN", pollyVoices: [], gatherModels: ["googlev2_long", "googlev2_short"],
            undocumented: "Google lists no telephony model for mr-IN, and no Twilio page shows a Google mr-IN voice or model through ConversationRelay: hear a Marathi call in each voice mode (docs/twilio.md)"),
        .kannada: LanguageTable(
            code: "kn-IN", pollyVoices: [], gatherModels: ["googlev2_long", "googlev2_short"],
            undocumented: "Google lists no telephony model for kn-IN, and no Twilio page shows a Google kn-IN voice or model through ConversationRelay: hear a Kannada call in each voice mode (docs/twilio.md)"),
    ]

    /// Every rule that needs only the settings.
    static func check(_ settings: Settings) -> [Finding] {
        var findings: [Finding] = []
        findings += credentials(settings)
        let mode = (try? settings.voiceMode()) ?? .gather
        findings += publicURL(settings, mode: mode)
        findings += agent(settings)
        findings += voices(settings, mode: mode)
        findings.append(.ok("hints", "at most \(TwiML.maximumHints) hints of at most 100 characters each are sent (Twilio's 13330 limit), likeliest first"))
        findings += sms(settings)
        findings += whatsApp(settings)
        findings += recording(settings)
        return findings
    }

    static func credentials(_ settings: Settings) -> [Finding] {
        var findings: [Finding] = []
        if let sid = settings.string(.twilioAccountSID) {
            findings.append(
                isSID(sid, prefix: "AC") ? .ok("TWILIO_ACCOUNT_SID", "an account SID") : .failure("TWILIO_ACCOUNT_SID", "must be AC and 32 hexadecimal digits"))
        } else {
            findings.append(.failure("TWILIO_ACCOUNT_SID", "unset: Twilio cannot be configured"))
        }
        guard let token = settings.string(.twilioAuthToken) else {
            findings.append(.failure("TWILIO_AUTH_TOKEN", "unset: webhooks cannot be checked, and a gateway without it refuses them"))
            return findings
        }
        if token.lowercased().contains("your_") || token.lowercased().contains("auth_token_here") {
            findings.append(.failure("TWILIO_AUTH_TOKEN", "still the .env.example placeholder"))
        } else if token.utf8.count != 32 || !token.allSatisfy(\.isHexDigit) {
            findings.append(.failure("TWILIO_AUTH_TOKEN", "must be Twilio's 32 hexadecimal characters (this one has \(token.utf8.count))"))
        } else {
            findings.append(.ok("TWILIO_AUTH_TOKEN", "32 hexadecimal characters"))
        }
        return findings
    }

    static func publicURL(_ settings: Settings, mode: VoiceMode) -> [Finding] {
        guard let url = settings.string(.publicURL) else {
            return [.failure("PUBLIC_URL", "unset: signatures are checked against the address Twilio calls, which the gateway must know")]
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty else {
            return [.failure("PUBLIC_URL", "'\(url)' is not an absolute URL")]
        }
        var findings: [Finding] = []
        if scheme == "https" {
            findings.append(.ok("PUBLIC_URL", "https, as Twilio's webhooks should be"))
        } else {
            findings.append(.failure("PUBLIC_URL", "'\(url)' is not https: Twilio's requests and the caller's words would cross the internet in clear"))
        }
        if mode == .relay {
            findings.append(
                scheme == "https"
                    ? .ok("relay socket", "wss://\(host)\(TwilioRoutes.relaySocket)")
                    : .failure("relay socket", "VOICE_MODE=relay needs wss://, so PUBLIC_URL must be https"))
            if let input = try? settings.relayReportInput(), input != .any {
                findings.append(.warning("RELAY_REPORT_INPUT_DURING_AGENT_SPEECH", "\(input.rawValue): some keys or words said while Loop AI speaks never reach it"))
            }
        }
        return findings
    }

    static func agent(_ settings: Settings) -> [Finding] {
        do {
            let dial = try settings.agentDial()
            guard let number = dial.number else { return [.warning("HUMAN_AGENT_NUMBER", "unset: callers who ask for a person are told nobody can take the call")] }
            guard AgentDial.isE164(number) else { return [.failure("HUMAN_AGENT_NUMBER", "'\(number)' is not an E.164 number")] }
            if dial.callerID == nil { return [.ok("hand-off", "agents see the caller's own number (no HUMAN_AGENT_CALLER_ID); allowed for non-Indian agents")] }
            return [.ok("hand-off", "agents see \(dial.callerID ?? "")")]
        } catch {
            return [.failure("hand-off", "\(error)")]
        }
    }

    static func voices(_ settings: Settings, mode: VoiceMode) -> [Finding] {
        var findings: [Finding] = []
        let offered = (try? settings.languages()) ?? Language.offeredByDefault
        for (language, voice) in settings.voices().sorted(by: { $0.key.rawValue < $1.key.rawValue }) where offered.contains(language) {
            guard let row = table[language] else { continue }
            let name = language.englishName
            if let undocumented = row.undocumented { findings.append(.warning("\(name) to check", undocumented)) }
            if voice.language != row.code {
                findings.append(.warning("\(name) language", "\(voice.language), not \(row.code): recognition is tuned for Indian callers only in \(row.code)"))
            }
            if mode == .gather {
                if voice.voice.hasPrefix("Google.") {
                    findings.append(
                        voice.voice.hasPrefix("Google.\(row.code)-")
                            ? .ok("\(name) voice", voice.voice) : .failure("\(name) voice", "\(voice.voice) does not speak \(row.code)"))
                } else if row.pollyVoices.contains(voice.voice) {
                    findings.append(.ok("\(name) voice", "\(voice.voice) speaks \(row.code)"))
                } else {
                    findings.append(.warning("\(name) voice", "\(voice.voice) is not in the table of \(row.code) voices (docs/twilio.md)"))
                }
                if let model = voice.speechModel {
                    findings.append(
                        row.gatherModels.contains(model)
                            ? .ok("\(name) recogniser", "\(model) serves \(row.code)")
                            : .warning("\(name) recogniser", "\(model) is not in the table of models serving \(row.code) (docs/twilio.md)"))
                } else {
                    findings.append(.warning("\(name) recogniser", "no speech model: Twilio picks one"))
                }
            } else {
                let relay = voice.relay
                if relay.ttsProvider == "Google", !relay.voice.hasPrefix(row.code + "-") {
                    findings.append(.failure("\(name) relay voice", "\(relay.voice) is not a Google \(row.code) voice"))
                } else {
                    findings.append(.ok("\(name) relay voice", "\(relay.ttsProvider) \(relay.voice)"))
                }
                if relay.transcriptionProvider == "Google", relay.speechModel != "telephony", relay.speechModel != "long" {
                    findings.append(.warning("\(name) relay recogniser", "Google \(relay.speechModel) is not in the table for \(row.code) (docs/twilio.md)"))
                } else {
                    findings.append(.ok("\(name) relay recogniser", "\(relay.transcriptionProvider) \(relay.speechModel)"))
                }
            }
        }
        return findings
    }

    static func sms(_ settings: Settings) -> [Finding] {
        let limit = (try? settings.int(.smsDailyLimit, in: 0...100)) ?? 5
        guard limit > 0 else { return [.ok("SMS", "off (SMS_DAILY_LIMIT=0)")] }
        var findings: [Finding] = []
        if let service = settings.string(.twilioMessagingServiceSID) {
            findings.append(
                isSID(service, prefix: "MG")
                    ? .ok("SMS sender", "Messaging Service \(service.prefix(8))…") : .failure("TWILIO_MESSAGING_SERVICE_SID", "must be MG and 32 hexadecimal digits"))
        } else if let number = settings.string(.twilioPhoneNumber) {
            findings.append(
                AgentDial.isE164(number) ? .ok("SMS sender", "\(Masking.phoneNumber(number))") : .failure("TWILIO_PHONE_NUMBER", "'\(number)' is not an E.164 number"))
        } else {
            findings.append(.warning("SMS sender", "neither TWILIO_MESSAGING_SERVICE_SID nor TWILIO_PHONE_NUMBER: \"text me that\" is refused"))
        }
        let countries = (settings.string(.smsAllowedCountries) ?? "IN").uppercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if countries.contains("IN") {
            // https://www.twilio.com/en-us/guidelines/in/sms
            findings.append(
                .warning(
                    "SMS to India",
                    "texts arrive from a random short code (no sender ID is kept), cannot be replied to, and must not carry shortened URLs; Loop AI's carry none"))
        }
        return findings
    }

    static func recording(_ settings: Settings) -> [Finding] {
        guard (try? settings.bool(.recordCalls)) == true else { return [.ok("recording", "off")] }
        guard (try? settings.twilioCredentials()) != nil else {
            return [.failure("RECORD_CALLS", "true, but without REST credentials a caller's \"don't record\" cannot stop it")]
        }
        return [.ok("recording", "the greeting announces it in the caller's language, and \"don't record\" stops it")]
    }

    /// Redis answers, and has the replicas `REDIS_WAIT_REPLICAS` waits for.
    static func redis(_ settings: Settings) async -> [Finding] {
        let endpoint: RedisEndpoint
        let wait: Int
        do {
            endpoint = try settings.redisEndpoint()
            wait = try settings.int(.redisWaitReplicas, in: 0...10_000)
        } catch {
            return [.failure("Redis", "\(error)")]
        }
        var logger = Logger(label: "loop-doctor")
        logger.logLevel = .critical
        let redis = RedisClient(endpoint: endpoint, connections: 1, commandTimeout: .seconds(3), logger: logger)
        let replies: [RedisValue]
        do {
            replies = try await redis.pipeline([PING(), ROLE()])
        } catch {
            await redis.shutdown()
            return [.failure("Redis", "not reachable at \(endpoint): \(error)")]
        }
        await redis.shutdown()
        var findings: [Finding] = [.ok("Redis", "answers at \(endpoint)")]
        let role = replies.count > 1 ? replies[1].array ?? [] : []
        let replicas = role.count > 2 ? role[2].array?.count ?? 0 : 0
        if let cluster = endpoint.cluster { findings.append(await Self.slots(of: cluster, endpoint: endpoint, logger: logger)) }
        if wait > 0 {
            findings.append(
                replicas > 0
                    ? .ok("REDIS_WAIT_REPLICAS", "\(replicas) replica(s) to acknowledge answers")
                    : .failure("REDIS_WAIT_REPLICAS", "\(wait) ms, but Redis has no replica: every answer would wait the whole time"))
        }
        return findings
    }

    /// In a cluster: every slot has a healthy primary (a key in a slot without one cannot be
    /// written, so some conversations would fail).
    static func slots(of cluster: RedisCluster, endpoint: RedisEndpoint, logger: Logger) async -> Finding {
        let client = RedisClusterClient(cluster: cluster, endpoint: endpoint, connectTimeout: .milliseconds(500), commandTimeout: .seconds(3), logger: logger)
        defer { Task { await client.close() } }
        do {
            let map = try await client.slotMap()
            let missing = HashSlot.count - map.coveredSlots
            return missing == 0
                ? .ok("Redis Cluster", "all \(HashSlot.count) slots served by \(map.primaries.count) primaries")
                : .failure("Redis Cluster", "\(missing) of \(HashSlot.count) slots have no healthy primary (redis-cli --cluster check shows which)")
        } catch {
            return .failure("Redis Cluster", "no node gave the slot map: \(error)")
        }
    }

    /// What only a real call can show, one per language and voice mode.
    static var realCalls: [String] {
        var lines: [String] = []
        for mode in VoiceMode.allCases {
            lines.append("[ ] English call, VOICE_MODE=\(mode.rawValue): greeting heard whole; \"hospitals in Pune\" answered; \"talk to a person\" rings the agent, who hears the whisper and presses 1")
            // Each language the greeting can offer: its key, a question in it, and its goodbye.
            for language in Language.allCases where language != .english {
                lines.append(
                    "[ ] \(language.englishName) call, VOICE_MODE=\(mode.rawValue): press its key during the greeting's offer; a city's hospitals asked for in \(language.englishName) are answered in it; its thanks says goodbye before hanging up")
            }
        }
        lines.append("[ ] A recorded call (RECORD_CALLS=true): the notice is heard in full; \"don't record\" is confirmed; the dashboard shows the recording stopped")
        lines.append("[ ] \"Text me that\" from an Indian mobile: the text arrives (from a short code) with names and addresses")
        return lines
    }

    /// `AC…`/`MG…` and 32 hexadecimal digits.
    static func isSID(_ sid: String, prefix: String) -> Bool {
        sid.hasPrefix(prefix) && sid.utf8.count == 34 && sid.dropFirst(2).allSatisfy(\.isHexDigit)
    }
}
