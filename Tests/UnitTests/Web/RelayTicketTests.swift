import Testing

@testable import Gateway
@testable import Shared

/// The ticket a ConversationRelay socket's URL carries: read strictly, so nothing else in a query
/// passes for one.
@Suite("Relay tickets")
struct RelayTicketTests {
    static let call = "CA" + String(repeating: "0a", count: 16)
    static let hex = String(repeating: "9f", count: 16)

    @Test("A ticket is read from its query and written back the same")
    func roundTrip() throws {
        let query = "call=\(Self.call)&n=\(Self.hex)&t=\(Self.hex)"
        let ticket = try #require(RelayTicket(query: Substring(query)))
        #expect(ticket.call.value == Self.call && ticket.nonce == Self.hex && ticket.token == Self.hex)
        #expect(ticket.query == query)
    }

    @Test(
        "Anything but one call, one nonce and one token of the issued shape is no ticket",
        arguments: [
            "", "call=\(call)", "call=\(call)&n=\(hex)", "call=CA1&n=\(hex)&t=\(hex)", "call=\(call)&n=\(hex.uppercased())&t=\(hex)",
            "call=\(call)&n=\(hex)&t=\(hex)&t=\(hex)", "call=\(call)&n=\(hex.dropLast())&t=\(hex)", "call=\(call)&n=\(hex)&t=\(hex)zz",
            "call=\(call)&n=\(hex)&t",
        ])
    func malformed(_ query: String) {
        #expect(RelayTicket(query: Substring(query)) == nil)
    }
}
