import Config
import Shared

/// Which numbers Loop AI texts, and how much: SMS pumping (making a service text premium,
/// satellite or long ranges of numbers that pay the fraudster) is a real fraud, so a text goes
/// only to a well-formed number in an allowed country, outside premium and satellite ranges,
/// within per-number, per-range and whole-service caps counted in segments.
struct SMSPolicy: Sendable, Equatable {
    /// Calling codes of `SMS_ALLOWED_COUNTRIES` (`IN`: `91`).
    var callingCodes: [String]
    /// Texts to one number per UTC day (`SMS_DAILY_LIMIT`).
    var perNumberDaily: Int
    /// Segments to one range of numbers (the country code and the next four digits) per UTC day.
    var perRangeDaily: Int
    /// Segments the whole service sends per hour and per UTC day.
    var globalHourly: Int
    var globalDaily: Int

    /// ISO country → calling code, for the countries a deployment may allow.
    static let callingCodes: [String: String] = [
        "IN": "91", "US": "1", "CA": "1", "GB": "44", "AE": "971", "SG": "65", "AU": "61", "SA": "966", "QA": "974", "KW": "965",
        "OM": "968", "BH": "973", "NP": "977", "BD": "880", "LK": "94", "MY": "60", "DE": "49", "FR": "33",
    ]

    /// Premium-rate and international-network ranges no deployment texts, allowed country or not.
    static let blockedPrefixes = ["+1900", "+1976", "+4487", "+4490", "+4491", "+4498", "+881", "+882", "+883", "+979", "+808"]

    /// `SMS_ALLOWED_COUNTRIES`: ISO codes, comma-separated.
    static func callingCodes(for countries: String) throws(ConfigurationError) -> [String] {
        var codes: [String] = []
        for entry in countries.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).uppercased() }) where !entry.isEmpty {
            guard let code = callingCodes[entry] else {
                throw ConfigurationError(
                    "SMS_ALLOWED_COUNTRIES entry '\(entry)' is not a country Loop AI knows; use ISO codes among \(callingCodes.keys.sorted().joined(separator: ", ")).")
            }
            codes.append(code)
        }
        return codes
    }

    /// True for `+` and 8 to 15 digits, not starting with 0 (E.164).
    static func isE164(_ number: String) -> Bool {
        let digits = number.utf8.dropFirst()
        return number.hasPrefix("+") && (8...15).contains(digits.count) && digits.allSatisfy { (48...57).contains($0) } && digits.first != 48
    }

    /// True when Loop AI may text `number` at all.
    func allows(_ number: String) -> Bool {
        guard Self.isE164(number), !Self.blockedPrefixes.contains(where: number.hasPrefix) else { return false }
        return callingCodes.contains { number.hasPrefix("+" + $0) }
    }

    /// The range a number belongs to, for the per-range cap: the country code and the next four digits.
    static func range(of number: String) -> String {
        String(number.prefix(8))
    }
}

/// How many SMS segments a text takes: 160 characters (153 per part when split) in the GSM
/// alphabet, 70 (67) UTF-16 units otherwise — a text in an Indian script is several.
enum SMSSegments {
    static func count(_ text: String) -> Int {
        let gsm = text.unicodeScalars.allSatisfy { Self.gsm.contains($0) }
        let length = gsm ? text.unicodeScalars.reduce(0) { $0 + (Self.gsmExtension.contains($1) ? 2 : 1) } : text.utf16.count
        let (single, part) = gsm ? (160, 153) : (70, 67)
        if length <= single { return 1 }
        return (length + part - 1) / part
    }

    /// Typography with a plain GSM equivalent, replaced so a text of Latin letters stays GSM
    /// (160 characters a segment) instead of becoming UCS-2 (70) for one curly quote or dash.
    static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !gsm.contains($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": result += "'"
            case "\u{201C}", "\u{201D}", "\u{201E}": result += "\""
            case "\u{2013}", "\u{2014}", "\u{2212}": result += "-"
            case "\u{2026}": result += "..."
            case "\u{00A0}", "\u{2009}", "\u{202F}": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The GSM 03.38 default alphabet, and its extension characters (two septets each).
    static let gsmExtension = Set("^{}\\[~]|€".unicodeScalars)
    static let gsm: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
            .unicodeScalars
    ).union(gsmExtension)
}
