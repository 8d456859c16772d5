import Config
import Foundation
import Hummingbird
import NIOCore
import Shared

#if canImport(Glibc)
    import Glibc
#endif

/// An IP address as its bytes: 4 for IPv4, 16 for IPv6; parsed strictly, so a header's free text
/// never passes for an address.
struct IPAddress: Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    let description: String

    init?(_ text: some StringProtocol) {
        let text = String(text).trimmingCharacters(in: .whitespaces)
        guard (2...45).contains(text.utf8.count) else { return nil }
        var v4 = in_addr()
        var v6 = in6_addr()
        if text.contains(":") {
            guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
            bytes = withUnsafeBytes(of: &v6) { Array($0) }
        } else {
            guard inet_pton(AF_INET, text, &v4) == 1 else { return nil }
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
        }
        description = text
    }

    /// Whom limits and lockouts count this address as: an IPv4 address itself (also written as
    /// `::ffff:a.b.c.d`), an IPv6 address its /64, since one client's network holds 2^64 of them.
    var subject: String {
        guard bytes.count == 16 else { return description }
        if bytes.prefix(10).allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            return bytes.suffix(4).map(String.init).joined(separator: ".")
        }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }
}

/// `TRUSTED_PROXIES`: the networks whose `X-Forwarded-For` is believed (a load balancer, nginx).
/// Empty by default: then the client is always the connection's own peer.
struct TrustedProxies: Sendable, Equatable {
    struct Network: Sendable, Equatable {
        let prefix: [UInt8]
        let bits: Int

        func contains(_ address: IPAddress) -> Bool {
            guard address.bytes.count == prefix.count else { return false }
            var remaining = bits
            for (index, byte) in address.bytes.enumerated() where remaining > 0 {
                let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
                if byte & mask != prefix[index] & mask { return false }
                remaining -= 8
            }
            return true
        }
    }

    let networks: [Network]

    static let none = TrustedProxies(networks: [])

    init(networks: [Network]) {
        self.networks = networks
    }

    /// `10.0.0.0/8, 127.0.0.1, fd00::/8`: CIDRs or single addresses, refused whole with the entry
    /// that is not one.
    init(parsing text: String) throws(ConfigurationError) {
        var networks: [Network] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let address = IPAddress(parts[0]) else { throw ConfigurationError("TRUSTED_PROXIES entry '\(entry)' is not an IP address or CIDR") }
            let maximum = address.bytes.count * 8
            let bits = parts.count == 2 ? Int(parts[1]) : maximum
            guard let bits, (0...maximum).contains(bits) else {
                throw ConfigurationError("TRUSTED_PROXIES entry '\(entry)' has a prefix length outside 0–\(maximum)")
            }
            networks.append(Network(prefix: address.bytes, bits: bits))
        }
        self.networks = networks
    }

    func trusts(_ address: IPAddress) -> Bool {
        networks.contains { $0.contains(address) }
    }
}

/// Who a request comes from, for rate limits, lockouts and logs.
enum ClientAddress {
    /// The key a client's rate limits and lockouts are counted under (``IPAddress/subject``).
    static func subject(of request: Request, peer: SocketAddress?, trusted: TrustedProxies) -> String {
        let address = of(request, peer: peer, trusted: trusted)
        return IPAddress(address)?.subject ?? address
    }

    /// The connection's peer, unless it is a trusted proxy: then the nearest address in
    /// `X-Forwarded-For` that is not itself a trusted proxy (read from the right, as each proxy
    /// appends), or `X-Real-IP`. Anything that is not strictly an IP address ends the walk.
    static func of(_ request: Request, peer: SocketAddress?, trusted: TrustedProxies) -> String {
        guard let peerIP = peer?.ipAddress.flatMap(IPAddress.init) else { return "unknown" }
        guard trusted.trusts(peerIP) else { return peerIP.description }
        if let forwarded = request.headers[.xForwardedFor] {
            var client = peerIP
            for hop in forwarded.split(separator: ",").reversed() {
                guard let address = IPAddress(hop) else { break }
                client = address
                if !trusted.trusts(address) { break }
            }
            return client.description
        }
        if let real = request.headers[.xRealIP].flatMap(IPAddress.init) { return real.description }
        return peerIP.description
    }
}
