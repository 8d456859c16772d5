extension RedisClient {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    /// Error replies are thrown as ``RedisError/server(_:)``.
    public func run(_ script: RedisScript, keys: [String], arguments: [[UInt8]]) async throws(RedisError) -> RedisValue {
        try await nextConnection().run(script, keys: keys.map { Array($0.utf8) }, arguments: arguments).orThrow()
    }
}
