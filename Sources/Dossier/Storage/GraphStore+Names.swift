extension GraphStore {
    /// The id of label `name`, interning it when new (for code that writes through the store directly).
    public func labelID(_ name: String) -> Int32 { labels.intern(name) }
    /// The id of relationship type `name`, interning it when new.
    public func typeID(_ name: String) -> Int32 { types.intern(name) }
    /// The id of property key `name`, interning it when new.
    public func keyID(_ name: String) -> Int32 { keys.intern(name) }
}
