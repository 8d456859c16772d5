import Testing

@testable import Shared

/// Keys are what deployed data is found under: their spelling never changes with the code.
@Suite("Redis keys")
struct RedisKeysTests {
    @Test("The SMS allowance's counters keep the keys deployed data is under")
    func textQuotaKeys() {
        let keys = RedisKeys()
        #expect(keys.textQuota(.number(hash: "abc"), day: "2026-11-26") == "loopai:sms-quota:abc:2026-11-26")
        #expect(keys.textQuota(.range(hash: "def"), day: "2026-11-26") == "loopai:sms-quota:range-def:2026-11-26")
        #expect(keys.textQuota(.hour(5), day: "2026-11-26") == "loopai:sms-quota:all:2026-11-26T5")
        #expect(keys.textQuota(.day, day: "2026-11-26") == "loopai:sms-quota:all:2026-11-26")
    }
}
