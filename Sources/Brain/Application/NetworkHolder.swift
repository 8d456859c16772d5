import HospitalSearch
import Logging
import Synchronization

/// The network list a brain is serving, swappable while turns are being answered.
///
/// Consumers take the current ``HospitalDirectory`` at the start of each turn; a reload builds the
/// new index off to the side and swaps it in only if it loaded, so a bad new list leaves the
/// old one serving.
final class NetworkHolder: Sendable {
    private let current: Mutex<HospitalDirectory>

    init(_ directory: HospitalDirectory) {
        self.current = Mutex(directory)
    }

    var directory: HospitalDirectory { current.withLock { $0 } }

    /// Serves `directory` from now on (a list built elsewhere, such as an upload).
    func replace(with directory: HospitalDirectory) {
        current.withLock { $0 = directory }
    }

    /// Loads `path` and swaps it in; on failure the old list keeps serving and the error is returned.
    @discardableResult
    func reload(path: String, logger: Logger) -> Result<HospitalDirectory, NetworkListError> {
        switch HospitalDirectory.load(path: path, logger: logger) {
        case .success(let directory):
            current.withLock { $0 = directory }
            logger.notice("Network list reloaded", metadata: ["hospitals": "\(directory.count)", "fingerprint": "\(directory.fingerprint)"])
            return .success(directory)
        case .failure(let error):
            logger.error("Network list reload failed; the previous list keeps serving", metadata: ["error": "\(error)"])
            return .failure(error)
        }
    }
}
