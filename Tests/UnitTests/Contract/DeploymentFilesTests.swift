import Config
import Foundation
import TestSupport
import Testing

@testable import Shared

/// The deployment files name things that really exist: endpoints, settings, ports.
@Suite("Deployment files")
struct DeploymentFilesTests {
    func read(_ path: String) throws -> String {
        try String(contentsOf: PackagePaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("Compose health checks hit the endpoints the processes serve, on their default ports")
    func healthChecks() throws {
        let compose = try read("compose/docker-compose.yml")
        #expect(compose.contains("http://127.0.0.1:\(Setting.port.defaultValue!)/health"))
        #expect(compose.contains("http://127.0.0.1:\(Setting.brainMetricsPort.defaultValue!)/health"))
        #expect(compose.contains("http://127.0.0.1/ready"))
        #expect(compose.contains("--appendonly"))
        #expect(compose.contains("--scale gateway="))
    }

    @Test("The proxy forwards to the gateways' port with the headers signature checks need")
    func proxy() throws {
        let nginx = try read("compose/nginx.conf")
        #expect(nginx.contains("server gateway:\(Setting.port.defaultValue!)"))
        #expect(nginx.contains("X-Forwarded-Proto") && nginx.contains("X-Forwarded-Host"))
        #expect(nginx.contains("non_idempotent"))
    }

    @Test("The runtime image carries hiredis, runs as a non-root user and ships the demo list")
    func image() throws {
        let dockerfile = try read("compose/Dockerfile")
        #expect(dockerfile.contains("libhiredis0.14"))
        #expect(dockerfile.contains("USER loopai"))
        #expect(dockerfile.contains(".resources"))
        #expect(dockerfile.contains("--static-swift-stdlib"))
    }
}
