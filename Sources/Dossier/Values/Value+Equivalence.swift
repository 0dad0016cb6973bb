/// openCypher *equivalence*: the two-valued equality used by DISTINCT, grouping keys,
/// `count(DISTINCT …)`, aggregate DISTINCT and UNION.
///
/// Unlike `=`: null ≡ null and NaN ≡ NaN (also nested); like `=`: 1 ≡ 1.0, map key order
/// is ignored, strings compare by Unicode scalars.
extension Value {
    /// Whether two values are equivalent (see the extension's documentation).
    public static func equivalent(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.int(x), .float(y)): return numericEquals(x, y)
        case let (.float(x), .int(y)): return numericEquals(y, x)
        case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
        case let (.list(x), .list(y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !equivalent(x[i], y[i]) { return false }
            return true
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], equivalent(v, w) else { return false }
            }
            return true
        case let (.node(x), .node(y)): return x == y
        case let (.relationship(x), .relationship(y)): return x == y
        case let (.path(x), .path(y)): return x == y
        case let (.temporal(x), .temporal(y)): return x == y
        default: return false
        }
    }

    /// Feeds the hasher consistently with `equivalent`: integral floats hash like the equal
    /// integer, all NaNs alike, maps independently of key order, strings by UTF-8 bytes.
    public func hashEquivalence(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(UInt8(0))
        case .bool(let b): hasher.combine(UInt8(1)); hasher.combine(b)
        case .int(let i): hasher.combine(UInt8(2)); hasher.combine(i)
        case .float(let d):
            if d.isNaN {
                hasher.combine(UInt8(3))
            } else if d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == d.rounded(.towardZero) {
                hasher.combine(UInt8(2)); hasher.combine(Int64(d))
            } else {
                hasher.combine(UInt8(4)); hasher.combine(d.bitPattern)
            }
        case .string(let s):
            hasher.combine(UInt8(5))
            Value.hashUTF8(s, into: &hasher)
        case .list(let items):
            hasher.combine(UInt8(6)); hasher.combine(items.count)
            for v in items { v.hashEquivalence(into: &hasher) }
        case .map(let m):
            hasher.combine(UInt8(7)); hasher.combine(m.count)
            // Order-independent: combine per-entry hashes commutatively.
            var acc = 0
            for (k, v) in m {
                var h = Hasher()
                Value.hashUTF8(k, into: &h)
                v.hashEquivalence(into: &h)
                acc = acc &+ h.finalize()
            }
            hasher.combine(acc)
        case .node(let n): hasher.combine(UInt8(8)); hasher.combine(n.rawValue)
        case .relationship(let r): hasher.combine(UInt8(9)); hasher.combine(r.rawValue)
        case .path(let p):
            hasher.combine(UInt8(10)); hasher.combine(p.nodes.count)
            for n in p.nodes { hasher.combine(n.rawValue) }
            for r in p.relationships { hasher.combine(r.rawValue) }
        case .temporal(let t): hasher.combine(UInt8(11)); hasher.combine(t)
        }
    }

    /// Hashes a string's UTF-8 bytes (plus its length) without allocating.
    @inlinable
    static func hashUTF8(_ s: String, into hasher: inout Hasher) {
        var s = s
        s.withUTF8 { buf in
            hasher.combine(buf.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(buf))
        }
    }
}

/// A `Value` under *equivalence* semantics, for hash sets and dictionaries
/// (DISTINCT, grouping, `count(DISTINCT …)`, UNION).
public struct EquivalenceKey: Hashable, Sendable {
    public var value: Value
    @inlinable public init(_ value: Value) { self.value = value }
    public static func == (a: EquivalenceKey, b: EquivalenceKey) -> Bool { Value.equivalent(a.value, b.value) }
    public func hash(into hasher: inout Hasher) { value.hashEquivalence(into: &hasher) }
}

/// A row (or a tuple of grouping keys) under *equivalence* semantics, element-wise.
public struct RowKey: Hashable, Sendable {
    public var values: [Value]
    @inlinable public init(_ values: [Value]) { self.values = values }
    public static func == (a: RowKey, b: RowKey) -> Bool {
        guard a.values.count == b.values.count else { return false }
        for i in a.values.indices where !Value.equivalent(a.values[i], b.values[i]) { return false }
        return true
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(values.count)
        for v in values { v.hashEquivalence(into: &hasher) }
    }
}
