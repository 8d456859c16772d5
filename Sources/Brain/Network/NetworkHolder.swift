import Logging
import Synchronization

/// The network list a brain is serving, swappable while turns are being answered.
///
/// Consumers take the current ``LoadedNetwork`` at the start of each turn; a reload builds the
/// new index off to the side and swaps it in only if it loaded, so a bad new list leaves the
/// old one serving.
final class NetworkHolder: Sendable {
    private let current: Mutex<LoadedNetwork>

    init(_ network: LoadedNetwork) {
        self.current = Mutex(network)
    }

    var network: LoadedNetwork { current.withLock { $0 } }

    /// Loads `path` and swaps it in; on failure the old list keeps serving and the error is returned.
    @discardableResult
    func reload(path: String, logger: Logger) -> Result<LoadedNetwork, NetworkListError> {
        switch LoadedNetwork.load(path: path, logger: logger) {
        case .success(let network):
            current.withLock { $0 = network }
            logger.notice("Network list reloaded", metadata: ["hospitals": "\(network.index.count)", "fingerprint": "\(network.index.fingerprint)"])
            return .success(network)
        case .failure(let error):
            logger.error("Network list reload failed; the previous list keeps serving", metadata: ["error": "\(error)"])
            return .failure(error)
        }
    }
}

/// One loaded network list with everything built from it.
final class LoadedNetwork: Sendable {
    let path: String
    let index: HospitalIndex
    let places: PlaceFinder
    /// Cities with network hospitals, largest first (for prompts and recogniser hints).
    let cityNames: [String]

    init(path: String, index: HospitalIndex) {
        self.path = path
        self.index = index
        self.places = PlaceFinder(places: index.places)
        self.cityNames = index.places.cities.filter { !$0.hospitals.isEmpty }.sorted { $0.hospitals.count > $1.hospitals.count }.map(\.name)
    }

    /// Reads, validates and indexes a list, logging one line with what was skipped.
    static func load(path: String, logger: Logger) -> Result<LoadedNetwork, NetworkListError> {
        let started = ContinuousClock.now
        let loaded: NetworkListLoader.Loaded
        do {
            loaded = try NetworkListLoader.load(path: path)
        } catch {
            return .failure(error)
        }
        let index = HospitalIndex(records: loaded.records)
        var metadata: Logger.Metadata = [
            "path": "\(path)", "hospitals": "\(index.count)", "cities": "\(index.places.cities.filter { !$0.hospitals.isEmpty }.count)",
            "ms": "\((ContinuousClock.now - started).milliseconds)",
        ]
        if loaded.skippedCount > 0 {
            metadata["skipped"] = "\(loaded.skippedCount) rows: \(loaded.skippedSummary)"
        }
        logger.notice("Network list loaded", metadata: metadata)
        return .success(LoadedNetwork(path: path, index: index))
    }
}
