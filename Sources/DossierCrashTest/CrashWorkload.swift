import Dossier

/// The numbered transactions of the crash test, and the check that a database holds exactly
/// transactions 1...K of them.
enum CrashWorkload {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Applies transaction `n` (n ≥ 1).
    static func apply(_ n: Int, to store: GraphStore) {
        let t = store.labelID("T"), counterLabel = store.labelID("Counter"), three = store.labelID("Three")
        let bulk = store.labelID("Bulk"), next = store.typeID("NEXT")
        let nKey = store.keyID("n"), lastKey = store.keyID("last"), txnKey = store.keyID("txn")
        let textKey = store.keyID("text")
        var counter: NodeID
        if n == 1 {
            counter = store.createNode(labels: [counterLabel], properties: [])
        } else {
            counter = NodeID(store.nodes(withLabel: counterLabel).first ?? 0)
        }
        let node = store.createNode(labels: [t], properties: [
            Property(key: nKey, value: .int(Int64(n))),
            Property(key: textKey, value: .string(String(repeating: "é✓", count: n % 40))),
        ])
        if n > 1, let previous = findT(n - 1, in: store) {
            store.createRelationship(type: next, start: previous, end: node, properties: [Property(key: nKey, value: .int(Int64(n)))])
        }
        store.setProperty(counter, key: lastKey, value: .int(Int64(n)))
        if n % 3 == 0 { store.addLabel(node, three) }
        if n % 7 == 0 {
            for i in 0..<150 {
                store.createNode(labels: [bulk], properties: [
                    Property(key: txnKey, value: .int(Int64(n))),
                    Property(key: nKey, value: .list([.int(Int64(i)), .float(Double(i) / 3), .string("b\(i)")])),
                ])
            }
        }
        if n % 11 == 0 {
            for id in store.nodes(withLabel: bulk) {
                if case .int(let m)? = store.nodes[id].property(txnKey), m <= Int64(n - 11) {
                    store.deleteNode(NodeID(id))
                }
            }
        }
    }

    static func findT(_ n: Int, in store: GraphStore) -> NodeID? {
        let t = store.labelID("T"), nKey = store.keyID("n")
        let ids = store.nodes(withLabel: t)
        // T nodes are created in order, so n is ascending along ids: binary search.
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            guard case .int(let m)? = store.nodes[ids[mid]].property(nKey) else { return nil }
            if m < Int64(n) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < ids.count, case .int(let m)? = store.nodes[ids[lo]].property(nKey), m == Int64(n) else { return nil }
        return NodeID(ids[lo])
    }

    /// Checks that the database holds exactly transactions 1...K; returns K.
    static func verify(_ db: Database) throws -> Int {
        try db.read { store in
            func check(_ ok: Bool, _ what: @autoclosure () -> String) throws {
                if !ok { throw Failure(description: what()) }
            }
            let t = store.labels.lookup("T"), nKey = store.keys.lookup("n")
            guard let t, let nKey else {
                try check(store.nodeCount == 0, "no T nodes but \(store.nodeCount) nodes")
                return 0
            }
            let ids = store.nodes(withLabel: t)
            let k = ids.count
            for (i, id) in ids.enumerated() {
                try check(store.nodes[id].property(nKey) == .int(Int64(i + 1)), "T node \(i) has n = \(String(describing: store.nodes[id].property(nKey)))")
                let hasThree = store.labels.lookup("Three").map { store.nodes[id].hasLabel($0) } ?? false
                try check(hasThree == ((i + 1) % 3 == 0), "T node \(i + 1) has the wrong labels")
            }
            let counter = store.labels.lookup("Counter").map { store.nodes(withLabel: $0) } ?? []
            try check(counter.count == 1, "\(counter.count) counter nodes")
            let lastKey = store.keys.lookup("last")
            try check(lastKey.flatMap { store.nodes[counter[0]].property($0) } == .int(Int64(k)),
                      "counter says \(String(describing: lastKey.flatMap { store.nodes[counter[0]].property($0) })) but \(k) T nodes")
            let nextCount = store.types.lookup("NEXT").map { Int($0) < store.relationshipCountByType.count ? store.relationshipCountByType[Int($0)] : 0 } ?? 0
            try check(nextCount == max(0, k - 1), "\(nextCount) NEXT relationships for \(k) transactions")
            for id in store.allRelationshipIDs() {
                let r = store.relationships[id]
                guard case .int(let to)? = r.properties.first?.value else { throw Failure(description: "relationship without n") }
                try check(store.nodes[r.end].property(nKey) == .int(to) && store.nodes[r.start].property(nKey) == .int(to - 1),
                          "NEXT relationship \(id) links the wrong nodes")
            }
            // Bulk nodes: those of every 7th transaction, minus those deleted by every 11th.
            let lastDelete = (k / 11) * 11
            var expected: [Int64: Int] = [:]
            var m = 7
            while m <= k {
                if lastDelete == 0 || m > lastDelete - 11 { expected[Int64(m)] = 150 }
                m += 7
            }
            var found: [Int64: Int] = [:]
            if let bulk = store.labels.lookup("Bulk"), let txnKey = store.keys.lookup("txn") {
                for id in store.nodes(withLabel: bulk) {
                    guard case .int(let txn)? = store.nodes[id].property(txnKey) else { throw Failure(description: "bulk node without txn") }
                    found[txn, default: 0] += 1
                }
            }
            try check(found == expected, "bulk nodes \(found.sorted { $0.key < $1.key }) but expected \(expected.sorted { $0.key < $1.key }) after \(k) transactions")
            try check(store.nodeCount == k + 1 + expected.values.reduce(0, +), "\(store.nodeCount) nodes in all")
            return k
        }
    }
}
