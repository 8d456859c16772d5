extension RedisClient {
    /// Runs a script by its digest, sending the source only if the server lacks it.
    public func run(_ script: RedisScript, keys: [String], arguments: [[UInt8]]) async throws -> RedisValue {
        let keyBytes = keys.map { Array($0.utf8) }
        let reply = try await pipeline([script.call(keys: keyBytes, arguments: arguments)])[0]
        if RedisScript.isMissing(reply) {
            return try await execute(script.callWithSource(keys: keyBytes, arguments: arguments))
        }
        return try reply.orThrow()
    }
}
