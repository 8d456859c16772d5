import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared
@testable import Twilio

/// The operators' console on real calls: a call whole at its own URL, calls in progress, the
/// list's filters and its CSV.
@Suite("Operators' console", .serialized, .timeLimit(.minutes(3)))
struct ConsoleTests {
    @Test("A call, whole: in progress it is listed live and opens with every turn said and answered; once filed it opens at the same URL; the page is behind the login")
    func callWhole() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            let listed = try await caller.say("Tell me 3 hospitals around Bangalore")
            _ = try await caller.press("2")
            let live = try await NextStepsTests.admin(stack, "/admin/live")
            #expect(live.status == 200 && live.body.contains(caller.callSid), "\(live.body)")
            let open = try await Self.call(stack, caller.callSid)
            #expect(open?.inProgress == true)
            #expect(open?.turns.count == 3)
            #expect(open?.turns[1].said == "Tell me 3 hospitals around Bangalore")
            #expect(open?.turns[1].answer == listed.text, "\(open?.turns[1].answer ?? "-")")
            #expect(open?.turns[1].places == ["Bengaluru"])
            #expect(open?.turns[2].said == "[pressed 2]" && open?.turns[2].language == "hi")
            _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "30")])
            #expect(await eventually(timeout: .seconds(15)) { (try? await Self.call(stack, caller.callSid))??.inProgress == nil })
            let filed = try await Self.call(stack, caller.callSid)
            #expect(filed?.turns.count == 3 && filed?.status == "completed")
            #expect(try await NextStepsTests.admin(stack, "/admin/calls/CA" + String(repeating: "0", count: 32)).status == 404)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls/not-a-call").status == 400)
            let page = try await NextStepsTests.admin(stack, "/admin/call/\(caller.callSid)")
            #expect(page.status == 200 && page.body.contains("call.js"))
            #expect(try await NextStepsTests.admin(stack, "/admin/call/\(caller.callSid)", token: nil).status == 401)
        }
    }

    @Test("The call list filters by language, caller, hospital or place and outcome, and exports what it shows as CSV")
    func filtersAndCSV() async throws {
        let twilio = try await NextStepsTests.fakeTwilio()
        defer { Task { await twilio.stop() } }
        try await LoopStack.with(environment: NextStepsTests.environment(twilio)) { stack in
            let pune = CallSearchTests.caller(stack, from: "+919800001111")
            _ = try await pune.start()
            _ = try await pune.say("How many network hospitals are there in Pune?")
            let hindi = CallSearchTests.caller(stack, from: "+919800002222")
            _ = try await hindi.start()
            _ = try await hindi.press("2")
            _ = try await hindi.say("मुंबई में अस्पताल बताइए")
            for caller in [pune, hindi] { _ = try await caller.callback(TwilioRoutes.callStatus, [("CallStatus", "completed"), ("CallDuration", "9")]) }
            #expect(await eventually(timeout: .seconds(15)) { (try? await NextStepsTests.calls(stack).count) == 2 })
            func calls(_ query: String) async throws -> [String] {
                let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls?" + query)
                #expect(status == 200, "\(query): \(body)")
                return try JSONDecoder().decode(CallRecordStore.Page.self, from: Data(body.utf8)).calls.map(\.call)
            }
            #expect(try await calls("language=hi") == [hindi.callSid])
            #expect(try await calls("caller=1111") == [pune.callSid])
            #expect(try await calls("search=pune") == [pune.callSid])
            #expect(try await calls("search=Mumbai&language=en").isEmpty)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?language=fr").status == 400)
            #expect(try await NextStepsTests.admin(stack, "/admin/calls?caller=abc").status == 400)
            let csv = try await NextStepsTests.admin(stack, "/admin/calls.csv?language=hi")
            #expect(csv.status == 200)
            #expect(csv.body.hasPrefix("call,started,ended,caller,asked,intents,outcome,language,mode,turns,seconds,conversation"), "\(csv.body.prefix(200))")
            let rows = csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.count == 2 && rows[1].hasPrefix(hindi.callSid + ","), "\(csv.body)")
            // The operators' zone and words; a masked number is no formula, so no apostrophe.
            #expect(rows[1].range(of: #",\d\d-\d\d-20\d\d \d\d:\d\d IST,"#, options: .regularExpression) != nil, "\(rows[1])")
            #expect(rows[1].contains(",+91******2222,") && !rows[1].contains("'+91") && rows[1].contains(",Hindi,"), "\(rows[1])")
            #expect(rows[1].contains("Caller: मुंबई में अस्पताल बताइए") && rows[1].contains("Loop AI: "), "the turns as text: \(rows[1])")
        }
    }

    @Test("Voicemails are work: they say what the caller asked (a claim is not 'network hospitals'), move new → assigned → called back → closed with who did it, and the callback number is revealed only on request, logged")
    func voicemailsAsWork() async throws {
        try await LoopStack.with(environment: ["HUMAN_AGENT_NUMBER": NextStepsTests.agentNumber, "ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("my claim for the knee surgery was rejected, why?")
            let transfer = try await caller.say("I want to talk to a person")
            #expect(transfer.next == .dial(NextStepsTests.agentNumber), "\(transfer.text)")
            try await Self.leaveVoicemail(caller)
            func voicemails(_ query: String = "") async throws -> [Voicemail] {
                let (status, body) = try await NextStepsTests.admin(stack, "/admin/voicemails" + query)
                #expect(status == 200, "\(body)")
                return try JSONDecoder().decode(VoicemailList.self, from: Data(body.utf8)).voicemails
            }
            let listed = try await voicemails()
            #expect(listed.count == 1)
            #expect(listed.first?.context?.contains("claim for the knee surgery") == true, "\(listed.first?.context ?? "-")")
            #expect(listed.first?.work?.state == .new && listed.first?.hasCallbackNumber == true)
            #expect(!(try await NextStepsTests.admin(stack, "/admin/voicemails").body.contains("9876545678")), "the number in clear in the list")

            func post(_ path: String, _ body: String) async throws -> (status: Int, body: String) {
                try await NextStepsTests.adminPost(stack, path, body)
            }
            let path = "/admin/voicemails/\(caller.callSid)"
            #expect(try await post(path + "/state", #"{"state":"assigned","assignee":"priya"}"#).status == 200)
            #expect(try await voicemails("?state=assigned").first?.work?.assignee == "priya")
            #expect(try await voicemails("?state=new").isEmpty)
            let refused = try await post(path + "/state", #"{"state":"lost"}"#)
            #expect(refused.status == 400 && refused.body.hasPrefix(#"{"error":"state must be one of new, assigned, called-back, closed"#), "\(refused.body)")
            let revealed = try await post(path + "/reveal", "")
            #expect(revealed.status == 200 && revealed.body.contains(caller.from), "\(revealed.body)")
            #expect(try await post("/admin/voicemails/CA\(String(repeating: "e", count: 32))/reveal", "").status == 404)
            #expect(try await post(path + "/state", #"{"state":"called-back","note":"spoke to the member"}"#).status == 200)
            #expect(try await post(path + "/state", #"{"state":"closed"}"#).status == 200)
            let work = try #require(try await voicemails().first?.work)
            #expect(work.state == .closed)
            #expect(work.history.map(\.action) == ["assigned", "revealed-number", "called-back", "closed"])
            #expect(work.history.allSatisfy { $0.by == "admin-token" })
            #expect(stack.gatewayProcesses[0].log.contains("Revealed a callback number"))
        }
    }

    @Test("A reveal stays in the voicemail's record however many moves follow, and the server takes only the moves the work allows (closed → called back is refused)")
    func voicemailRevealsKeptAndMovesChecked() async throws {
        try await LoopStack.with(environment: ["HUMAN_AGENT_NUMBER": NextStepsTests.agentNumber, "ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("I want to talk to a person")
            try await Self.leaveVoicemail(caller)
            let operator_ = AdminDashboardTests.Browser(base: stack.gatewayURL)
            let bearer = [("Authorization", "Bearer \(NextStepsTests.adminToken)"), ("Content-Type", "application/json")]
            let path = "/admin/voicemails/\(caller.callSid)"
            func move(_ state: String) async throws -> Int { try await operator_.send(.POST, path + "/state", body: #"{"state":"\#(state)"}"#, headers: bearer).status }
            #expect(try await operator_.send(.POST, path + "/reveal", headers: bearer).status == 200)
            #expect(try await move("called-back") == 409, "a new voicemail was marked called back without being taken")
            #expect(try await move("closed") == 200)
            let refused = try await operator_.send(.POST, path + "/state", body: #"{"state":"called-back"}"#, headers: bearer)
            #expect(refused.status == 409 && refused.body.contains("closed"), "\(refused.status) \(refused.body)")
            for _ in 0..<20 {
                for state in ["new", "assigned", "closed"] { #expect(try await move(state) == 200) }
            }
            let (_, body) = try await NextStepsTests.admin(stack, "/admin/voicemails")
            let work = try #require(try JSONDecoder().decode(VoicemailList.self, from: Data(body.utf8)).voicemails.first?.work)
            #expect(work.state == .closed)
            #expect(work.reveals.count == 1 && work.reveals.first?.by == "admin-token", "\(work.reveals)")
            #expect(work.history.contains { $0.action == "revealed-number" }, "the reveal fell out of the history")
            #expect(work.history.count <= VoicemailWork.maximumHistory + 1)
        }
    }

    @Test("Alerts are seen: with no brain alive the dashboard's overview says so, and the callers who were held are counted; days are in the operators' zone")
    func alertsWithoutBrains() async throws {
        let stack = try await LoopStack(
            brains: 0, environment: ["ADMIN_TOKEN": NextStepsTests.adminToken, "REPLY_TIMEOUT_MS": "200", "REPLY_REDIRECTS": "0", "DASHBOARD_TIME_ZONE": "Asia/Kolkata"])
        do {
            let caller = stack.caller()
            // A new caller is not held for a brain that is not there: an apology and a goodbye at once.
            let turnedAway = try await caller.start()
            #expect(turnedAway.text.contains("can't look up hospitals right now") && turnedAway.ended, "\(turnedAway.text)")
            // A caller already in a call when the last brain went is held, then asked again.
            let held = try await stack.caller().say("hospitals in Pune")
            #expect(held.text.contains("took longer"), "\(held.text)")
            let (status, body) = try await NextStepsTests.admin(stack, "/admin/overview")
            #expect(status == 200)
            let overview = try JSONDecoder().decode(AdminOverview.self, from: Data(body.utf8))
            #expect(overview.alerts.first?.level == "critical" && overview.alerts.first?.text.hasPrefix("No brain is alive") == true, "\(overview.alerts)")
            #expect(overview.alerts.contains { $0.text.hasPrefix("1 caller was put on hold") }, "\(overview.alerts)")
            #expect(overview.timeZone == "Asia/Kolkata" && overview.days.count == 7)
            #expect(overview.days.last?.day == OperatorDays.india.name(Date.nowMilliseconds))
        } catch {
            Issue.record("\(error)\n\(stack.logs)")
        }
        await stack.shutdown()
    }

    @Test("The list with care: an upload is previewed against the list in use (added, removed, changed) without changing it, a kept version comes back in one request, the list in use downloads, and no server path is shown")
    func listWithCare() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            func send(_ path: String, _ body: String, type: String = "text/csv") async throws -> (status: Int, body: String) {
                var request = HTTPClientRequest(url: stack.gatewayURL + path)
                request.method = .POST
                request.headers.add(name: "Authorization", value: "Bearer \(NextStepsTests.adminToken)")
                request.headers.add(name: "Content-Type", value: type)
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(20))
                return (Int(response.status.code), String(buffer: try await response.body.collect(upTo: 1 << 22)))
            }
            let first = "HOSPITAL NAME,Address,CITY\nSunrise Hospital,\"1 Lake Road, Baner\",Pune\nMoon Clinic,\"2 Hill Road, Aundh\",Pune\n"
            let second = "HOSPITAL NAME,Address,CITY\nSunrise Hospital,\"9 New Road, Baner\",Pune\nStar Hospital,\"3 Sea Road\",Mumbai\n"
            #expect(try await send("/upload-csv", first).status == 200)
            let (status, body) = try await send("/upload-csv?preview=true", second)
            #expect(status == 200, "\(body)")
            let preview = try JSONDecoder().decode(NetworkUploadController.Preview.self, from: Data(body.utf8))
            #expect(preview.rows == 2 && preview.cities == 2 && preview.comparedWith == 1)
            #expect(preview.added == 1 && preview.removed == 1 && preview.changed == 1)
            #expect(preview.examples.added.first?.name == "Star Hospital" && preview.examples.removed.first?.name == "Moon Clinic")
            #expect(preview.examples.changed.first?.after == "9 New Road, Baner")
            let unchanged = try await NextStepsTests.admin(stack, "/admin/network")
            #expect(unchanged.body.contains(#""version":1"#) && !unchanged.body.contains(#""version":2"#), "a preview stored something")
            #expect(try await send("/upload-csv", second).status == 200)
            let back = try await send("/admin/network/rollback", #"{"version":1}"#, type: "application/json")
            #expect(back.status == 200 && back.body.contains(#""version":3"#), "\(back.body)")
            let download = try await NextStepsTests.admin(stack, "/admin/network/csv")
            #expect(download.status == 200 && download.body == first)
            #expect(try await NextStepsTests.admin(stack, "/admin/network/csv?version=2").body == second)
            let gone = try await NextStepsTests.admin(stack, "/admin/network/csv?version=99")
            #expect(gone.status == 404 && gone.body.hasPrefix(#"{"error":"Version 99 is no longer kept"#), "\(gone.body)")
            let network = try await NextStepsTests.admin(stack, "/admin/network")
            #expect(network.body.contains(#""versions":[{"#) && network.body.contains("putting back version 1"))
            #expect(!network.body.contains("/work/") && !network.body.contains(".csv\""), "a server path is shown: \(network.body)")
        }
    }

    @Test("Web and text conversations count in the summaries by channel, and a call's missing names show while it is still in progress")
    func channelsAndCallsInProgress() async throws {
        try await LoopStack.with(environment: ["ADMIN_TOKEN": NextStepsTests.adminToken]) { stack in
            var converse = HTTPClientRequest(url: stack.gatewayURL + "/converse")
            converse.method = .POST
            converse.headers.add(name: "Content-Type", value: "application/json")
            converse.body = .bytes(ByteBuffer(string: #"{"text": "Is Zyxwv Galactic Hospital in Pune in my network?"}"#))
            #expect(try await HTTPClient.shared.execute(converse, timeout: .seconds(10)).status == .ok)
            let texter = stack.caller()
            _ = try await texter.text("hospitals in Mumbai")
            let caller = stack.caller()
            _ = try await caller.start()
            _ = try await caller.say("Is Qwerty Imaginary Hospital in Kolkata in my network?")
            let (status, body) = try await NextStepsTests.admin(stack, "/admin/overview")
            #expect(status == 200)
            let overview = try JSONDecoder().decode(AdminOverview.self, from: Data(body.utf8))
            #expect(overview.channels["web"]?.calls == 1 && overview.channels["web"]?.topNotFound.first?.name == "Zyxwv Galactic (Pune)", "\(overview.channels)")
            #expect(overview.channels["web"]?.topPlaces.first?.name == "Pune")
            #expect(overview.channels["sms"]?.topPlaces.first?.name == "Mumbai", "\(overview.channels)")
            #expect(overview.inProgress.notFound.first?.name == "Qwerty Imaginary (Kolkata)", "\(overview.inProgress)")
            #expect(overview.week.calls == 0, "the call is still in progress")
            let web = try await NextStepsTests.admin(stack, "/admin/summary?channel=web")
            #expect(web.status == 200 && web.body.contains("Zyxwv Galactic"))
            #expect(try await NextStepsTests.admin(stack, "/admin/summary?channel=fax").status == 400)
        }
    }

    static func call(_ stack: LoopStack, _ sid: String) async throws -> CallRecord? {
        let (status, body) = try await NextStepsTests.admin(stack, "/admin/calls/\(sid)")
        guard status == 200 else { return nil }
        return try JSONDecoder().decode(CallRecord.self, from: Data(body.utf8))
    }

    /// Nobody takes the hand-off, and the caller leaves a message, as Twilio reports both.
    static func leaveVoicemail(_ caller: CallSimulator) async throws {
        _ = try await caller.post(
            path: TwilioRoutes.dialStatus,
            webhook: TwilioWebhook.callback([("DialCallStatus", "no-answer")], callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid))
        _ = try await caller.post(
            path: TwilioRoutes.voicemail,
            webhook: TwilioWebhook.callback(
                [("RecordingSid", "RE" + String(repeating: "d", count: 32)), ("RecordingUrl", "https://api.twilio.com/r/REd"), ("RecordingDuration", "12")],
                callSid: caller.callSid, from: caller.from, to: caller.to, accountSid: caller.accountSid))
    }
}
