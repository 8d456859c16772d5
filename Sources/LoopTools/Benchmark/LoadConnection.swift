import NIOCore
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection of the load benchmark: the least a client can do per request,
/// so the benchmark measures the stack rather than the load generator (a general-purpose client
/// costs several times more CPU per request, on the same two cores the stack runs on).
struct LoadConnection {
    let host: String
    let port: Int

    /// What the server answered: status and body.
    struct Response {
        let status: Int
        let body: String
    }

    /// Opens the connection and runs `body` with a function that sends one request (`method`,
    /// POST unless told) and waits for its reply.
    static func with<Result: Sendable>(
        host: String, port: Int, group: any EventLoopGroup, method: HTTPMethod = .POST,
        _ body: (_ post: (_ path: String, _ headers: HTTPHeaders, _ body: ByteBuffer) async throws -> Response) async throws -> Result
    ) async throws -> Result {
        let channel = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        let authority = "\(host):\(port)"
        return try await channel.executeThenClose { inbound, outbound in
            var responses = inbound.makeAsyncIterator()
            return try await body { path, headers, requestBody in
                var head = HTTPRequestHead(version: .http1_1, method: method, uri: path, headers: headers)
                head.headers.replaceOrAdd(name: "Host", value: authority)
                head.headers.replaceOrAdd(name: "Content-Length", value: String(requestBody.readableBytes))
                try await outbound.write(contentsOf: [.head(head), .body(.byteBuffer(requestBody)), .end(nil)])
                var status = 0
                var collected = ByteBuffer()
                while let part = try await responses.next() {
                    switch part {
                    case .head(let response): status = Int(response.status.code)
                    case .body(var chunk): collected.writeBuffer(&chunk)
                    case .end: return Response(status: status, body: String(buffer: collected))
                    }
                }
                throw ChannelError.eof
            }
        }
    }
}
