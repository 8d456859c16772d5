import Crypto

/// Comparisons of secrets (tokens, CSRF values, password hashes) that take the same time however
/// much of them matches.
public enum Secrets {
    /// Constant-time equality: both sides hashed first, so even their lengths do not leak.
    public static func equal(_ given: String, _ expected: String) -> Bool {
        let left = SHA256.hash(data: Array(given.utf8)), right = SHA256.hash(data: Array(expected.utf8))
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
