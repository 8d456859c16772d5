import CCrypt
import Foundation
import Shared

/// Password hashes for `ADMIN_USERS`, through the system's libxcrypt: bcrypt (`$2b$`), yescrypt
/// (`$y$`) and SHA-512-crypt (`$6$`) hashes as `mkpasswd`, `htpasswd -B` or `loop hash-password` make them.
///
/// Hashing is slow on purpose (tens of milliseconds): call it off the event loops.
public enum PasswordHash {
    /// True when `password` matches `hash`, compared in constant time.
    public static func verify(_ password: String, against hash: String) -> Bool {
        guard hash.hasPrefix("$"), let computed = crypt(password, setting: hash) else { return false }
        return Secrets.equal(computed, hash)
    }

    /// A new bcrypt hash of `password` (cost 12).
    public static func make(_ password: String, cost: UInt = 12) -> String? {
        var salt = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        guard crypt_gensalt_rn("$2b$", cost, nil, 0, &salt, Int32(salt.count)) != nil else { return nil }
        let setting = String(decoding: salt.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return crypt(password, setting: setting)
    }

    /// `crypt_r` with its work area on the heap (it is tens of kilobytes); nil when the setting is not a known hash.
    private static func crypt(_ password: String, setting: String) -> String? {
        let data = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<crypt_data>.size, alignment: MemoryLayout<crypt_data>.alignment)
        defer { data.deallocate() }
        data.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let result = crypt_r(password, setting, data.assumingMemoryBound(to: crypt_data.self)) else { return nil }
        let text = String(cString: result)
        // libxcrypt signals failure with a string starting with '*'.
        return text.hasPrefix("*") ? nil : text
    }
}
