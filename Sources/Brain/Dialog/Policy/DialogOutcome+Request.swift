import Shared

extension DialogOutcome {
    /// The outcome of running a request of this kind.
    init(_ kind: DialogRequest.Kind) {
        switch kind {
        case .list: self = .list
        case .count: self = .count
        case .confirm: self = .confirm
        }
    }
}
