extension ReconnectingRedisConnection {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [[UInt8]], arguments: [[UInt8]]) async throws(RedisError) -> RedisValue {
        try await with { connection throws(RedisError) in try await connection.run(script, keys: keys, arguments: arguments) }
    }
}
