import Dossier
import Foundation

/// What one input is: query text (default), or the bytes of a snapshot or a log file.
let mode = ProcessInfo.processInfo.environment["DOSSIER_LIBFUZZ"] ?? "query"
let scratch = NSTemporaryDirectory() + "/dossier-libfuzz-\(getpid())"

let setup = """
    CREATE (a:Person {name: 'Igor Kochetkov', age: 42, x: 1, role: ['a', 'b']}),
           (b:Person:Org {name: 'Ахмат', age: -1, y: [1, 2, 3], x: 2.5}),
           (c:L {x: -0.0, name: ''}), (d:Document {date_text: 'two years ago', id: 9223372036854775807}),
           (a)-[:KNOWS {x: 1}]->(b), (b)-[:KNOWS]->(a), (a)-[:R]->(a), (c)-[:T]->(d), (d)-[:MENTIONS]->(a)
    """

func options() -> DatabaseOptions {
    var o = DatabaseOptions()
    o.maxCollectionSize = 100_000
    o.maxIntermediateRows = 100_000
    o.maxRegexSteps = 1_000_000
    o.synchronousCommits = false
    return o
}

/// Errors must say something; compile-time ones must say where.
func check(_ error: DossierError) {
    if error.message.isEmpty || (error.phase == .compileTime && error.location == nil) || error.code == .internalError {
        FileHandle.standardError.write(Data("invariant violated: \(error)\n".utf8))
        abort()
    }
}

/// libFuzzer's driver (in libclang_rt.fuzzer): runs the fuzzing loop with `callback`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The process entry point: SwiftPM links `main` to `<module>_main`, so libFuzzer's own `main`
/// is not used; start its driver here.
@_cdecl("DossierLibFuzz_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    switch mode {
    case "snapshot", "wal":
        let dir = scratch + "/db"
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let seed = scratch + "/seed"
        if !FileManager.default.fileExists(atPath: seed + "/snapshot.dossier") {
            if let db = try? Database.open(path: seed, options: options()) {
                _ = try? db.execute(setup)
                try? db.close()
            }
        }
        let file = mode == "snapshot" ? "snapshot.dossier" : "wal.dossier"
        if mode == "wal" { try? FileManager.default.copyItem(atPath: seed + "/snapshot.dossier", toPath: dir + "/snapshot.dossier") }
        _ = FileManager.default.createFile(atPath: dir + "/" + file, contents: Data(buffer: bytes))
        var o = options()
        o.readOnly = true
        do {
            let db = try Database.open(path: dir, options: o)
            _ = try db.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r, properties(n)")
            try db.close()
        } catch {
            check(error)
        }
    default:
        let text = String(decoding: bytes, as: UTF8.self)
        let db = Database(options: options())
        _ = try? db.execute(setup)
        do {
            let result = try db.execute(text)
            for format in OutputFormat.allCases { _ = ResultRenderer(RenderOptions(format: format)).render(result) }
        } catch {
            check(error)
        }
    }
    return 0
}
