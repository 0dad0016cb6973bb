import Foundation

/// The procedures `CALL` can find, by exact (case-sensitive) qualified name.
/// Thread-safe; each `Database` has its own, starting with the built-in `db.*` procedures.
public final class ProcedureRegistry: @unchecked Sendable {
    private var procedures: [String: Procedure] = [:]
    private let lock = NSLock()

    public init() {}

    /// A registry holding the built-in procedures (`db.labels`, `db.relationshipTypes`, `db.propertyKeys`).
    public static func withBuiltins() -> ProcedureRegistry {
        let r = ProcedureRegistry()
        for p in BuiltinProcedures.all { r.register(p) }
        return r
    }

    /// Adds `procedure`, replacing one of the same name.
    public func register(_ procedure: Procedure) {
        lock.lock(); defer { lock.unlock() }
        procedures[procedure.name] = procedure
    }

    /// Removes the procedure called `name`.
    public func unregister(_ name: String) {
        lock.lock(); defer { lock.unlock() }
        procedures[name] = nil
    }

    public func lookup(_ name: String) -> Procedure? {
        lock.lock(); defer { lock.unlock() }
        return procedures[name]
    }

    /// Every registered procedure, by name.
    public var all: [Procedure] {
        lock.lock(); defer { lock.unlock() }
        return procedures.values.sorted { $0.name < $1.name }
    }
}
