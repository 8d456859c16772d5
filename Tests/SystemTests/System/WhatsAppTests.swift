import Foundation
import Testing

@testable import LoopTools
@testable import Shared
@testable import Twilio

/// WhatsApp through real gateways, brains and Redis, and a local server that behaves as Twilio's
/// Messaging API does for WhatsApp (``FakeWhatsApp``): the list sent from a call as an approved
/// template, chats answered in the member's language, the 24-hour window, STOP, and the SMS that
/// stands in where it may.
@Suite("WhatsApp", .serialized, .timeLimit(.minutes(4)))
struct WhatsAppTests {
    static let englishTemplate = "HX" + String(repeating: "e", count: 32)
    static let hindiTemplate = "HX" + String(repeating: "d", count: 32)

    static func environment(_ twilio: FakeTwilioAPI, _ extra: [String: String] = [:]) -> [String: String] {
        NextStepsTests.environment(
            twilio,
            ["WHATSAPP_FROM": "whatsapp:+15557654321", "WHATSAPP_TEMPLATE_EN": englishTemplate, "WHATSAPP_TEMPLATE_HI": hindiTemplate].merging(extra) { $1 })
    }

    /// Starts a stack whose status callbacks the fake delivers to the gateway, signed.
    static func withStack(_ twilio: FakeTwilioAPI, _ extra: [String: String] = [:], _ body: (LoopStack) async throws -> Void) async throws {
        try await LoopStack.with(environment: environment(twilio, extra)) { stack in
            twilio.whatsApp.deliverCallbacks(publicURL: LoopStack.publicURL, gatewayURL: stack.gatewayURL, authToken: stack.authToken)
            try await body(stack)
        }
    }

    static func member(_ stack: LoopStack, _ number: String) -> CallSimulator {
        CallSimulator(baseURL: stack.gatewayURL, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken, from: number)
    }

    /// The call's filed record, once Twilio reported it completed.
    static func record(_ stack: LoopStack, _ caller: CallSimulator) async throws -> CallRecord? {
        _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "60")])
        var record: CallRecord?
        _ = await eventually(timeout: .seconds(15)) {
            record = try? await NextStepsTests.calls(stack).first { $0.call == caller.callSid }
            return record != nil
        }
        return record
    }

    @Test("A whole English call ends with the list on WhatsApp: consent asked once, an approved template with the hospitals, delivered and read on the record")
    func englishCall() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withStack(twilio) { stack in
            let caller = Self.member(stack, "+919811100001")
            let greeting = try await caller.start()
            _ = greeting
            let listed = try await caller.say("Tell me 3 hospitals in Pune")
            let asked = try await caller.say("Can you send it on WhatsApp?")
            #expect(asked.text.contains("WhatsApp") && asked.text.contains("yes or no"), "\(asked.text)")
            #expect(twilio.whatsApp.sent.isEmpty, "sent before the caller agreed")
            let sending = try await caller.say("yes")
            #expect(sending.text.contains("on WhatsApp to the number you're calling from"), "\(sending.text)")
            #expect(await eventually { twilio.whatsApp.sent.count == 1 })
            let message = try #require(twilio.whatsApp.sent.first)
            #expect(message.to == "whatsapp:" + caller.from && message.from == "whatsapp:+15557654321")
            #expect(message.contentSid == Self.englishTemplate && message.body == nil, "a business-initiated message must be a template, never a Body")
            #expect(message.variables?["1"] == "3", "\(String(describing: message.variables))")
            let list = message.variables?["2"] ?? ""
            #expect(list.hasPrefix("1. ") && list.contains("; 3. ") && !list.contains("\n"), "\(list)")
            let firstNamed = list.dropFirst(3).prefix { $0 != "," }
            #expect(listed.text.contains(firstNamed), "\(list) / \(listed.text)")

            // Asked once: a second request sends at once.
            _ = try await caller.say("Tell me 2 hospitals in Mumbai")
            let again = try await caller.say("whatsapp kar do")
            #expect(again.text.contains("on WhatsApp") && !again.text.contains("yes or no"), "\(again.text)")
            #expect(await eventually { twilio.whatsApp.sent.count == 2 })
            #expect(await eventually(timeout: .seconds(5)) { true })
            try await Task.sleep(for: .seconds(1))
            let record = try #require(try await Self.record(stack, caller))
            #expect(record.whatsAppConsent != nil)
            #expect(record.whatsAppMessages.count == 2 && record.whatsAppMessages.allSatisfy { $0.status == "read" }, "\(record.texts)")
            let summary = try await NextStepsTests.admin(stack, "/admin/summary")
            #expect(summary.body.contains("\"whatsApp\":{") && summary.body.contains("\"read\":2"), "\(summary.body)")
            let page = try await NextStepsTests.admin(stack, "/admin/calls/\(caller.callSid)")
            #expect(page.body.contains("\"channel\":\"whatsapp\""), "\(page.body.prefix(600))")
        }
    }

    @Test("A whole Hindi call ends with the list on WhatsApp: 'व्हाट्सऐप पर भेज दीजिए', consent in Hindi, the Hindi template, delivered and read")
    func hindiCall() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withStack(twilio) { stack in
            let caller = Self.member(stack, "+919811100002")
            _ = try await caller.start()
            _ = try await caller.press("2")
            let listed = try await caller.say("पुणे के तीन हॉस्पिटल बताइए")
            #expect(listed.text.contains("हॉस्पिटल"), "\(listed.text)")
            let asked = try await caller.say("व्हाट्सऐप पर भेज दीजिए")
            #expect(asked.text.contains("व्हाट्सऐप") && asked.text.contains("हाँ या ना"), "\(asked.text)")
            let sending = try await caller.say("हाँ")
            #expect(sending.text.contains("व्हाट्सऐप कर रही हूँ"), "\(sending.text)")
            #expect(await eventually { twilio.whatsApp.sent.count == 1 })
            let message = try #require(twilio.whatsApp.sent.first)
            #expect(message.contentSid == Self.hindiTemplate && message.body == nil)
            #expect(message.variables?["1"] == "3" && (message.variables?["2"] ?? "").hasPrefix("1. "), "\(String(describing: message.variables))")
            try await Task.sleep(for: .seconds(1))
            let record = try #require(try await Self.record(stack, caller))
            #expect(record.whatsAppConsent != nil)
            #expect(record.whatsAppMessages.map(\.status) == ["read"], "\(record.texts)")
        }
    }

    @Test("A WhatsApp chat answers from the list in English and in Hindi, inside the window, in its own key space")
    func inboundChat() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withStack(twilio) { stack in
            let member = Self.member(stack, "+919811100003")
            let reply = try await member.whatsApp("hospitals in pune").first ?? ""
            #expect(reply.contains("Pune") && reply.contains("1. ") && reply.contains("3. "), "\(reply)")
            let more = try await member.whatsApp("more").first ?? ""
            #expect(more.contains("The next"), "\(more)")
            // The same number's SMS thread is another conversation: "more" there has nothing to continue.
            let bySMS = try await member.text("more").first ?? ""
            #expect(!bySMS.contains("The next"), "\(bySMS)")
            let hindi = try await Self.member(stack, "+919811100004").whatsApp("पुणे के हॉस्पिटल बताइए").first ?? ""
            #expect(hindi.contains("हॉस्पिटल") && hindi.contains("1. "), "\(hindi)")
            // Replies went back as TwiML on the webhook: nothing went through the REST API as free-form text.
            #expect(twilio.whatsApp.sent.isEmpty)
            let forged = try await member.send(
                path: TwilioRoutes.whatsapp, webhook: TwilioWebhook.whatsApp("hi", from: member.from, to: member.to, profileName: "X", accountSid: member.accountSid),
                headers: [("X-Twilio-Signature", "forged")])
            #expect(forged.status == 403)
        }
    }

    @Test("Outside the 24-hour window only a template reaches the member: free-form text fails with 63016, a template does not; a member who writes again opens a new window")
    func windowRules() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        let number = "+919811100005"
        // The fake follows Twilio's rules: a Body with no window fails, a template goes.
        twilio.whatsApp.memberWrote(number, at: Date().addingTimeInterval(-25 * 3600))
        let client = TwilioRESTClient(
            baseURL: twilio.baseURL, credentials: TwilioCredentials(accountSid: twilio.accountSid, authToken: "test-auth-token-0123456789abcdef"),
            logger: .init(label: "test"))
        _ = try await client.sendMessage(to: "whatsapp:" + number, from: .number("whatsapp:+15557654321"), body: "free-form")
        #expect(twilio.whatsApp.sent.last?.errorCode == 63016)
        _ = try await client.sendTemplate(to: "whatsapp:" + number, from: .number("whatsapp:+15557654321"), contentSid: Self.englishTemplate, variables: "{\"1\":\"1\"}")
        #expect(twilio.whatsApp.sent.last?.errorCode == nil && twilio.whatsApp.sent.last?.outcome.last == "read")
        twilio.whatsApp.memberWrote(number)
        _ = try await client.sendMessage(to: "whatsapp:" + number, from: .number("whatsapp:+15557654321"), body: "inside the window")
        #expect(twilio.whatsApp.sent.last?.errorCode == nil)

        // Loop AI itself: a member who chatted a day ago and calls now still gets a template.
        try await Self.withStack(twilio) { stack in
            let member = Self.member(stack, number)
            twilio.whatsApp.memberWrote(number, at: Date().addingTimeInterval(-25 * 3600))
            _ = try await member.start()
            _ = try await member.say("Tell me 2 hospitals in Mumbai")
            _ = try await member.say("send it on whatsapp")
            _ = try await member.say("yes")
            #expect(await eventually { twilio.whatsApp.sent.count == 4 })
            #expect(twilio.whatsApp.sent.last?.contentSid == Self.englishTemplate && twilio.whatsApp.sent.last?.body == nil)
            #expect(twilio.whatsApp.sent.allSatisfy { $0.errorCode != 63016 || $0.body == "free-form" })
        }
    }

    @Test("STOP on WhatsApp holds across channels: no WhatsApp reply or template until START, while SMS still goes; STOP by SMS keeps the fallback from texting")
    func stopAcrossChannels() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withStack(twilio) { stack in
            let number = "+919811100006"
            let member = Self.member(stack, number)
            let stopped = try await member.whatsApp("STOP").first ?? ""
            #expect(stopped.contains("not get WhatsApp messages"), "\(stopped)")
            #expect(try await member.whatsApp("hospitals in pune").isEmpty, "a member who sent STOP was answered")
            // A call from the same number: WhatsApp is refused, SMS still allowed.
            let caller = Self.member(stack, number)
            _ = try await caller.start()
            _ = try await caller.say("Tell me 2 hospitals in Mumbai")
            let refused = try await caller.say("send it on whatsapp")
            #expect(refused.text.contains("asked not to receive WhatsApp messages"), "\(refused.text)")
            let texted = try await caller.say("text me that")
            #expect(texted.text.contains("by text"), "\(texted.text)")
            #expect(await eventually { NextStepsTests.messages(twilio).contains { $0.fields["To"] == number } })
            #expect(twilio.whatsApp.sent.isEmpty)
            let started = try await member.whatsApp("START").first ?? ""
            #expect(started.contains("Welcome back"), "\(started)")
            #expect(try await member.whatsApp("hospitals in pune").count == 1)
        }
    }

    @Test("A failed WhatsApp message falls back to SMS only where SMS is allowed, and the caller is told which happened")
    func fallbackToSMS() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await Self.withStack(twilio) { stack in
            // Not on WhatsApp (63024), may be texted: the SMS goes instead, and the caller hears so.
            let textable = "+919811100007"
            twilio.whatsApp.notOnWhatsApp(textable)
            let caller = Self.member(stack, textable)
            _ = try await caller.start()
            _ = try await caller.say("Tell me 2 hospitals in Mumbai")
            _ = try await caller.say("whatsapp kar do")
            _ = try await caller.say("yes")
            #expect(await eventually { NextStepsTests.messages(twilio).contains { $0.fields["To"] == textable && $0.fields["Body"] != nil } })
            try await Task.sleep(for: .milliseconds(500))
            let told = try await caller.say("thank you")
            #expect(told.text.contains("by text instead"), "\(told.text)")
            let record = try #require(try await Self.record(stack, caller))
            #expect(record.whatsAppMessages.first?.status == "failed" && record.whatsAppMessages.first?.note == "Twilio error 63024", "\(record.texts)")
            #expect(record.smsMessages.contains { $0.note == "instead of the failed WhatsApp message" }, "\(record.texts)")

            // The same where the number texted STOP: no SMS, and the caller hears the message failed.
            let stopped = "+919811100008"
            twilio.whatsApp.notOnWhatsApp(stopped)
            #expect(try await Self.member(stack, stopped).text("STOP").isEmpty)
            let other = Self.member(stack, stopped)
            _ = try await other.start()
            _ = try await other.say("Tell me 2 hospitals in Mumbai")
            _ = try await other.say("whatsapp kar do")
            _ = try await other.say("yes")
            #expect(await eventually { twilio.whatsApp.sent.contains { $0.to == "whatsapp:" + stopped } })
            try await Task.sleep(for: .seconds(1))
            let failed = try await other.say("thank you")
            #expect(failed.text.contains("could not be delivered"), "\(failed.text)")
            #expect(!NextStepsTests.messages(twilio).contains { $0.fields["To"] == stopped })
        }
    }
}
