import AsyncHTTPClient
import Foundation
import Testing

@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// ConversationRelay calls (`VOICE_MODE=relay`) through real gateways, brains and Redis, with
/// Twilio's side played by a real WebSocket client sending Twilio's messages and signatures.
@Suite("ConversationRelay", .serialized, .timeLimit(.minutes(4)))
struct RelayTests {
    static let relay = ["VOICE_MODE": "relay"]

    func withRelayStack(gateways: Int = 1, environment: [String: String] = [:], _ body: (LoopStack) async throws -> Void) async throws {
        let stack = try await LoopStack(gateways: gateways, environment: Self.relay.merging(environment) { $1 })
        do {
            try await body(stack)
        } catch {
            Issue.record("\(error)\n\(stack.logs)")
        }
        await stack.shutdown()
    }

    @Test("The socket's handshake must carry Twilio's signature of its wss:// URL and a call's ticket: unsigned, wrongly signed or ticketless upgrades are refused, a plain GET is told what it is")
    func signedHandshake() async throws {
        try await withRelayStack { stack in
            let socket = "ws://127.0.0.1:\(stack.gatewayPorts[0])" + TwilioRoutes.relaySocket
            let publicSocket = "wss://loop.example.test" + TwilioRoutes.relaySocket
            let signer = TwilioSigner(authToken: stack.authToken)
            for signature in [nil, "bm90IGEgc2lnbmF0dXJl", TwilioSigner(authToken: "another-token-0123456789abcdefgh").socketSignature(url: publicSocket)] {
                let refused = RelaySocket(url: socket, signature: signature)
                let reason = await refused.closed.next(timeout: .seconds(5))
                #expect(reason != nil && reason != "closed", "an upgrade signed \(signature ?? "not at all") was accepted")
            }
            // Signed as Twilio would, but the shared URL every call once used: it names no call.
            let bare = RelaySocket(url: socket, signature: signer.socketSignature(url: publicSocket))
            let reason = await bare.closed.next(timeout: .seconds(5))
            #expect(reason != nil && reason != "closed", "a socket without a call's ticket was accepted")
            let plain = await LoopStack.get(stack.gatewayURL + TwilioRoutes.relaySocket)
            #expect(plain?.status == 426)
            #expect(stack.gatewayProcesses[0].log.contains("Refused a ConversationRelay socket with a bad or missing X-Twilio-Signature"))
        }
    }

    @Test("Each call gets its own socket URL: a replayed handshake, a ticket forged for an invented call, a setup naming another call and an old URL after a fresh one are all refused, and the caller's number is the webhook's, never the setup's")
    func perCallSockets() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await withRelayStack(environment: NextStepsTests.environment(twilio)) { stack in
            let signer = TwilioSigner(authToken: stack.authToken)
            let caller = RelayCaller(webhooks: stack.caller())
            caller.setupFrom = "+919800000001"
            _ = try await caller.start()
            guard let connect = caller.connect else { throw TwiMLError(message: "no <ConversationRelay>", xml: "") }
            #expect(connect.url.contains("?call=\(caller.webhooks.callSid)&n="), "\(connect.url)")
            let other = RelayCaller(webhooks: stack.caller())
            _ = try await other.start()
            #expect(other.connect?.url != connect.url)

            // The same handshake again, as someone who logged its headers would send it.
            let target = caller.socketTarget(connect)
            let replayed = RelaySocket(url: target.url, signature: target.signature)
            replayed.send(["type": "setup", "sessionId": "VX1", "callSid": caller.webhooks.callSid, "from": "+919800000002", "customParameters": [:]])
            replayed.send(["type": "prompt", "voicePrompt": "repeat that", "lang": "en-IN", "last": true])
            #expect(await replayed.next(timeout: .seconds(2)) == nil, "a replayed handshake was answered")
            #expect(await replayed.closed.next(timeout: .seconds(5)) != nil, "a replayed handshake stayed open")

            // A well-signed URL for an invented call with a made-up token.
            let invented = TwilioWebhook.randomCallSid()
            let forgedURL = "wss://loop.example.test\(TwilioRoutes.relaySocket)?call=\(invented)&n=\(String(repeating: "a", count: 32))&t=\(String(repeating: "b", count: 32))"
            let forged = RelaySocket(
                url: "ws://127.0.0.1:\(stack.gatewayPorts[0])" + forgedURL.dropFirst("wss://loop.example.test".count), signature: signer.socketSignature(url: forgedURL))
            // Refused before it reads anything: whatever the setup would claim is never heard.
            #expect(await forged.closed.next(timeout: .seconds(5)) != nil, "a forged ticket opened a socket")
            #expect(await forged.next(timeout: .milliseconds(100)) == nil, "a forged ticket was answered")

            // The other call's first URL, once a lost socket's callback issued it a fresh one.
            guard let otherFirst = other.connect else { throw TwiMLError(message: "no second call", xml: "") }
            let (_, reopened) = try await other.sessionEnded(handoffData: nil, status: "failed", errorCode: "64105")
            #expect(reopened != nil && other.connect?.url != otherFirst.url, "a fresh socket reused the old URL")
            let stale = RelaySocket(url: other.socketTarget(otherFirst).url, signature: other.socketTarget(otherFirst).signature)
            stale.send(["type": "setup", "sessionId": "VX3", "callSid": other.webhooks.callSid, "customParameters": [:]])
            #expect(await stale.closed.next(timeout: .seconds(5)) != nil, "an old URL opened a socket after a fresh one was issued")

            // A third call's unused URL, with a setup naming the first call.
            let third = RelayCaller(webhooks: stack.caller())
            guard case .relay(let thirdConnect) = try await third.webhooks.start().next else { throw TwiMLError(message: "no third socket", xml: "") }
            let swapped = RelaySocket(url: third.socketTarget(thirdConnect).url, signature: third.socketTarget(thirdConnect).signature)
            swapped.send(["type": "setup", "sessionId": "VX4", "callSid": caller.webhooks.callSid, "customParameters": [:]])
            swapped.send(["type": "prompt", "voicePrompt": "repeat that", "lang": "en-IN", "last": true])
            #expect(await swapped.next(timeout: .seconds(2)) == nil, "a setup naming another call was answered")
            #expect(await swapped.closed.next(timeout: .seconds(5)) != nil, "a setup naming another call than its URL stayed open")

            // The genuine call goes on, and "text me that" goes to the number Twilio's webhook gave.
            let listed = try await caller.say("Tell me 3 hospitals in Pune")
            #expect(listed.text.contains("Pune"), "\(listed.text)")
            let promised = try await caller.say("Can you text me that?")
            #expect(promised.text.contains("by text to the number you're calling from"), "\(promised.text)")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 1 })
            #expect(NextStepsTests.messages(twilio).allSatisfy { $0.fields["To"] == caller.webhooks.from }, "an SMS went to a number the setup named")
            let log = stack.gatewayProcesses[0].log
            #expect(log.contains("Refused a ConversationRelay socket: its URL opened a socket already"))
            #expect(log.contains("Refused a ConversationRelay socket whose URL this deployment did not issue"))
            #expect(log.contains("Closed a ConversationRelay socket whose setup names another call than its URL"))
        }
    }

    @Test("A socket that never sends setup is closed after about ten seconds; once Loop AI sent end, prompts on the socket get no answer")
    func idleAndEndedSockets() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            guard case .relay(let connect) = try await caller.webhooks.start().next else { throw TwiMLError(message: "no <ConversationRelay>", xml: "") }
            let target = caller.socketTarget(connect)
            let opened = ContinuousClock.now
            let idle = RelaySocket(url: target.url, signature: target.signature)
            #expect(await idle.closed.next(timeout: .seconds(20)) != nil, "a socket without setup stayed open")
            let lasted = ContinuousClock.now - opened
            #expect(lasted > .seconds(8) && lasted < .seconds(16), "closed after \(lasted)")
            #expect(stack.gatewayProcesses[0].log.contains("Closed a ConversationRelay socket that sent no setup in time"))

            let ended = RelayCaller(webhooks: stack.caller())
            _ = try await ended.start()
            let bye = try await ended.say("goodbye")
            #expect(bye.ending == RelayReply.Ending.goodbye.handoffData, "\(bye.text)")
            // Twilio closes its side after `end`; someone who kept it open is not answered.
            let after = await ended.sendRaw(#"{"type":"prompt","voicePrompt":"what was the address","lang":"en-IN","last":true}"#, wait: .seconds(2))
            #expect(after == nil, "a prompt after end was answered: \(String(describing: after))")
        }
    }

    @Test("A whole English call: the greeting as the welcome with Hindi offered in its own voice, a list, more, a confirmation, goodbye ending the session, and the action callback hanging up")
    func englishCall() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            let greeting = try await caller.start()
            #expect(greeting.text.hasPrefix("Hello! I am Loop AI, your hospital network assistant."), "\(greeting.text)")
            #expect(greeting.text.contains("हिंदी"), "the Hindi offer was not said: \(greeting.text)")
            #expect(caller.connect?.languages == ["en-IN", "hi-IN"])
            #expect(caller.connect?.hints.contains("Bengaluru") == true)
            let three = try await caller.say("Tell me 3 hospitals around Bangalore")
            #expect(three.text.contains("I found 306 network hospitals in Bengaluru. Here are three:"), "\(three.text)")
            #expect(three.said.count >= 2 && three.firstToken != nil && three.lastToken != nil)
            #expect(three.said.dropLast().allSatisfy { $0.hasSuffix(" ") }, "tokens must carry their own spacing: \(three.said)")
            let more = try await caller.say("more")
            #expect(more.text.hasPrefix("The next three are"), "\(more.text)")
            let yes = try await caller.say("Can you confirm if Manipal Sarjapur in Bangalore is in my network?")
            #expect(yes.text.hasPrefix("Yes, Manipal Hospitals on Ambalipura Sarjapur Road, Bengaluru, is in your network."), "\(yes.text)")
            let bye = try await caller.say("thank you, goodbye")
            #expect(bye.said.isEmpty, "the goodbye was sent just before end, where Twilio may not play it: \(bye.text)")
            #expect(bye.ending == RelayReply.Ending.goodbye.handoffData)
            let (after, reconnected) = try await caller.sessionEnded(handoffData: bye.ending)
            #expect(after.said.joined(separator: " ").contains("Goodbye"), "\(after.xml)")
            #expect(after.next == .hangup && reconnected == nil, "\(after.xml)")
        }
    }

    @Test("A whole Hindi call: 2 on the greeting switches the session to Hindi with a language message, answers come in Hindi, goodbye ends it")
    func hindiCall() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            _ = try await caller.start()
            let chosen = try await caller.press("2")
            #expect(chosen.language == "hi-IN", "no language message")
            #expect(chosen.text.contains("हिंदी में बात करेंगे"), "\(chosen.text)")
            let list = try await caller.say("पुणे में तीन अस्पताल बताइए")
            #expect(list.text.contains("219"), "\(list.text)")
            #expect(list.text.contains("पुणे"), "\(list.text)")
            #expect(list.said.count >= 2 && list.said.dropLast().allSatisfy { $0.hasSuffix(" ") }, "tokens must carry their own spacing: \(list.said)")
            let bye = try await caller.say("धन्यवाद, बस इतना ही")
            #expect(bye.ending == RelayReply.Ending.goodbye.handoffData, "\(bye.text)")
        }
    }

    @Test("Barge-in: a list cut after its first name goes on from the second with 'more', and 'the second one' is one the caller never heard")
    func bargeIn() async throws {
        let index = try RealNetwork.index()
        let bengaluru = index.hospitals(inCity: try RealNetwork.city("Bengaluru"))
        let names = (0..<5).map { index.spokenName(bengaluru[bengaluru.startIndex + $0]) }
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            _ = try await caller.start()
            let three = try await caller.say("Tell me 3 hospitals around Bangalore")
            guard let second = three.text.range(of: names[1]) else {
                Issue.record("the list does not name \(names[1]): \(three.text)")
                return
            }
            // Heard up to the second name, not into it.
            let heard = String(three.text[..<second.lowerBound])
            let unclear = try await caller.say("tell me about the second one", interruptingAfter: heard)
            #expect(!unclear.text.contains(names[1]), "a name the caller never heard was taken as 'the second one': \(unclear.text)")
            let more = try await caller.say("more")
            #expect(more.text.hasPrefix("The next three are \(names[1])"), "\(more.text)")
            #expect(more.text.contains(names[3]) && !more.text.contains(names[0]), "\(more.text)")
            let secondHeard = try await caller.say("what is the address of the second one")
            let brand = names[2].split(separator: " ").prefix(2).joined(separator: " ")
            #expect(secondHeard.text.hasPrefix(brand) && secondHeard.text.contains(" is at "), "not the second one heard (\(names[2])): \(secondHeard.text)")
        }
    }

    @Test("Keys while Loop AI speaks: a key pressed over the answer is a turn of its own")
    func keysDuringSpeech() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            let greeting = try await caller.start()
            let words = greeting.text.split(separator: " ")
            // The caller presses 2 a few words into the greeting: Twilio sends `interrupt`, then `dtmf`.
            _ = await caller.sendRaw(#"{"type":"interrupt","utteranceUntilInterrupt":"\#(words.prefix(4).joined(separator: " "))","durationUntilInterruptMs":"900"}"#)
            let hindi = try await caller.press("2")
            #expect(hindi.language == "hi-IN" && hindi.text.contains("हिंदी"), "\(hindi.text)")
        }
    }

    @Test("A hand-off through `end`: Loop AI ends the session with handoffData, and the action callback says it is connecting before the warm <Dial>")
    func handOff() async throws {
        try await withRelayStack(environment: ["HUMAN_AGENT_NUMBER": "+15550001111"]) { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            _ = try await caller.start()
            let asked = try await caller.say("I want to talk to a person")
            #expect(asked.ending == RelayReply.Ending.handoff.handoffData, "\(asked.text) / \(asked.ending ?? "no end")")
            #expect(asked.said.isEmpty, "said just before end, where Twilio may not play it: \(asked.text)")
            let (dial, reconnected) = try await caller.sessionEnded(handoffData: asked.ending)
            #expect(dial.said.joined(separator: " ").contains("connecting you to a person"), "\(dial.xml)")
            #expect(dial.next == .dial("+15550001111"), "\(dial.xml)")
            #expect(dial.whisperURL?.hasPrefix(TwilioRoutes.agentWhisper) == true)
            #expect(reconnected == nil)
        }
    }

    @Test("A session that ended because the caller hung up (CallStatus=completed) gets <Hangup/>, never a fresh socket")
    func relayEndedWithTheCall() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            _ = try await caller.start()
            await caller.hangUp()
            let (status, body) = try await caller.webhooks.callback(
                TwilioRoutes.relayEnded, [("SessionStatus", "ended"), ("CallStatus", "completed"), ("SessionDuration", "12")])
            #expect(status == 200)
            let document = try TwiMLDocument(xml: body)
            #expect(document.next == .hangup && !body.contains("<ConversationRelay"), "\(body)")
        }
    }

    @Test("A gateway killed mid-call: the socket drops, Twilio's action callback reaches another gateway, which reconnects the caller to a fresh socket with the session intact")
    func gatewayKilledMidCall() async throws {
        try await withRelayStack(gateways: 2) { stack in
            // Twilio's callback reaches the number's URL, which a load balancer sends to a live
            // gateway: the simulator sends each request to the next gateway in turn.
            let webhooks = stack.caller()
            webhooks.rotateGateways = true
            let caller = RelayCaller(webhooks: webhooks)
            _ = try await caller.start()
            let three = try await caller.say("Tell me 3 hospitals around Bangalore")
            #expect(three.text.contains("Here are three"))
            guard let socketGateway = stack.gatewayPorts.firstIndex(where: { webhooks.lastTarget.hasSuffix(":\($0)") }) else {
                Issue.record("no gateway holds the socket")
                return
            }
            await stack.gatewayProcesses[socketGateway].kill9()
            #expect(await caller.socketClosed(within: .seconds(10)), "the socket outlived its gateway")
            let (_, reconnected) = try await caller.sessionEnded(handoffData: nil, status: "failed", errorCode: "64105")
            #expect(!webhooks.lastTarget.hasSuffix(":\(stack.gatewayPorts[socketGateway])"))
            guard let reconnected else {
                Issue.record("the action callback did not reconnect the caller")
                return
            }
            #expect(reconnected.text.contains("Would you like to hear more?"), "the question was not asked again: \(reconnected.text)")
            let more = try await caller.say("yes")
            #expect(more.text.hasPrefix("The next three are"), "the session was lost: \(more.text)")
        }
    }

    @Test("Recording, texts and call records work on relay calls: the greeting's TwiML starts the recording before the socket, 'text me that' sends the SMS, the record says the call was held over ConversationRelay")
    func recordingTextsAndRecords() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await withRelayStack(environment: NextStepsTests.environment(twilio, ["RECORD_CALLS": "true"])) { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            let greeting = try await caller.start()
            #expect(greeting.text.contains("recorded"), "\(greeting.text)")
            let voice = try await caller.webhooks.send(path: TwilioRoutes.voice, webhook: TwilioWebhook.callStarted(callSid: TwilioWebhook.randomCallSid(), from: "+919876545678", to: "+15551234567", accountSid: twilio.accountSid))
            #expect(voice.body.contains(#"<Response><Start><Recording name="loopai-call" channels="dual""#) && voice.body.contains("</Start><Connect"), "\(voice.body)")
            let listed = try await caller.say("Tell me 3 hospitals in Pune")
            #expect(listed.text.contains("Pune"))
            let promised = try await caller.say("Can you text me that?")
            #expect(promised.text.contains("by text to the number you're calling from"), "\(promised.text)")
            #expect(await eventually { NextStepsTests.messages(twilio).count == 1 })
            #expect(NextStepsTests.messages(twilio).first?.fields["To"] == caller.webhooks.from)
            // No TwiML until the session ends: the stop goes through REST after the words, so they
            // say it is under way, and when Twilio refuses it the next answer says so first.
            twilio.script(.fail(status: 400, code: 21220))
            let stopping = try await caller.say("please don't record this call")
            #expect(stopping.text.contains("I'm stopping the recording"), "\(stopping.text)")
            #expect(await eventually { twilio.received.contains { $0.path.hasSuffix("/Recordings/Twilio.CURRENT.json") } })
            var told = ""
            #expect(
                await eventually(timeout: .seconds(10)) {
                    told = (try? await caller.say("Tell me 3 hospitals in Mumbai").text) ?? ""
                    return told.hasPrefix("I'm sorry, I could not stop the recording.")
                }, "\(told)")
            let bye = try await caller.say("goodbye")
            _ = try await caller.sessionEnded(handoffData: bye.ending)
            _ = try await caller.webhooks.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "20")])
            var record: CallRecord?
            #expect(
                await eventually(timeout: .seconds(15)) {
                    record = try? await NextStepsTests.calls(stack).first { $0.call == caller.webhooks.callSid }
                    return record != nil
                })
            #expect(record?.mode == "relay")
            #expect(record?.texts.count == 1)
            #expect(record?.places.contains("Pune") == true)
        }
    }

    @Test("Through nginx as compose runs it: the socket is upgraded and kept open, the call goes on across gateways")
    func throughNginx() async throws {
        try await withRelayStack(gateways: 2) { stack in
            let nginx = try NginxServer(upstreams: stack.gatewayPorts, directory: stack.directory)
            defer { Task { await nginx.stop() } }
            #expect(await eventually { await LoopStack.get(nginx.url + "/twilio/status") != nil })
            let caller = RelayCaller(webhooks: CallSimulator(baseURL: nginx.url, signingBaseURL: LoopStack.publicURL, authToken: stack.authToken))
            let greeting = try await caller.start()
            #expect(greeting.text.hasPrefix("Hello! I am Loop AI"))
            let count = try await caller.say("How many network hospitals are there in Pune?")
            #expect(count.text.contains("There are 219 network hospitals in Pune."), "\(count.text)")
            let bye = try await caller.say("bye")
            #expect(bye.ending == RelayReply.Ending.goodbye.handoffData)
        }
    }

    @Test("Malformed and unknown messages are ignored and the call goes on; an error from Twilio is logged")
    func badMessages() async throws {
        try await withRelayStack { stack in
            let caller = RelayCaller(webhooks: stack.caller())
            _ = try await caller.start()
            for frame in ["not json", "[1,2]", #"{"no":"type"}"#, #"{"type":"prompt"}"#, #"{"type":"dtmf","digit":"x"}"#, #"{"type":"mystery"}"#,
                #"{"type":"error","description":"Invalid message received"}"#, #"{"type":"setup","callSid":"CA00"}"#]
            {
                #expect(await caller.sendRaw(frame) == nil, "\(frame) was answered")
            }
            let answer = try await caller.say("How many network hospitals are there in Pune?")
            #expect(answer.text.contains("There are 219 network hospitals in Pune."), "\(answer.text)")
            #expect(stack.gatewayProcesses[0].log.contains("ConversationRelay reported an error"))
        }
    }
}
