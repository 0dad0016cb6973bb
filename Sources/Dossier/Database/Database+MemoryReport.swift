/// An estimate of the heap memory the in-memory graph takes, by part, for tuning and for the
/// scaling report (`dossier-bench scaling`). Sizes count array capacities (not just counts),
/// Swift's 32-byte array headers and glibc's malloc chunk rounding; they are estimates.
public struct MemoryReport: Sendable {
    public var nodeRecords = 0
    public var nodeLabels = 0
    public var nodeProperties = 0
    public var adjacency = 0
    public var relationshipRecords = 0
    public var relationshipProperties = 0
    public var labelIndex = 0
    public var propertyIndexes = 0

    public var total: Int {
        nodeRecords + nodeLabels + nodeProperties + adjacency + relationshipRecords + relationshipProperties
            + labelIndex + propertyIndexes
    }

    /// Bytes of one heap block holding `payload` bytes (glibc: 8-byte header, 16-byte granules, 32 minimum).
    static func chunk(_ payload: Int) -> Int { max(32, (payload + 8 + 15) & ~15) }

    /// Heap bytes of an array's buffer (none when it has no capacity).
    static func array<T>(_ a: [T]) -> Int {
        a.capacity == 0 ? 0 : chunk(32 + a.capacity * MemoryLayout<T>.stride)
    }

    /// Heap bytes a value owns beyond its inline 24 bytes.
    static func owned(_ v: Value) -> Int {
        switch v {
        case .string(let s): return s.utf8.count > 15 ? chunk(32 + s.utf8.count) : 0
        case .list(let l): return array(l) + l.reduce(0) { $0 + owned($1) }
        default: return 0
        }
    }

    public var description: String {
        func mib(_ b: Int) -> String { String((Double(b) / 1_048_576 * 10).rounded() / 10) }
        return "nodes \(mib(nodeRecords)) + labels \(mib(nodeLabels)) + properties \(mib(nodeProperties)) MiB; "
            + "adjacency \(mib(adjacency)) MiB; relationships \(mib(relationshipRecords)) + properties \(mib(relationshipProperties)) MiB; "
            + "label index \(mib(labelIndex)) MiB; property indexes \(mib(propertyIndexes)) MiB; total \(mib(total)) MiB"
    }
}

extension Database {
    /// Estimated heap memory of the graph, by part. O(nodes + relationships).
    public func memoryReport() -> MemoryReport {
        lock.lock(); defer { lock.unlock() }
        var r = MemoryReport()
        let s = store
        r.nodeRecords = MemoryReport.array(s.nodes) + MemoryReport.array(s.nodeBits)
        var labelBuffers = Set<UnsafeRawPointer>()  // label lists are shared between nodes
        for n in s.nodes {
            if let p = n.labels.withUnsafeBufferPointer({ $0.baseAddress }), labelBuffers.insert(UnsafeRawPointer(p)).inserted {
                r.nodeLabels += MemoryReport.array(n.labels)
            }
            r.nodeProperties += MemoryReport.array(n.properties) + n.properties.reduce(0) { $0 + MemoryReport.owned($1.value) }
            r.adjacency += MemoryReport.array(n.outgoingEdges) + MemoryReport.array(n.incomingEdges)
        }
        r.relationshipRecords = MemoryReport.array(s.relationships)
        for rel in s.relationships {
            r.relationshipProperties += MemoryReport.array(rel.properties) + rel.properties.reduce(0) { $0 + MemoryReport.owned($1.value) }
        }
        r.labelIndex = MemoryReport.array(s.labelIndex) + s.labelIndex.reduce(0) { $0 + MemoryReport.array($1) }
        for index in s.indexes {
            // Dictionary storage: ~1.33 buckets per entry of key + value, and each value's array.
            let entry = MemoryLayout<IndexKey>.stride + MemoryLayout<PropertyIndex.Postings>.stride
            r.propertyIndexes += MemoryReport.chunk(index.entries.capacity * 4 / 3 * entry)
            for case .many(let ids) in index.entries.values { r.propertyIndexes += MemoryReport.array(ids) }
        }
        return r
    }
}
