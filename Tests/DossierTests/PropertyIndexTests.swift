import Testing
@testable import Dossier

@Suite struct PropertyIndexTests {
    @Test func followsEveryChangeAndRollback() throws {
        let s = GraphStore()
        let person = s.labels.intern("Person")
        let id = s.keys.intern("id")
        let a = s.createNode(labels: [person], properties: [Property(key: id, value: 1)])
        let index = try s.createIndex(name: nil, label: "Person", key: "id", unique: false)
        #expect(index.lookup(1) == [a.rawValue])
        #expect(index.lookup(1.0) == [a.rawValue])      // 1 = 1.0
        #expect(index.lookup(.float(.nan)).isEmpty)
        s.commit()
        let sp = s.savepoint()
        let b = s.createNode(labels: [person], properties: [Property(key: id, value: 2)])
        s.setProperty(a, key: id, value: 2)
        #expect(index.lookup(2) == [a.rawValue, b.rawValue])
        #expect(index.lookup(1).isEmpty)
        s.removeLabel(b, person)
        #expect(index.lookup(2) == [a.rawValue])
        s.rollback(to: sp)
        #expect(index.lookup(1) == [a.rawValue])
        #expect(index.lookup(2).isEmpty)
        s.deleteNode(a)
        #expect(index.lookup(1).isEmpty)
    }

    @Test func uniqueness() throws {
        let s = GraphStore()
        let l = s.labels.intern("Doc")
        let k = s.keys.intern("key")
        _ = try s.createIndex(name: "doc_key", label: "Doc", key: "key", unique: true)
        s.createNode(labels: [l], properties: [Property(key: k, value: "a")])
        #expect(s.uniquenessViolation() == nil)
        s.createNode(labels: [l], properties: [Property(key: k, value: "a")])
        #expect(s.uniquenessViolation()?.code == .uniquenessViolation)
        #expect(throws: DossierError.self) { try s.createIndex(name: "doc_key", label: "Doc", key: "x", unique: false) }
        #expect(s.dropIndex(named: "doc_key"))
        #expect(!s.dropIndex(named: "doc_key"))
    }

    @Test func stringsCompareByScalars() {
        // "é" precomposed and decomposed are different strings in Cypher.
        #expect(IndexKey(.string("\u{E9}")) != IndexKey(.string("e\u{301}")))
        #expect(IndexKey(.list([1, 2.0])) == IndexKey(.list([1.0, 2])))
        #expect(IndexKey(.list([1, .null])) == nil)
    }
}
