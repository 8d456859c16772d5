extension RedisConnection {
    /// Runs a script by its digest on this connection, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [[UInt8]], arguments: [[UInt8]]) async throws(RedisError) -> RedisValue {
        let reply = try await execute(script.call(keys: keys, arguments: arguments))
        if RedisScript.isMissing(reply) {
            return try await execute(script.callWithSource(keys: keys, arguments: arguments))
        }
        return reply
    }
}
