import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Shared
import Twilio

/// What one simulated line of a capacity level does: place calls one after another until the
/// level stops, each caller thinking between turns. The three kinds share the loop and differ in
/// how a turn is sent: `<Gather>` webhooks, a ConversationRelay socket, or the bare endpoint.
struct CapacityLine: Sendable {
    enum Kind: Sendable {
        /// Signed webhooks to a gateway in gather mode, on one keep-alive connection per call.
        case gather(url: String, signer: LoadCaller)
        /// A gateway in relay mode: the voice webhook, then one socket held for the call.
        case relay(url: String, signingURL: String, authToken: String?)
        /// `GET path` on the gateway, as many times as a call has turns: the floor.
        case floor(url: String, path: String)
    }

    let kind: Kind
    let schedule: CapacitySchedule
    let budget: CallBudget
    /// When the level began; records are in seconds since.
    let origin: ContinuousClock.Instant
    /// No turn is sent after this.
    let stop: ContinuousClock.Instant

    /// Runs line `index` of the level and returns its turns.
    func run(index: Int) async -> [TurnRecord] {
        var records: [TurnRecord] = []
        var call = 0
        var thinks = 0
        guard await sleep(until: origin + .seconds(schedule.start(ofCall: index))) else { return records }
        while ContinuousClock.now < stop, budget.take() {
            let script = LoadProfile.calls[(index + call * 7) % LoadProfile.calls.count]
            let think = { () async -> Bool in
                thinks += 1
                return await sleep(until: ContinuousClock.now + .seconds(schedule.think(caller: index, turn: thinks)))
            }
            records += await place(script: script, think: think)
            call += 1
            // The next caller on this line dials in a think time later.
            guard await think() else { break }
        }
        return records
    }

    private func sleep(until instant: ContinuousClock.Instant) async -> Bool {
        if instant >= stop { return false }
        try? await Task.sleep(until: instant, clock: .continuous)
        return !Task.isCancelled && ContinuousClock.now < stop
    }

    private func now() -> Double { (ContinuousClock.now - origin).seconds }

    /// One call: its turns in order, thinking between them; a failed turn ends the call.
    private func place(script: [String], think: () async -> Bool) async -> [TurnRecord] {
        switch kind {
        case .gather(let url, let caller):
            return await gatherCall(url: url, caller: caller, script: script, think: think)
        case .relay(let url, let signingURL, let authToken):
            return await relayCall(url: url, signingURL: signingURL, authToken: authToken, script: script, think: think)
        case .floor(let url, let path):
            return await floorCall(url: url, path: path, turns: script.count + 1, think: think)
        }
    }

    private func gatherCall(url: String, caller: LoadCaller, script: [String], think: () async -> Bool) async -> [TurnRecord] {
        var records: [TurnRecord] = []
        guard let (host, port) = Self.hostAndPort(url) else { return [TurnRecord(sent: now(), finished: now(), failed: true)] }
        let callSid = TwilioWebhook.randomCallSid()
        let from = "+9198765" + String(format: "%05d", Int.random(in: 0..<100_000))
        do {
            try await LoadConnection.with(host: host, port: port, group: MultiThreadedEventLoopGroup.singleton) { post in
                for (turn, line) in ([String?.none] + script.map(Optional.some)).enumerated() {
                    if turn > 0 { guard await think() else { return } }
                    let webhook =
                        line.map { TwilioWebhook.speech($0, confidence: 0.92, callSid: callSid, from: from, to: Self.to, accountSid: BenchCommand.accountSid) }
                        ?? TwilioWebhook.callStarted(callSid: callSid, from: from, to: Self.to, accountSid: BenchCommand.accountSid)
                    let sent = now()
                    do {
                        let timing = try await caller.send(post, path: line == nil ? TwilioRoutes.voice : TwilioRoutes.processSpeech, webhook: webhook)
                        records.append(TurnRecord(sent: sent, finished: sent + timing.seconds, holds: timing.holds, apologised: timing.apologised))
                        if timing.ended { return }
                    } catch {
                        records.append(TurnRecord(sent: sent, finished: now(), failed: true))
                        return
                    }
                }
            }
        } catch {
            // The connection could not be opened (or broke between turns): one failed turn.
            records.append(TurnRecord(sent: now(), finished: now(), failed: true))
        }
        return records
    }

    private func relayCall(url: String, signingURL: String, authToken: String?, script: [String], think: () async -> Bool) async -> [TurnRecord] {
        var records: [TurnRecord] = []
        let from = "+9198765" + String(format: "%05d", Int.random(in: 0..<100_000))
        let caller = RelayCaller(webhooks: CallSimulator(baseURL: url, signingBaseURL: signingURL, authToken: authToken, from: from))
        caller.timeout = .seconds(15)
        do {
            _ = try await caller.start()
        } catch {
            return [TurnRecord(sent: now(), finished: now(), failed: true)]
        }
        for line in script {
            guard await think() else { break }
            let started = ContinuousClock.now
            let sent = now()
            do {
                var reply = try await caller.say(line, endWait: .zero)
                let firstToken = reply.firstToken ?? (ContinuousClock.now - started).seconds
                var record = TurnRecord(sent: sent, finished: sent + firstToken)
                // A hold is a whole short reply of its own; the answer follows on the same socket.
                while record.holds < CallSimulator.maximumRedirects {
                    let heard = TurnRecord.classify(reply.text)
                    guard heard.holds > 0 else { break }
                    record.holds += heard.holds
                    reply = try await caller.reply(since: started, endWait: .zero)
                }
                record.apologised = TurnRecord.classify(reply.text).apologised
                records.append(record)
                if reply.ending != nil { break }
            } catch {
                records.append(TurnRecord(sent: sent, finished: now(), failed: true))
                break
            }
        }
        await caller.hangUp()
        return records
    }

    private func floorCall(url: String, path: String, turns: Int, think: () async -> Bool) async -> [TurnRecord] {
        var records: [TurnRecord] = []
        guard let (host, port) = Self.hostAndPort(url) else { return [TurnRecord(sent: now(), finished: now(), failed: true)] }
        do {
            try await LoadConnection.with(host: host, port: port, group: MultiThreadedEventLoopGroup.singleton, method: .GET) { request in
                for turn in 0..<turns {
                    if turn > 0 { guard await think() else { return } }
                    let sent = now()
                    let reply = try await request(path, [:], ByteBuffer())
                    records.append(TurnRecord(sent: sent, finished: now(), failed: reply.status != 200))
                }
            }
        } catch {
            records.append(TurnRecord(sent: now(), finished: now(), failed: true))
        }
        return records
    }

    static let to = "+15551234567"

    static func hostAndPort(_ url: String) -> (String, Int)? {
        guard let components = URLComponents(string: url), let host = components.host else { return nil }
        return (host, components.port ?? (components.scheme == "https" ? 443 : 80))
    }
}
