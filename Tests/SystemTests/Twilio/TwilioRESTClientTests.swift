import AsyncHTTPClient
import Foundation
import Logging
import Testing

@testable import Shared
@testable import Twilio

/// The Twilio REST client against a local server that behaves like Twilio's API at its edge.
@Suite("Twilio REST client", .timeLimit(.minutes(2)))
struct TwilioRESTClientTests {
    static let account = "AC" + String(repeating: "a", count: 32)
    static let token = "auth-token-123"

    static func client(_ api: FakeTwilioAPI, credentials: TwilioCredentials? = nil, attempts: Int = 3, timeout: Duration = .seconds(5)) -> TwilioRESTClient {
        TwilioRESTClient(
            baseURL: api.baseURL, credentials: credentials ?? TwilioCredentials(accountSid: account, authToken: token), attempts: attempts,
            timeout: timeout, firstPause: .milliseconds(20), logger: Logger(label: "test"))
    }

    @Test("An SMS is posted form-encoded to the account's Messages.json with Basic auth, and Twilio's answer is decoded")
    func sendsAnSMS() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        let message = try await Self.client(api).sendMessage(
            to: "+919876545678", from: .number("+15551234567"), body: "Manipal Hospital, 98 HAL Old Airport Rd & Sarjapur Rd — Bengaluru")
        #expect(message.sid.hasPrefix("SM") && message.status == "queued" && message.to == "+919876545678")
        let received = try #require(api.received.first)
        #expect(received.path == "/2010-04-01/Accounts/\(Self.account)/Messages.json")
        #expect(received.fields["Body"] == "Manipal Hospital, 98 HAL Old Airport Rd & Sarjapur Rd — Bengaluru")
        #expect(received.fields["From"] == "+15551234567" && received.authorized)
    }

    @Test("An API key pair signs in for the account, and a Messaging Service can be the sender")
    func apiKeyAndMessagingService() async throws {
        let api = try await FakeTwilioAPI(users: ["SK" + String(repeating: "b", count: 32): "key-secret"])
        defer { Task { await api.stop() } }
        let credentials = TwilioCredentials(accountSid: Self.account, apiKey: "SK" + String(repeating: "b", count: 32), apiSecret: "key-secret")
        _ = try await Self.client(api, credentials: credentials).sendMessage(to: "+15550001111", from: .messagingService("MG123"), body: "hi")
        #expect(api.received.first?.fields["MessagingServiceSid"] == "MG123")
    }

    @Test("A request Twilio rejects is reported with Twilio's code and message, and never retried")
    func rejectionsAreNotRetried() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        await #expect(
            throws: TwilioAPIError.rejected(
                status: 400, code: 21211, message: "The 'To' number 12345 is not a valid phone number.", moreInfo: "https://www.twilio.com/docs/errors/21211")
        ) {
            try await Self.client(api).sendMessage(to: "12345", from: .number("+15551234567"), body: "hi")
        }
        await #expect(throws: TwilioAPIError.self) {
            try await Self.client(api, credentials: TwilioCredentials(accountSid: Self.account, authToken: "wrong")).sendMessage(
                to: "+15550001111", from: .number("+15551234567"), body: "hi")
        }
        #expect(api.received.count == 2)
    }

    @Test("429 and 5xx are retried with pauses until Twilio answers; a Twilio that keeps failing ends in a transient error")
    func transientFailuresAreRetried() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        api.script(.fail(status: 503, code: 20503), .fail(status: 429, code: 20429, retryAfter: 0))
        let message = try await Self.client(api).sendMessage(to: "+15550001111", from: .number("+15551234567"), body: "third time")
        #expect(message.status == "queued")
        #expect(api.received.count == 3)

        api.script(.fail(status: 500, code: 20500), .fail(status: 500, code: 20500), .fail(status: 500, code: 20500))
        await #expect {
            try await Self.client(api).sendMessage(to: "+15550001111", from: .number("+15551234567"), body: "never")
        } throws: { error in
            (error as? TwilioAPIError)?.isTransient == true
        }
        #expect(api.received.count == 6)
    }

    @Test("A Twilio that does not answer in time is given up on after the last attempt")
    func stallsTimeOut() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        api.script(.stall(.seconds(5)), .stall(.seconds(5)))
        let started = ContinuousClock.now
        await #expect(throws: TwilioAPIError.self) {
            try await Self.client(api, attempts: 2, timeout: .milliseconds(300)).sendMessage(to: "+15550001111", from: .number("+1555"), body: "x")
        }
        #expect(ContinuousClock.now - started < .seconds(4))
    }

    @Test("A text whose answer never came is looked for before it is sent again: the member gets it once")
    func lostAnswerIsNotSentTwice() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        // Timeouts of seconds, not milliseconds: the suite's own load must not pass for a lost answer.
        api.script(.answerLate(.seconds(8)))
        let message = try await Self.client(api, timeout: .seconds(2)).sendMessage(
            to: "+919876545678", from: .number("+15551234567"), body: "Your network hospitals in Pune")
        #expect(api.received.count == 1 && api.lookups == 1)
        #expect(message.sid.hasPrefix("SM") && message.body == "Your network hospitals in Pune")

        // A text that did not reach Twilio is sent on the next attempt; a 429 is retried without looking.
        api.script(.stall(.seconds(8)), .fail(status: 429, code: 20429, retryAfter: 0))
        let resent = try await Self.client(api, timeout: .seconds(2)).sendMessage(
            to: "+919876545678", from: .number("+15551234567"), body: "Their addresses")
        #expect(resent.sid != message.sid)
        #expect(api.received.count == 4 && api.lookups == 2)

        // A job tried before looks first, and finds its earlier text.
        let again = try await Self.client(api).sendMessage(
            to: "+919876545678", from: .number("+15551234567"), body: "Their addresses", queuedAt: Date().addingTimeInterval(-1),
            triedBefore: true)
        #expect(again.sid == resent.sid && api.received.count == 4)
    }

    @Test("A call's recording is started with a status callback and stopped with Status=stopped")
    func recordings() async throws {
        let api = try await FakeTwilioAPI(users: [Self.account: Self.token])
        defer { Task { await api.stop() } }
        let call = "CA" + String(repeating: "c", count: 32)
        let started = try await Self.client(api).startRecording(call: call, statusCallback: "https://loop.example.com/twilio/recording-status")
        #expect(started.sid.hasPrefix("RE") && started.callSid == call)
        let stopped = try await Self.client(api).stopRecording(call: call)
        #expect(stopped.status == "stopped")
        #expect(
            api.received.map(\.path) == [
                "/2010-04-01/Accounts/\(Self.account)/Calls/\(call)/Recordings.json",
                "/2010-04-01/Accounts/\(Self.account)/Calls/\(call)/Recordings/Twilio.CURRENT.json",
            ])
        #expect(api.received.first?.fields["RecordingStatusCallback"] == "https://loop.example.com/twilio/recording-status")
    }
}
