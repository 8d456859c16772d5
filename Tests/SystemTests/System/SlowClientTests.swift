import Foundation
import NIOCore
import NIOPosix
import Testing

/// Clients too slow to send a request are cut off, so a few hundred slow sockets cannot hold a
/// gateway; everyone else is answered meanwhile.
@Suite("Slow clients", .timeLimit(.minutes(2)))
struct SlowClientTests {
    /// A raw connection to the gateway that sends `bytes` and then nothing.
    static func stall(port: Int, sending bytes: String) async throws -> any Channel {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port).get()
        try await channel.writeAndFlush(ByteBuffer(string: bytes)).get()
        return channel
    }

    @Test(
        "Headers not in within HEADER_TIMEOUT_SECONDS, or a body not in within BODY_TIMEOUT_SECONDS, close the connection, on a gateway in either voice mode",
        arguments: ["gather", "relay"])
    func slowClientsAreCutOff(mode: String) async throws {
        try await LoopStack.with(environment: ["HEADER_TIMEOUT_SECONDS": "1", "BODY_TIMEOUT_SECONDS": "2", "VOICE_MODE": mode]) { stack in
            let port = stack.gatewayPorts[0]
            let started = ContinuousClock.now
            let slowHeaders = try await Self.stall(port: port, sending: "POST /converse HTTP/1.1\r\nHost: loop\r\n")
            let slowBody = try await Self.stall(
                port: port, sending: "POST /converse HTTP/1.1\r\nHost: loop\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"te")
            let silent = try await Self.stall(port: port, sending: "")
            // Meanwhile the gateway answers others.
            #expect(await LoopStack.get(stack.gatewayURL + "/health")?.status == 200)
            #expect(await eventually(timeout: .seconds(5), interval: .milliseconds(50)) { !slowHeaders.isActive && !silent.isActive })
            let headersCut = ContinuousClock.now - started
            #expect(headersCut >= .milliseconds(900), "closed after \(headersCut), before the header timeout")
            #expect(await eventually(timeout: .seconds(6), interval: .milliseconds(50)) { !slowBody.isActive })
            #expect(ContinuousClock.now - started >= .milliseconds(1900), "the body's own timeout counts from its headers")
        }
    }
}
