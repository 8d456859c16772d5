import Foundation

extension CallSummary {
    /// The summary as a terminal report (`loop report`).
    public var text: String {
        func day(_ milliseconds: Int64) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
            formatter.timeZone = .gmt
            return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000)) + " UTC"
        }
        func counts(_ values: [String: Int]) -> [String] {
            values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        }
        var lines = ["Loop AI calls from \(day(from)) to \(day(to))", ""]
        lines.append(
            "Calls: \(calls)   average turns: \(String(format: "%.1f", averageTurns))   average duration: \(String(format: "%.0f", averageDuration)) s")
        lines.append("SMS sent: \(textsSent)   SMS failed: \(textsFailed)   recorded: \(recorded)   voicemails: \(voicemails)")
        lines.append("WhatsApp sent: \(whatsApp.sent)   delivered: \(whatsApp.delivered)   read: \(whatsApp.read)   failed: \(whatsApp.failed)")
        lines.append("")
        lines.append("By outcome:")
        lines += outcomes.isEmpty ? ["  (none)"] : counts(outcomes)
        lines.append("Intents:")
        lines += intents.isEmpty ? ["  (none)"] : counts(intents)
        lines.append("Hand-offs:")
        lines += handoffs.isEmpty ? ["  (none)"] : counts(handoffs)
        lines.append("Top places asked about:")
        lines += topPlaces.isEmpty ? ["  (none)"] : topPlaces.map { "  \($0.name): \($0.count)" }
        lines.append("Hospitals asked for that are not in the list:")
        lines += topNotFound.isEmpty ? ["  (none)"] : topNotFound.map { "  \($0.name): \($0.count)" }
        return lines.joined(separator: "\n")
    }
}
