import AsyncHTTPClient
import Logging
import Runtime
import Shared

/// The bare endpoint running in this process for the length of a benchmark.
final class BareRun: Sendable {
    let port: Int
    private let server: BackgroundService

    init(port: Int) async throws {
        self.port = port
        let app = BareEndpoint.application(port: port)
        server = BackgroundService(app, logger: Logger(label: "bare"))
        for _ in 0..<100 {
            if (try? await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/"), timeout: .seconds(1))) != nil { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() async { await server.stop() }
}
