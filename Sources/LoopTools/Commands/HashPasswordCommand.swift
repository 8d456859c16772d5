import ArgumentParser
import Foundation
import PasswordHashing
import Shared

/// `loop hash-password`: a bcrypt hash for one `ADMIN_USERS` entry.
struct HashPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash-password",
        abstract: "Print a bcrypt hash of a password read from standard input, for ADMIN_USERS.",
        discussion: """
            Example: printf '%s' 'a long passphrase' | loop hash-password --user alice
            prints alice:$2b$12$…, one entry of ADMIN_USERS (entries are separated by commas).
            """)

    @Option(help: "Print the entry for this user name (name:hash).") var user: String?
    @Option(help: "bcrypt cost, 10 to 15.") var cost: UInt = 12

    func validate() throws {
        guard (10...15).contains(cost) else { throw ValidationError("--cost must be from 10 to 15.") }
        if let user, user.isEmpty || user.contains(":") || user.contains(",") {
            throw ValidationError("--user must be a name without ':' or ','.")
        }
    }

    func run() throws {
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let password = input.hasSuffix("\n") ? String(input.dropLast()) : input
        guard password.count >= 12 else { throw ValidationError("Use a password of at least 12 characters (read from standard input).") }
        guard let hash = PasswordHash.make(password, cost: cost) else { throw ValidationError("The system's libcrypt could not make a bcrypt hash.") }
        print(user.map { "\($0):\(hash)" } ?? hash)
    }
}
