/// Interns strings (label names, relationship types, property keys) as dense `Int32` ids.
///
/// Ids are assigned in first-seen order and never change or get reused, so they can be
/// stored in records, logs and snapshots.
public struct SymbolTable: Sendable {
    public private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    public init() {}

    /// The id of `name`, creating it if it is new.
    /// - Complexity: O(1) amortised (one hash of `name`).
    @inlinable
    public mutating func intern(_ name: String) -> Int32 {
        if let id = lookup(name) { return id }
        return add(name)
    }

    @usableFromInline
    mutating func add(_ name: String) -> Int32 {
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    /// The id of `name`, or nil when it was never interned.
    public func lookup(_ name: String) -> Int32? { ids[name] }

    /// The string for `id`.
    @inlinable public func name(_ id: Int32) -> String { names[Int(id)] }

    public var count: Int { names.count }
}
