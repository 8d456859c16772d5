import Foundation
import HummingbirdTesting
import Testing

@testable import Gateway
@testable import LoopTools
@testable import Shared

/// The voice page's Language box offers what the deployment's calls offer (`LANGUAGES`), each by
/// its own name, and nothing the brains would not hold a conversation in.
@Suite("The voice page's languages", .timeLimit(.minutes(2)))
struct VoicePageLanguagesTests {
    @Test("The voice page offers the deployment's languages in LANGUAGES order, each named in its own script")
    func offersTheDeploymentsLanguages() async throws {
        let redis = try await RedisServer()
        defer { Task { await redis.stop() } }
        let four = try await GatewayHarness.configuration(redis: redis.url, extra: ["LANGUAGES": "en,mr,kn,hi"])
        try await GatewayHarness.app(four).test(.live) { (client: any TestClientProtocol) async throws in
            let page = String(buffer: try await client.executeRequest(uri: "/", method: .get, headers: [:], body: nil).body)
            #expect(Self.options(in: page) == [
                #"<option value="en-IN" lang="en">English</option>"#, #"<option value="mr-IN" lang="mr">मराठी</option>"#,
                #"<option value="kn-IN" lang="kn">ಕನ್ನಡ</option>"#, #"<option value="hi-IN" lang="hi">हिंदी</option>"#,
            ], "\(page)")
            #expect(!page.contains("{{"))
        }
        let byDefault = try await GatewayHarness.configuration(redis: redis.url)
        try await GatewayHarness.app(byDefault).test(.live) { (client: any TestClientProtocol) async throws in
            let page = String(buffer: try await client.executeRequest(uri: "/", method: .get, headers: [:], body: nil).body)
            #expect(Self.options(in: page).count == 2 && !page.contains("मराठी") && !page.contains("ಕನ್ನಡ"), "\(page)")
        }
    }

    @Test("The page's own words exist in every language, with every key English has")
    func pageWordsInEveryLanguage() throws {
        let strings = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("Sources/Gateway/Resources/web/page-strings.js"), encoding: .utf8)
        let blocks = Self.blocks(in: strings)
        let english = try #require(blocks["en"])
        for language in Language.allCases {
            let keys = try #require(blocks[language.rawValue], "page-strings.js has no \(language.rawValue)")
            #expect(keys == english, "\(language.rawValue) lacks \(english.subtracting(keys)) or adds \(keys.subtracting(english))")
        }
    }

    private static func options(in page: String) -> [String] {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("<option") }
    }

    /// Each language's block of page-strings.js (`  mr: {` … `  },`) as the keys it defines.
    private static func blocks(in source: String) -> [String: Set<String>] {
        var blocks: [String: Set<String>] = [:]
        var current: String?
        for line in source.split(separator: "\n").map(String.init) {
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(": {") {
                current = String(line.dropFirst(2).dropLast(3))
                blocks[current ?? ""] = []
            } else if line == "  }," {
                current = nil
            } else if let language = current, let colon = line.firstIndex(of: ":") {
                blocks[language, default: []].insert(line[..<colon].trimmingCharacters(in: .whitespaces))
            }
        }
        return blocks
    }
}
