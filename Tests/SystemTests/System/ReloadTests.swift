import Foundation
import Logging
import Testing

@testable import Brain
@testable import Gateway
@testable import HospitalSearch
@testable import LoopTools
@testable import Redis
@testable import Shared

/// Reloading the network list while calls go on.
@Suite("Network list reload", .serialized, .timeLimit(.minutes(3)))
struct ReloadTests {
    static let header = "HOSPITAL NAME,Address,CITY\n"
    static let base = header + "Ruby Hall Clinic,\"40, Sassoon Road\",Pune\nJehangir Hospital,\"32, Sassoon Road\",Pune\n"
    static let extended = base + "Sahyadri Super Speciality Hospital,\"Plot 30-C, Erandwane, Karve Road\",Pune\n"

    @Test("A good new list is swapped in; a bad one is refused and the old one keeps serving")
    func holderKeepsTheOldListOnFailure() throws {
        let directory = try TestPaths.temporaryDirectory("reload")
        let path = directory.appendingPathComponent("list.csv").path
        try Self.base.write(toFile: path, atomically: true, encoding: .utf8)
        let logger = Logger(label: "test")
        let holder = NetworkHolder(try HospitalDirectory.load(path: path, logger: logger).get())
        #expect(holder.directory.count == 2)
        try Self.extended.write(toFile: path, atomically: true, encoding: .utf8)
        guard case .success = holder.reload(path: path, logger: logger) else {
            Issue.record("the good list did not load")
            return
        }
        #expect(holder.directory.count == 3)
        try "Name,City\nbroken,x\n".write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let error) = holder.reload(path: path, logger: logger) else {
            Issue.record("a bad list was accepted")
            return
        }
        #expect(error.problem.contains("missing column"))
        #expect(holder.directory.count == 3)
    }

    @Test("SIGHUP reloads a running brain's list between turns of the same call")
    func sighupReloadsMidCall() async throws {
        let directory = try TestPaths.temporaryDirectory("reload-e2e")
        let path = directory.appendingPathComponent("list.csv").path
        try Self.base.write(toFile: path, atomically: true, encoding: .utf8)
        let stack = try await LoopStack(hospitalsCSV: path)
        let caller = stack.caller()
        _ = try await caller.start()
        #expect(try await caller.say("Is Sahyadri in my network?").text.hasPrefix("No"))

        try Self.extended.write(toFile: path, atomically: true, encoding: .utf8)
        let brain = stack.brainProcesses[0]
        brain.signal(SIGHUP)
        #expect(await eventually { brain.log.contains("Network list reloaded") })
        let reloaded = try await caller.say("Is Sahyadri in my network?").text
        #expect(reloaded.hasPrefix("Yes"), "\(reloaded)")

        try "not,a,network,list\n".write(toFile: path, atomically: true, encoding: .utf8)
        brain.signal(SIGHUP)
        #expect(await eventually { brain.log.contains("Network list reload failed") })
        let kept = try await caller.say("Is Sahyadri in my network?").text
        #expect(kept.hasPrefix("Yes"), "\(kept)")
        #expect(brain.isRunning)
        await stack.shutdown()
    }

    @Test("With HOSPITALS_SOURCE=redis, SIGHUP reloads the uploaded list, never the file over it")
    func sighupKeepsTheUploadedList() async throws {
        let directory = try TestPaths.temporaryDirectory("reload-redis")
        let path = directory.appendingPathComponent("list.csv").path
        try Self.base.write(toFile: path, atomically: true, encoding: .utf8)
        let stack = try await LoopStack(hospitalsCSV: path, environment: ["HOSPITALS_SOURCE": "redis"])
        let brain = stack.brainProcesses[0]
        let client = RedisClient(endpoint: stack.redis.endpoint, logger: Logger(label: "test"))
        _ = try await NetworkStore(keys: RedisKeys()).store(
            csv: Array(Self.extended.utf8), rows: 3, uploadedBy: "test", fingerprint: "uploaded", redis: client)
        #expect(await eventually { brain.log.contains("Serving an uploaded network list") })
        let caller = stack.caller()
        _ = try await caller.start()
        #expect(try await caller.say("Is Sahyadri in my network?").text.hasPrefix("Yes"))

        brain.signal(SIGHUP)
        #expect(await eventually { brain.log.components(separatedBy: "Serving an uploaded network list").count == 3 }, "\(brain.log.suffix(2000))")
        #expect(!brain.log.contains("Network list reloaded"), "SIGHUP read the file over the uploaded list")
        let after = try await caller.say("Is Sahyadri in my network?").text
        #expect(after.hasPrefix("Yes"), "\(after)")
        await client.shutdown()
        await stack.shutdown()
    }
}
