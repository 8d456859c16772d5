import Testing

@testable import LoopTools

/// Reading the stack's figures: `/proc` for each process, `INFO` for Redis, and the deltas a level
/// reports per turn.
@Suite("capacity meters")
struct CapacityMetersTests {
    @Test("CPU ticks are user plus system time, counted after the command name even when it holds spaces and parentheses")
    func procStatIsParsed() {
        let stat =
            "4242 (brain (worker) 1) S 1 4242 4242 0 -1 4194560 5123 0 3 0 1500 320 0 0 20 0 9 0 123456 1073741824 12000 18446744073709551615 1 1 0 0 0 0 0 4096 17475 0 0 0 17 1 0 0 0 0 0"
        #expect(ProcessMeter.cpuTicks(stat: stat) == 1820)
        #expect(ProcessMeter.cpuTicks(stat: "garbage") == nil)
        #expect(ProcessMeter.cpuTicks(stat: "1 (x) S 1 2") == nil)
    }

    @Test("Resident memory is VmRSS, in bytes")
    func procStatusIsParsed() {
        let status = "Name:\tgateway\nVmPeak:\t  900000 kB\nVmRSS:\t   41234 kB\nRssAnon:\t   30000 kB\n"
        #expect(ProcessMeter.residentBytes(status: status) == 41234 * 1024)
        #expect(ProcessMeter.residentBytes(status: "Name:\tzombie\n") == nil)
    }

    @Test("INFO commandstats and cpu give calls per command and CPU seconds; the benchmark's own INFO is not counted")
    func redisInfoIsParsed() {
        let text = """
            # Commandstats\r
            cmdstat_evalsha:calls=1200,usec=90000,usec_per_call=75.00,rejected_calls=0,failed_calls=0\r
            cmdstat_blmove:calls=610,usec=3000,usec_per_call=4.92,rejected_calls=0,failed_calls=0\r
            cmdstat_info:calls=7,usec=700,usec_per_call=100.00,rejected_calls=0,failed_calls=0\r
            # CPU\r
            used_cpu_sys:12.500000\r
            used_cpu_user:30.250000\r
            used_cpu_sys_children:0.000000\r
            """
        let info = RedisInfo(parsing: text)
        #expect(info.calls == ["evalsha": 1200, "blmove": 610, "info": 7])
        #expect(info.servedCalls == 1810)
        #expect(abs(info.cpuSeconds - 42.75) < 1e-9)
    }

    @Test("A level's CPU and Redis commands are the differences between the window's two readings")
    func samplesGiveDeltas() {
        let start = ContinuousClock.now
        let before = StackSample(
            at: start, processes: ["gateway": .init(cpuSeconds: 10, residentBytes: 1 << 20)],
            redis: RedisInfo(calls: ["get": 100, "info": 3], cpuSeconds: 5))
        let after = StackSample(
            at: start + .seconds(20), processes: ["gateway": .init(cpuSeconds: 12.5, residentBytes: 2 << 20), "brain": .init(cpuSeconds: 3, residentBytes: 0)],
            redis: RedisInfo(calls: ["get": 1100, "info": 5], cpuSeconds: 6))
        #expect(after.cpuSeconds(since: before) == ["gateway": 2.5, "redis": 1])
        #expect(after.redisCalls(since: before) == 1000)
        #expect(StackSample(at: start).redisCalls(since: before) == nil)
    }

    @Test("The CPU model is /proc/cpuinfo's first model name")
    func cpuModelIsRead() {
        #expect(
            MachineDescription.model(cpuinfo: "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: other\n")
                == "AMD EPYC 7B13")
        #expect(MachineDescription.model(cpuinfo: "") == nil)
    }
}

/// Per-turn figures of a level, including Redis commands net of what the stack sends when idle.
@Suite("capacity level figures")
struct CapacityLevelFiguresTests {
    @Test("CPU and Redis commands are divided by the answered turns; idle Redis traffic over the window is taken off")
    func perTurnFigures() {
        let turns = TurnTally((0..<200).map { TurnRecord(sent: 1 + Double($0) * 0.05, finished: 1.01 + Double($0) * 0.05) }, from: 1, to: 11)
        let level = CapacityLevelResult(
            mode: "gather", calls: 120, turns: turns, cpuSeconds: ["gateway": 0.1, "redis": 0.05], resident: [:], gatewayGrowth: 120 * 4096,
            redisCalls: 2_600, idleRedisPerSecond: 60, cutShort: false, passed: true)
        #expect(level.cpuPerTurn("gateway") == 500)
        #expect(level.cpuPerTurn("brain") == nil)
        #expect(abs((level.coreShare("redis") ?? 0) - 0.005) < 1e-12)
        #expect(level.redisCallsPerTurn == 13)
        #expect(level.turnRedisCallsPerTurn == 10)
        #expect(level.bytesPerCall == 4096)
    }
}
