extension ReconnectingRedisConnection {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [[UInt8]], arguments: [[UInt8]]) throws(RedisError) -> RedisValue {
        try with { connection throws(RedisError) in try connection.run(script, keys: keys, arguments: arguments) }
    }
}
