import Foundation
import HospitalSearch
import Logging
import NIOPosix
import Redis
import ServiceLifecycle
import Shared

/// With `HOSPITALS_SOURCE=redis`: loads the network list uploaded to the gateway, and every newer
/// version as soon as it appears (checked every two seconds).
///
/// The new index is built off the event loops while the old one keeps answering, then swapped in:
/// no call notices. A version that cannot be loaded (it was checked on upload, so only a damaged
/// Redis value) is logged and the old list keeps serving.
struct NetworkWatcher: Service {
    let holder: NetworkHolder
    let store: NetworkStore
    let redis: RedisClient
    /// The file served until the first upload (`HOSPITALS_CSV`).
    let fallbackPath: String
    let logger: Logger
    var interval: Duration = .seconds(2)

    /// Loads the uploaded list in use again (`SIGHUP`), or the file while nothing was uploaded.
    func reloadCurrent() async {
        do {
            if let current = try await store.current(redis: redis) {
                _ = try await load(current)
            } else {
                let (holder, path, logger) = (self.holder, fallbackPath, self.logger)
                _ = try await NIOThreadPool.singleton.runIfActive { holder.reload(path: path, logger: logger) }
            }
        } catch {
            logger.warning("Could not reload the network list from Redis; the current one keeps serving", metadata: ["error": "\(error)"])
        }
    }

    func run() async throws {
        var serving: Int?
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                if let current = try await store.current(redis: redis), current.version != serving {
                    if try await load(current) { serving = current.version }
                }
            } catch {
                logger.warning("Could not check for a new network list; will try again", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// Loads and swaps in one version; true when that version needs no further attempt (it
    /// serves now, or it can never load), false to try again on the next look.
    private func load(_ version: NetworkVersion) async throws -> Bool {
        guard let csv = try await store.csv(version: version.version, redis: redis) else {
            logger.error("The network list in use is missing from Redis", metadata: ["version": "\(version.version)"])
            return false
        }
        let name = version.source
        let outcome: Result<NetworkListCheck, NetworkListError> = try await NIOThreadPool.singleton.runIfActive {
            Result { () throws(NetworkListError) in try HospitalDirectory.check(data: Data(csv), name: name) }
        }
        switch outcome {
        case .success(let check):
            holder.replace(with: check.directory)
            logger.notice(
                "Serving an uploaded network list",
                metadata: ["version": "\(version.version)", "hospitals": "\(check.directory.count)", "fingerprint": "\(check.directory.fingerprint)"])
            return true
        case .failure(let error):
            logger.error("An uploaded network list cannot be loaded; the previous list keeps serving", metadata: ["error": "\(error)"])
            return true
        }
    }
}
