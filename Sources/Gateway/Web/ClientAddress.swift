import Hummingbird
import NIOCore

/// Who a request comes from, for rate limits: the connection's peer, or, when that peer is a
/// proxy on this machine or a private network (nginx, a load balancer), the client it forwarded
/// for (`X-Forwarded-For`'s last hop it added, or `X-Real-IP`).
enum ClientAddress {
    static func of(_ request: Request, peer: SocketAddress?) -> String {
        let peerIP = peer?.ipAddress ?? "unknown"
        guard isProxy(peerIP) else { return peerIP }
        if let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").last {
            let client = forwarded.trimmingCharacters(in: .whitespaces)
            if isAddress(client) { return client }
        }
        if let real = request.headers[.xRealIP], isAddress(real) { return real }
        return peerIP
    }

    static func isProxy(_ ip: String) -> Bool {
        ip == "::1" || ip.hasPrefix("127.") || ip.hasPrefix("10.") || ip.hasPrefix("192.168.") || ip.hasPrefix("fd") || ip.hasPrefix("fc")
            || (ip.hasPrefix("172.") && (16...31).contains(Int(ip.split(separator: ".").dropFirst().first ?? "") ?? 0))
    }

    /// Digits, hex, dots and colons only, short: safe as part of a Redis key.
    static func isAddress(_ text: String) -> Bool {
        (2...45).contains(text.utf8.count) && text.utf8.allSatisfy { $0.isASCIIAlphanumeric || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
    }
}
