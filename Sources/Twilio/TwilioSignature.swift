import Crypto
import Foundation

/// Computes and checks `X-Twilio-Signature`, exactly as Twilio's helper libraries do.
///
/// The signature is base64(HMAC-SHA1(auth token, URL + each POST parameter's name and value,
/// sorted by name)). Like Twilio's own validator, a URL is accepted with or without its
/// default port, because Twilio's signing is inconsistent about it.
public struct TwilioSignature: Sendable {
    private let key: SymmetricKey

    public init(authToken: String) {
        self.key = SymmetricKey(data: Array(authToken.utf8))
    }

    /// The signature Twilio would send for a request to `url` with these form parameters.
    public func signature(url: String, parameters: [(String, String)]) -> String {
        var message = Array(url.utf8)
        let sorted = parameters.sorted { lhs, rhs in
            if lhs.0 != rhs.0 { return lhs.0.unicodeScalars.lexicographicallyPrecedes(rhs.0.unicodeScalars) }
            return lhs.1.unicodeScalars.lexicographicallyPrecedes(rhs.1.unicodeScalars)
        }
        var previous: (String, String)?
        for pair in sorted {
            // Twilio signs each distinct name/value pair once.
            if let previous, previous == pair { continue }
            message.append(contentsOf: pair.0.utf8)
            message.append(contentsOf: pair.1.utf8)
            previous = pair
        }
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key)
        return Data(mac).base64EncodedString()
    }

    /// True when `signature` matches the request, compared in constant time.
    public func isValid(signature: String, url: String, parameters: [(String, String)]) -> Bool {
        guard !signature.isEmpty else { return false }
        var valid = false
        for candidate in Self.urlVariants(url) {
            // Evaluate every variant so the time taken does not depend on which one matched.
            valid = Self.constantTimeEquals(self.signature(url: candidate, parameters: parameters), signature) || valid
        }
        return valid
    }

    /// The URL as given, with its default port added, and with any default port removed.
    ///
    /// Worked on the text (scheme, then the authority up to the first `/`, `?` or `#`): this runs
    /// on every webhook, and a full URL parse cost more than the HMAC itself.
    static func urlVariants(_ url: String) -> [String] {
        let lowered = url.prefix(8).lowercased()
        let (defaultPort, schemeLength) = lowered.hasPrefix("https://") ? ("443", 8) : lowered.hasPrefix("http://") ? ("80", 7) : ("", 0)
        guard schemeLength > 0 else { return [url] }
        let authorityStart = url.utf8.index(url.utf8.startIndex, offsetBy: schemeLength)
        let authorityEnd =
            url.utf8[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? url.utf8.endIndex
        let authority = url[authorityStart..<authorityEnd]
        let rest = url[authorityEnd...]
        let head = url[..<authorityStart]
        // The port is after the last colon, unless that colon is inside an IPv6 literal.
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            let port = authority[authority.index(after: colon)...]
            guard port == defaultPort else { return [url] }
            return [url, String(head + authority[..<colon] + rest)]
        }
        guard !authority.isEmpty else { return [url] }
        return [url, String(head + authority + ":" + defaultPort + rest)]
    }

    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
