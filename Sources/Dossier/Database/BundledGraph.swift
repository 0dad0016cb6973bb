import Foundation

/// The graph that ships with Dossier: the Cypher scripts in `graph/` (the actors, statements and
/// sources of the five documents), loaded in file-name order into an in-memory database when
/// `dossier` starts without a database path.
///
/// ```swift
/// let db = Database()
/// if let dir = BundledGraph.locate() { try BundledGraph.load(into: db, from: dir) }
/// ```
public enum BundledGraph {
    /// The environment variable that names the graph directory explicitly.
    public static let environmentVariable = "DOSSIER_GRAPH"

    /// Finds `graph/`: `$DOSSIER_GRAPH` when set; else a `graph` directory holding `.cypher` files
    /// next to the executable or in one of its parent directories (the repository root for
    /// `.build/debug/dossier`), or `share/dossier/graph` beside an installed `bin/`; else `./graph`.
    public static func locate(executablePath: String? = executablePath(),
                              currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        if let explicit = ProcessInfo.processInfo.environment[environmentVariable], !explicit.isEmpty {
            return explicit
        }
        var candidates: [String] = []
        if let exe = executablePath {
            var dir = (exe as NSString).deletingLastPathComponent
            for _ in 0..<6 where !dir.isEmpty && dir != "/" {
                candidates.append(dir + "/graph")
                candidates.append(dir + "/share/dossier/graph")
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        candidates.append(currentDirectory + "/graph")
        return candidates.first { !scriptFiles(in: $0).isEmpty }
    }

    /// The running executable's path with symbolic links resolved.
    public static func executablePath() -> String? {
        if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return linked }
        return Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    /// The `.cypher` files of `directory`, in file-name order (full paths).
    public static func scriptFiles(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".cypher") }.sorted().map { directory + "/" + $0 }
    }

    /// Runs every script of `directory` into `db`, in file-name order, and returns the files loaded.
    ///
    /// - Throws: `DossierError` from the first statement that fails; its message starts with
    ///   `FILE:LINE:COLUMN:` and its location is within that file.
    @discardableResult
    public static func load(into db: Database, from directory: String) throws(DossierError) -> [String] {
        let files = scriptFiles(in: directory)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DossierError.storage(.ioError, "cannot read \(file)")
            }
            do {
                try db.loadScript(String(decoding: data, as: UTF8.self))
            } catch {
                var e = error
                let loc = e.location.map { ":\($0.line):\($0.column)" } ?? ""
                e.message = "\(file)\(loc): \(e.message)"
                throw e
            }
        }
        return files
    }
}

extension BundledGraph {
    /// A new in-memory database holding the scripts of `directory` (empty when it is nil), with
    /// `options` (with `readOnly`, the graph is loaded first and the database then refuses writes).
    public static func database(from directory: String?, options: DatabaseOptions = DatabaseOptions()) throws(DossierError)
        -> (database: Database, files: [String]) {
        var loading = options
        loading.readOnly = false
        let db = Database(options: loading)
        let files = try directory.map { dir throws(DossierError) in try load(into: db, from: dir) } ?? []
        guard options.readOnly else { return (db, files) }
        return (Database(store: db.store, options: options, log: nil, path: nil), files)
    }
}

extension Database {
    /// Runs every statement of a script (statements separated by `;`, with `//` and `/* */`
    /// comments), in order, stopping at the first error.
    ///
    /// - Throws: `DossierError`; its location is within `script` (not within the statement).
    public func loadScript(_ script: String, parameters: [String: Value] = [:]) throws(DossierError) {
        for statement in ScriptSplitter.statements(in: script) {
            do {
                try execute(statement.text, parameters: parameters)
            } catch {
                var e = error
                if let loc = e.location { e.location = statement.scriptLocation(of: loc) } else { e.location = statement.start }
                throw e
            }
        }
    }
}
