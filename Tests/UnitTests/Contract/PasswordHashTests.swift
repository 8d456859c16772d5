import PasswordHashing
import Testing

@testable import Shared

/// `ADMIN_USERS` password hashes through the system's libxcrypt.
@Suite("Password hashes")
struct PasswordHashTests {
    @Test("Hashes made by other tools verify: SHA-512-crypt from openssl, bcrypt from Python; a wrong password or a junk hash does not")
    func verifiesForeignHashes() {
        let sha512 = "$6$saltsalt$hRM5XZ86KXEw9UOmjigeVqFgULtFB2sgpC9lXQDfMib3Zgw7mEiUvBJI2EplzfAqxL5Vvwp2scFtv/uamSo5z0"
        let bcrypt = "$2b$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e"
        #expect(PasswordHash.verify("correct horse", against: sha512))
        #expect(PasswordHash.verify("correct horse", against: bcrypt))
        #expect(!PasswordHash.verify("correct horsf", against: sha512))
        #expect(!PasswordHash.verify("correct horse", against: "plain-text"))
        #expect(!PasswordHash.verify("correct horse", against: "$9$nonsense"))
    }

    @Test("A hash it makes is bcrypt, salted afresh each time, and verifies")
    func makesBcrypt() throws {
        let first = try #require(PasswordHash.make("a long passphrase", cost: 4))
        let second = try #require(PasswordHash.make("a long passphrase", cost: 4))
        #expect(first.hasPrefix("$2b$04$") && first != second)
        #expect(PasswordHash.verify("a long passphrase", against: first))
        #expect(!PasswordHash.verify("a long passphrasE", against: first))
    }
}
