import Testing
@testable import Dossier

@Suite struct GraphStoreTests {
    @Test func createAndRollback() throws {
        let s = GraphStore()
        let person = s.labels.intern("Person")
        let name = s.keys.intern("name")
        let knows = s.types.intern("KNOWS")
        let sp = s.savepoint()
        let a = s.createNode(labels: [person], properties: [Property(key: name, value: "a")])
        let b = s.createNode(labels: [], properties: [])
        s.createRelationship(type: knows, start: a, end: b, properties: [])
        #expect(s.nodeCount == 2)
        #expect(s.relationshipCount == 1)
        #expect(s.nodes(withLabel: person) == [a.rawValue])
        s.rollback(to: sp)
        #expect(s.nodeCount == 0)
        #expect(s.relationshipCount == 0)
        #expect(s.nodes(withLabel: person).isEmpty)
        // ids are not reused after a rollback
        let c = s.createNode(labels: [], properties: [])
        #expect(c.rawValue == 2)
    }
}
