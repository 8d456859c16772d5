import Testing

@testable import Redis
@testable import Shared

@Suite("REDIS_URL parsing")
struct RedisEndpointTests {
    @Test(
        "URLs with password, user, port and database are understood",
        arguments: [
            ("redis://127.0.0.1:6379/0", RedisEndpoint(address: .tcp(host: "127.0.0.1", port: 6379))),
            ("redis://localhost", RedisEndpoint(address: .tcp(host: "localhost", port: 6379))),
            ("redis://:pw@redis:6380/3", RedisEndpoint(address: .tcp(host: "redis", port: 6380), password: "pw", database: 3)),
            ("redis://app:pw@redis/2", RedisEndpoint(address: .tcp(host: "redis", port: 6379), username: "app", password: "pw", database: 2)),
            ("unix:///var/run/redis.sock?db=4", RedisEndpoint(address: .unixSocket(path: "/var/run/redis.sock"), database: 4)),
        ])
    func parses(url: String, expected: RedisEndpoint) throws {
        #expect(try RedisEndpoint(url: url) == expected)
    }

    @Test(
        "Bad URLs are refused with a message that names the problem",
        arguments: [
            ("http://localhost:6379", "scheme"),
            ("redis://localhost:6379/x", "database"),
            ("rediss://localhost", "TLS"),
            ("not a url", "not a URL"),
        ])
    func refuses(url: String, mentioning: String) {
        #expect {
            _ = try RedisEndpoint(url: url)
        } throws: { error in
            "\(error)".contains(mentioning)
        }
    }

    @Test("The password never appears in the endpoint's description")
    func descriptionHidesPassword() throws {
        let endpoint = try RedisEndpoint(url: "redis://:hunter2@redis:6379/1")
        #expect(!endpoint.description.contains("hunter2"))
        #expect(endpoint.description.contains("***"))
    }
}
