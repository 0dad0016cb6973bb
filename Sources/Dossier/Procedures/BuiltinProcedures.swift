/// Procedures every database has: the names in use in the graph.
enum BuiltinProcedures {
    static var all: [Procedure] {
        [
            Procedure(signature: ProcedureSignature(name: "db.labels", inputs: [],
                                                    outputs: [.init(name: "label", type: .string)])) { _, store in
                store.labelIndex.indices.filter { !store.labelIndex[$0].isEmpty }
                    .map { [.string(store.labels.name(Int32($0)))] }
            },
            Procedure(signature: ProcedureSignature(name: "db.relationshipTypes", inputs: [],
                                                    outputs: [.init(name: "relationshipType", type: .string)])) { _, store in
                store.relationshipCountByType.indices.filter { store.relationshipCountByType[$0] > 0 }
                    .map { [.string(store.types.name(Int32($0)))] }
            },
            Procedure(signature: ProcedureSignature(name: "db.propertyKeys", inputs: [],
                                                    outputs: [.init(name: "propertyKey", type: .string)])) { _, store in
                (0..<store.keys.count).map { [.string(store.keys.name(Int32($0)))] }
            },
        ]
    }
}
