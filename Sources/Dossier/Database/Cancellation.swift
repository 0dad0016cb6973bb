import Synchronization

/// A flag a running query polls; set it (from any thread or a signal handler) to stop the query,
/// which then fails with `Interrupted.Cancelled` and rolls back.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    @inlinable public var isCancelled: Bool { load() }
    @usableFromInline func load() -> Bool { flag.load(ordering: .relaxed) }

    /// Throws `Interrupted.Cancelled` when the flag is set.
    @inlinable public func check() throws {
        if load() { throw DossierError(.interrupted, .cancelled, "query cancelled") }
    }
}
