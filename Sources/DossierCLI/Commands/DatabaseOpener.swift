import Dossier
import Foundation

/// Why a database could not be opened.
enum OpenFailure: Error {
    /// A problem with the command line (exit status 2).
    case usage(String)
    /// Opening or loading failed (exit status 1).
    case failed(DossierError)
}

/// Opens the database a command line names: none (the bundled graph, in memory), `:memory:`
/// (empty, in memory) or a directory.
enum DatabaseOpener {
    static func open(_ arguments: DatabaseArguments) throws(OpenFailure) -> (Database, DatabaseOrigin) {
        var options = DatabaseOptions()
        switch arguments.path {
        case nil:
            let db = Database(options: options)
            guard let dir = BundledGraph.locate() else { return (db, .bundled(directory: nil, files: 0)) }
            do {
                let files = try BundledGraph.load(into: db, from: dir)
                return (db, .bundled(directory: dir, files: files.count))
            } catch {
                throw .failed(error)
            }
        case ":memory:"?:
            options.readOnly = arguments.readOnly
            return (Database(options: options), .memory)
        case let path?:
            options.readOnly = arguments.readOnly
            _ = path
            throw .usage("persistent databases are not available yet; use ':memory:' or no PATH for the bundled graph")
        }
    }
}
