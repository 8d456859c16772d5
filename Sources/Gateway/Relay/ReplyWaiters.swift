import Shared
import Synchronization
import Twilio

/// The HTTP requests this gateway holds open, each waiting for its turn's reply.
///
/// A waiter is registered before its turn is queued, so a reply can never arrive unclaimed:
/// if it comes before the request starts waiting it is kept until ``wait(for:)`` collects it.
/// Expired waiters are released by ``expire(now:)``, which the reply listener calls every
/// few milliseconds, so no per-request timer is needed.
final class ReplyWaiters: Sendable {
    private enum Slot {
        case registered
        case waiting(CheckedContinuation<String?, Never>)
        case arrived(String)
    }

    private struct Entry {
        var slot: Slot
        var deadline: ContinuousClock.Instant
    }

    private let entries = Mutex<[TurnID: Entry]>([:])

    /// Claims the reply for `turn`, which must arrive before `deadline`.
    func register(_ turn: TurnID, deadline: ContinuousClock.Instant) {
        entries.withLock { $0[turn] = Entry(slot: .registered, deadline: deadline) }
    }

    /// Suspends until the reply arrives (its TwiML) or the deadline passes (`nil`).
    func wait(for turn: TurnID) async -> String? {
        await withCheckedContinuation { continuation in
            let immediate: String?? = entries.withLock { entries in
                guard var entry = entries[turn] else { return .some(nil) }
                switch entry.slot {
                case .arrived(let body):
                    entries[turn] = nil
                    return .some(body)
                case .registered:
                    entry.slot = .waiting(continuation)
                    entries[turn] = entry
                    return .none
                case .waiting:
                    return .some(nil)
                }
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    /// Hands a reply to its waiter. Returns false when nobody here waits for it
    /// (it was answered after the deadline, or belongs to a request that went away).
    @discardableResult
    func deliver(_ reply: TurnReply) -> Bool {
        let resume: CheckedContinuation<String?, Never>? = entries.withLock { entries in
            guard var entry = entries[reply.turn] else { return nil }
            switch entry.slot {
            case .waiting(let continuation):
                entries[reply.turn] = nil
                return continuation
            case .registered:
                entry.slot = .arrived(reply.body.text)
                entries[reply.turn] = entry
                return nil
            case .arrived:
                return nil
            }
        }
        guard let resume else { return false }
        resume.resume(returning: reply.body.text)
        return true
    }

    /// Forgets a registration whose turn was never queued.
    func cancel(_ turn: TurnID) {
        let continuation: CheckedContinuation<String?, Never>? = entries.withLock { entries in
            defer { entries[turn] = nil }
            if case .waiting(let continuation) = entries[turn]?.slot { return continuation }
            return nil
        }
        continuation?.resume(returning: nil)
    }

    /// Releases every waiter whose deadline has passed, with no reply.
    func expire(now: ContinuousClock.Instant = .now) {
        let expired: [CheckedContinuation<String?, Never>] = entries.withLock { entries in
            var expired: [CheckedContinuation<String?, Never>] = []
            for (turn, entry) in entries where entry.deadline <= now {
                switch entry.slot {
                case .waiting(let continuation):
                    expired.append(continuation)
                    entries[turn] = nil
                case .registered:
                    entries[turn] = nil
                case .arrived:
                    // Collected by `wait(for:)` right after; dropping it would lose a real answer.
                    break
                }
            }
            return expired
        }
        for continuation in expired { continuation.resume(returning: nil) }
    }

    /// Releases every waiter at once (shutdown).
    func expireAll() {
        expire(now: .now + .seconds(86_400))
    }
}
