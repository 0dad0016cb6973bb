/// Property indexes and uniqueness constraints on the store.
extension GraphStore {
    /// Every index, in creation order.
    public var indexes: [PropertyIndex] { observers.compactMap { $0 as? PropertyIndex } }

    /// The index on `label`.`key`, preferring a unique one.
    public func index(label: Int32, key: Int32) -> PropertyIndex? {
        var found: PropertyIndex?
        for case let i as PropertyIndex in observers where i.label == label && i.key == key {
            if i.unique { return i }
            found = i
        }
        return found
    }

    /// Creates an index (and, with `unique`, a uniqueness constraint) over existing nodes.
    /// - Throws: `IndexAlreadyExists` for a taken name or an identical index;
    ///   `UniquenessViolation` when `unique` and two nodes already share a value.
    @discardableResult
    public func createIndex(name: String?, label: String, key: String, unique: Bool) throws -> PropertyIndex {
        let l = labels.intern(label)
        let k = keys.intern(key)
        let indexName = name ?? "\(unique ? "constraint" : "index")_\(label)_\(key)"
        if indexes.contains(where: { $0.name == indexName }) {
            throw DossierError(.databaseError, .indexAlreadyExists, "an index or constraint named '\(indexName)' already exists")
        }
        if let existing = indexes.first(where: { $0.label == l && $0.key == k && $0.unique == unique }) {
            throw DossierError(.databaseError, .indexAlreadyExists,
                               "\(unique ? "constraint" : "index") '\(existing.name)' already covers :\(label)(\(key))")
        }
        let index = PropertyIndex(name: indexName, label: l, key: k, unique: unique, store: self)
        if unique, let dup = index.duplicate(store: self) {
            throw DossierError(.constraintVerificationFailed, .uniquenessViolation,
                               "cannot create constraint '\(indexName)': several :\(label) nodes have \(key) = \(dup)")
        }
        observers.append(index)
        schemaVersion += 1
        return index
    }

    /// Drops the index or constraint called `name`; returns false when there is none.
    @discardableResult
    public func dropIndex(named name: String) -> Bool {
        guard let i = observers.firstIndex(where: { ($0 as? PropertyIndex)?.name == name }) else { return false }
        observers.remove(at: i)
        schemaVersion += 1
        return true
    }

    /// The first uniqueness violation introduced since the last check, if any (checked before commit).
    public func uniquenessViolation() -> DossierError? {
        for case let i as PropertyIndex in observers where i.unique {
            if let v = i.duplicate(store: self) {
                return DossierError(.constraintVerificationFailed, .uniquenessViolation,
                                    "constraint '\(i.name)' violated: two :\(labels.name(i.label)) nodes have \(keys.name(i.key)) = \(v)")
            }
        }
        return nil
    }
}
