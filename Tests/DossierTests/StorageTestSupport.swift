import Foundation
@testable import Dossier

/// Helpers shared by the storage tests: scratch directories, a canonical text form of a graph,
/// and the path of the `dossier-crashtest` helper.
enum StorageTestSupport {
    /// A fresh, not yet existing path under the temporary directory.
    static func scratchPath(_ tag: String = "db") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("\(tag)-\(UUID().uuidString)").path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Every live node and relationship with ids, labels, types and properties, one per line;
    /// equal strings mean equal graphs (ids included).
    static func canonical(_ store: GraphStore) -> String {
        var out = "nodes \(store.nodeCount) slots \(store.nodes.count) rels \(store.relationshipCount) slots \(store.relationships.count)\n"
        for id in store.allNodeIDs() {
            let n = store.nodes[id]
            out += "n\(id) \(n.labels.map { store.labels.name($0) }) "
            out += n.properties.map { "\(store.keys.name($0.key))=\(describe($0.value))" }.joined(separator: ",") + "\n"
        }
        for id in store.allRelationshipIDs() {
            let r = store.relationships[id]
            out += "r\(id) \(r.start)-\(store.types.name(r.type))->\(r.end) "
            out += r.properties.map { "\(store.keys.name($0.key))=\(describe($0.value))" }.joined(separator: ",") + "\n"
        }
        for (l, ids) in store.labelIndex.enumerated() where !ids.isEmpty { out += "label \(store.labels.name(Int32(l))) \(ids)\n" }
        for id in store.allNodeIDs() {
            let n = store.nodes[id]
            let o = n.outgoing.filter { !$0.edges.isEmpty }.map { "\(store.types.name($0.type)):\($0.edges.map { "\($0.relationship)>\($0.neighbor)" })" }
            let i = n.incoming.filter { !$0.edges.isEmpty }.map { "\(store.types.name($0.type)):\($0.edges.map { "\($0.relationship)<\($0.neighbor)" })" }
            out += "adj \(id) \(o.sorted()) \(i.sorted())\n"
        }
        return out
    }

    static func canonical(_ db: Database) -> String { db.read { canonical($0) } }

    /// A value's exact text: floats by bit pattern, strings by UTF-8 bytes. With `anyNaN`,
    /// every NaN reads the same (a dump writes NaN as `0.0/0.0`, whose sign and payload are the CPU's).
    static func describe(_ v: Value, anyNaN: Bool = false) -> String {
        switch v {
        case .float(let d) where anyNaN && d.isNaN: return "NaN"
        case .float(let d): return "f\(d.bitPattern)"
        case .string(let s): return "s\(Array(s.utf8))"
        case .list(let l): return "[" + l.map { describe($0, anyNaN: anyNaN) }.joined(separator: ",") + "]"
        case .map(let m): return "{" + m.map { "\($0.key):\(describe($0.value, anyNaN: anyNaN))" }.joined(separator: ",") + "}"
        default: return "\(v)"
        }
    }

    /// The `dossier-crashtest` executable next to the test bundle (built by `swift build` / `swift test`).
    static func crashTestExecutable() -> String? {
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("dossier-crashtest"))
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/dossier-crashtest"))
        candidates.append(root.appendingPathComponent(".build/release/dossier-crashtest"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }

    /// Runs the helper to completion; returns its exit status and stdout.
    static func runHelper(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let exe = crashTestExecutable() else { throw HelperMissing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct HelperMissing: Error, CustomStringConvertible {
        var description: String { "dossier-crashtest is not built (run `swift build` first)" }
    }

    /// A small graph with every kind of change: labels, types, every value type, deletions.
    static func populate(_ db: Database, transactions: Int, seed: UInt64 = 1) throws {
        var rng = SplitMix(seed: seed)
        for t in 0..<transactions {
            try db.write { s in
                let person = s.labelID("Person"), org = s.labelID(t % 2 == 0 ? "Org" : "Organisation ✓")
                let knows = s.typeID("KNOWS"), works = s.typeID("WORKS_AT")
                let name = s.keyID("name"), v = s.keyID("v")
                let a = s.createNode(labels: [person], properties: [
                    Property(key: name, value: .string("p\(t) ünï \u{1F600}")),
                    Property(key: v, value: sampleValue(&rng)),
                ])
                let b = s.createNode(labels: [person, org], properties: [Property(key: v, value: sampleValue(&rng))])
                s.createRelationship(type: knows, start: a, end: b, properties: [Property(key: v, value: sampleValue(&rng))])
                s.createRelationship(type: works, start: b, end: b, properties: [])
                if t % 3 == 2 {
                    // delete an earlier relationship and a node with its relationships
                    let rels = s.allRelationshipIDs()
                    if let r = rels.first { s.deleteRelationship(RelationshipID(r)) }
                    if let victim = s.allNodeIDs().dropFirst().first {
                        let n = s.nodes[victim]
                        for g in n.outgoing + n.incoming { for e in g.edges { s.deleteRelationship(RelationshipID(e.relationship)) } }
                        s.deleteNode(NodeID(victim))
                    }
                }
                if t % 4 == 1 {
                    s.setProperty(a, key: name, value: nil)
                    s.addLabel(a, s.labelID("Flagged"))
                    s.removeLabel(b, person)
                    s.setProperty(b, key: s.keyID("k\(t)"), value: .list([]))
                }
            }
        }
    }

    static func sampleValue(_ rng: inout SplitMix) -> Value {
        switch rng.next() % 9 {
        case 0: return .bool(rng.next() % 2 == 0)
        case 1: return .int(Int64(bitPattern: rng.next()))
        case 2: return .float(Double(bitPattern: rng.next()))
        case 3: return .string("")
        case 4: return .string("naïve \u{0}\u{7F} 日本 \u{10FFFF}")
        case 5: return .list([.int(1), .float(-0.0), .string("x"), .list([]), .bool(false)])
        case 6: return .map(["a": .int(-1), "b": .map(["c": .list([.float(.infinity), .float(.nan)])]), "": .string("")])
        case 7: return .float([Double.nan, .infinity, -.infinity, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude][Int(rng.next() % 6)])
        default: return .int(Int64(rng.next() % 1000) - 500)
        }
    }
}

/// A tiny seeded random number generator (tests must be reproducible).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Testing

/// Expects two canonical graph texts to be equal; on a difference reports the first differing lines.
func expectSameGraph(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    var i = 0
    while i < min(a.count, e.count) && a[i] == e[i] { i += 1 }
    let got = i < a.count ? String(a[i]) : "<end>"
    let want = i < e.count ? String(e[i]) : "<end>"
    Issue.record("graphs differ at line \(i + 1):\n  got:      \(got.prefix(400))\n  expected: \(want.prefix(400))",
                 sourceLocation: sourceLocation)
}

extension StorageTestSupport {
    /// Writes a file without fsync (Foundation's `Data.write` syncs, which makes hundreds of cases slow).
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = try FileIO.open(path, O_WRONLY | O_CREAT | O_TRUNC)
        defer { FileIO.closeFile(fd) }
        try FileIO.write(fd, bytes, at: 0, path: path)
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = try FileIO.open(path, O_RDONLY)
        defer { FileIO.closeFile(fd) }
        return try FileIO.readAll(fd, path: path)
    }
}
