import Foundation
import NIOCore
import NIOPosix

/// Sends one plain-text mail through an SMTP relay (RFC 5321: EHLO, MAIL, RCPT, DATA, QUIT) over
/// the event loops: the relay is on the host or a private network (a local postfix, the
/// insurer's relay), so neither TLS nor a login is spoken.
struct SMTPMailer: Sendable {
    let host: String
    let port: Int
    let from: String
    var timeout: Duration = .seconds(15)

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func send(to recipients: [String], subject: String, body: String) async throws {
        guard !recipients.isEmpty else { return }
        let message = Self.message(from: from, to: recipients, subject: subject, body: body)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.converse(recipients: recipients, message: message) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw Failure(description: "the SMTP relay \(host):\(port) did not finish within \(timeout)")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func converse(recipients: [String], message: String) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        try await channel.executeThenClose { inbound, outbound in
            var replies = SMTPReplies(inbound.makeAsyncIterator())
            func expect(_ code: Int, after command: String?) async throws {
                if let command { try await outbound.write(ByteBuffer(string: command + "\r\n")) }
                let (got, text) = try await replies.next()
                guard got == code else {
                    throw Failure(description: "the SMTP relay answered \(got) \(text.prefix(200)) to \(command?.prefix(40) ?? "the connection")")
                }
            }
            try await expect(220, after: nil)
            try await expect(250, after: "EHLO loop-ai")
            try await expect(250, after: "MAIL FROM:<\(from)>")
            for recipient in recipients { try await expect(250, after: "RCPT TO:<\(recipient)>") }
            try await expect(354, after: "DATA")
            try await expect(250, after: message + "\r\n.")
            try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        }
    }

    /// The message as DATA carries it: headers, a blank line, the body with CRLF line ends and
    /// dot-stuffed lines; the subject in RFC 2047 UTF-8 when it is not ASCII.
    static func message(from: String, to: [String], subject: String, body: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let cleanSubject = subject.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let encodedSubject = cleanSubject.unicodeScalars.allSatisfy(\.isASCII)
            ? cleanSubject : "=?UTF-8?B?" + Data(cleanSubject.utf8).base64EncodedString() + "?="
        let headers = [
            "From: Loop AI <\(from)>", "To: " + to.joined(separator: ", "), "Subject: " + encodedSubject, "Date: " + formatter.string(from: date),
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
        ]
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return (headers + [""] + lines).joined(separator: "\r\n")
    }
}

/// SMTP replies read from the connection: a reply may span several lines (`250-…` then `250 …`)
/// and several reads.
struct SMTPReplies {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var pending = ""

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
        self.iterator = iterator
    }

    /// The next whole reply: its code and its text.
    mutating func next() async throws -> (Int, String) {
        var text = ""
        while true {
            while let end = pending.range(of: "\r\n") ?? pending.range(of: "\n") {
                let line = String(pending[..<end.lowerBound])
                pending.removeSubrange(..<end.upperBound)
                text += line + " "
                let code = Int(line.prefix(3))
                // The last line of a reply has a space (or nothing) after its code.
                if let code, line.count == 3 || line.dropFirst(3).first == " " { return (code, text) }
            }
            guard pending.count < 65_536, let buffer = try await iterator.next() else {
                throw SMTPMailer.Failure(description: "the SMTP relay closed the connection")
            }
            pending += String(buffer: buffer)
        }
    }
}
