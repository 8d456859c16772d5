import AsyncHTTPClient

/// The bare endpoint running in this process for the length of a benchmark.
final class BareRun: Sendable {
    let port: Int
    private let task: Task<Void, any Error>

    init(port: Int) async throws {
        self.port = port
        let app = BareEndpoint.application(port: port)
        task = Task { try await app.run() }
        for _ in 0..<100 {
            if (try? await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/"), timeout: .seconds(1))) != nil { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() { task.cancel() }
}
