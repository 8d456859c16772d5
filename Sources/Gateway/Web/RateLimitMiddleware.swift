import Foundation
import Hummingbird
import Logging
import Redis
import Shared

/// A per-client token bucket in Redis, so the limit holds across every gateway: `perMinute`
/// requests a minute, refilled smoothly. Over the limit: `429` with `Retry-After`.
///
/// If Redis cannot be asked, the request is let through: a broken limiter must not take the API down.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let redis: RedisClient
    let keys: RedisKeys
    /// Which bucket: routes of one scope share a client's allowance.
    let scope: String
    let perMinute: Int
    /// Whose `X-Forwarded-For` names the client.
    let trusted: TrustedProxies
    /// The answer to a refused request, given the message and the seconds to wait; nil for the
    /// JSON error every API answers with. A page (the login form) says it in the page instead.
    var refusal: (@Sendable (Request, String, Int) throws -> Response)? = nil

    /// Takes a token from the client's bucket, refilled at `capacity` per minute: answers 0 when
    /// the request may go on, otherwise the milliseconds until a token is free.
    struct TakeToken: RedisScriptCall {
        typealias Response = Int
        static let script = RedisScript(
            keys: ["bucket"], arguments: ["now", "capacity"],
            body: """
                local now = tonumber(arg.now)
                local capacity = tonumber(arg.capacity)
                local refill = capacity / 60000
                local tokens = tonumber(redis.call('HGET', key.bucket, 't') or capacity)
                local last = tonumber(redis.call('HGET', key.bucket, 'at') or now)
                tokens = math.min(capacity, tokens + math.max(0, now - last) * refill)
                local wait = 0
                if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / refill) end
                redis.call('HSET', key.bucket, 't', tostring(tokens), 'at', tostring(now))
                redis.call('PEXPIRE', key.bucket, 120000)
                return wait
                """)

        let bucket: RedisKey
        let now: Int64
        let capacity: Int

        func encode(into encoder: inout RedisScriptEncoder) {
            encoder.key("bucket", bucket)
            encoder.argument("now", now)
            encoder.argument("capacity", capacity)
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .options { return try await next(request, context) }
        let client = ClientAddress.subject(of: request, peer: context.remoteAddress, trusted: trusted)
        let wait: Int
        do {
            wait = try await redis.run(TakeToken(bucket: keys.rateLimit(scope: scope, client: client), now: Date.nowMilliseconds, capacity: perMinute))
        } catch {
            context.logger.warning("Rate limit not checked: Redis unavailable", metadata: ["error": "\(error)"])
            return try await next(request, context)
        }
        guard wait > 0 else { return try await next(request, context) }
        let seconds = max(1, (wait + 999) / 1000)
        let message = "Too many requests; please wait \(seconds) \(seconds == 1 ? "second" : "seconds") and try again."
        var response = try refusal?(request, message, seconds) ?? APIError.response(.tooManyRequests, message)
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}
