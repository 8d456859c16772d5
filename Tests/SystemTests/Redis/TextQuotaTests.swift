import Logging
import Testing

@testable import Brain
@testable import Redis
@testable import Shared

/// The SMS allowance against a real Redis: each cap refuses, in segments, and a turn is counted once.
@Suite("SMS allowance")
struct TextQuotaTests {
    static func quota(_ policy: SMSPolicy) -> TextQuota { TextQuota(keys: RedisKeys(), policy: policy) }

    @Test("Per number, per range, per hour: each cap refuses past its limit, counted in segments, and a redone turn counts once")
    func caps() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let connection = ReconnectingRedisConnection(endpoint: redis.endpoint, logger: Logger(label: "test"))
        let policy = SMSPolicy(callingCodes: ["91"], perNumberDaily: 2, perRangeDaily: 10, globalHourly: 14, globalDaily: 1000)
        let quota = Self.quota(policy)
        let turn = TurnID.random()
        #expect(try await quota.take(number: "+919876500001", segments: 3, turn: turn, on: connection) == .allowed)
        #expect(try await quota.take(number: "+919876500001", segments: 3, turn: turn, on: connection) == .allowed, "a redone turn")
        #expect(try await quota.take(number: "+919876500001", segments: 3, turn: .random(), on: connection) == .allowed)
        #expect(try await quota.take(number: "+919876500001", segments: 1, turn: .random(), on: connection) == .numberLimit)
        // Many numbers in one range: 6 segments used, 4 left in the range.
        #expect(try await quota.take(number: "+919876500002", segments: 4, turn: .random(), on: connection) == .allowed)
        #expect(try await quota.take(number: "+919876500003", segments: 1, turn: .random(), on: connection) == .rangeLimit)
        // Another range goes on until the whole service's hour is spent: 10 used, 4 left.
        #expect(try await quota.take(number: "+918123400001", segments: 4, turn: .random(), on: connection) == .allowed)
        #expect(try await quota.take(number: "+917000000001", segments: 1, turn: .random(), on: connection) == .globalHourly)
        await connection.close()
    }
}
