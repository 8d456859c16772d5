import Config
import Testing

@testable import Gateway
@testable import Shared

/// `TRUSTED_PROXIES` and the addresses in forwarded headers: parsed strictly, matched by prefix.
@Suite("Trusted proxies")
struct TrustedProxiesTests {
    @Test("Addresses are IPv4 or IPv6 and nothing else", arguments: ["10.0.0.1", "::1", "2001:db8::7", "203.0.113.255"])
    func addresses(_ text: String) {
        #expect(IPAddress(text) != nil)
    }

    @Test("Free text never passes for an address", arguments: ["unknown", "10.0.0", "10.0.0.256", "1.2.3.4:80", "127.0.0.1 OR 1=1", "", "::g"])
    func notAddresses(_ text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test("CIDRs and single addresses match by prefix; a bad entry is refused with its text")
    func networks() throws {
        let trusted = try TrustedProxies(parsing: "10.0.0.0/8, 192.168.1.7, fd00::/8")
        #expect(trusted.trusts(IPAddress("10.200.3.4")!) && trusted.trusts(IPAddress("192.168.1.7")!) && trusted.trusts(IPAddress("fd12::1")!))
        #expect(!trusted.trusts(IPAddress("11.0.0.1")!) && !trusted.trusts(IPAddress("192.168.1.8")!) && !trusted.trusts(IPAddress("fe80::1")!))
        #expect(TrustedProxies.none.networks.isEmpty && !TrustedProxies.none.trusts(IPAddress("127.0.0.1")!))
        #expect(throws: ConfigurationError.self) { try TrustedProxies(parsing: "10.0.0.0/33") }
        #expect(throws: ConfigurationError.self) { try TrustedProxies(parsing: "10.0.0.0/8, private") }
    }

    @Test(
        "Limits count an IPv6 client by its /64 and an IPv4 client by its address, however it is written",
        arguments: [
            ("2001:db8:1:2::1", "2001:db8:1:2::/64"), ("2001:0db8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
            ("2001:db8:1:3::1", "2001:db8:1:3::/64"), ("::ffff:203.0.113.7", "203.0.113.7"), ("203.0.113.7", "203.0.113.7"), ("::1", "0:0:0:0::/64"),
        ])
    func limitSubjects(_ address: String, _ subject: String) {
        #expect(IPAddress(address)?.subject == subject)
    }
}
