import ArgumentParser
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
        options.readOnly = arguments.readOnly
        if isatty(2) != 0 { options.loadProgress = LoadProgressLine.show }
        do {
            switch arguments.path {
            case nil:
                let dir = BundledGraph.locate()
                let (db, files) = try BundledGraph.database(from: dir, options: options)
                return (db, .bundled(directory: dir, files: files.count))
            case ":memory:"?:
                return (Database(options: options), .memory)
            case let path?:
                guard !path.isEmpty else { throw OpenFailure.usage("the database path is empty") }
                let db = try Database.open(path: path, options: options)
                for warning in db.openWarnings {
                    FileHandle.standardError.write(Data("dossier: warning: \(warning)\n".utf8))
                }
                return (db, .path(path))
            }
        } catch let e as DossierError {
            throw .failed(e)
        } catch let e as OpenFailure {
            throw e
        } catch {
            throw .failed(DossierError.internal("\(error)"))
        }
    }

    /// Opens the database for a subcommand, or reports why not and throws the exit status
    /// (2 for usage errors, the error's own status otherwise).
    static func openOrExit(_ arguments: DatabaseArguments) throws -> Database {
        do {
            return try open(arguments).0
        } catch {
            switch error {
            case .usage(let m):
                Runner.reportUsage(m, format: .table)
                throw ExitCode(ExitStatus.usage.rawValue)
            case .failed(let e):
                FileHandle.standardError.write(Data("dossier: error: \(e)\n".utf8))
                throw ExitCode(e.exitStatus.rawValue)
            }
        }
    }

    /// Closes the database (an on-disk one checkpoints and releases its lock); reports a failure.
    static func close(_ db: Database) -> ExitStatus {
        do {
            try db.close()
            return .success
        } catch {
            FileHandle.standardError.write(Data("dossier: error: closing the database: \(error)\n".utf8))
            return error.exitStatus
        }
    }
}

/// LOAD CSV progress on a terminal's standard error: one line, rewritten in place.
enum LoadProgressLine {
    @Sendable static func show(_ p: LoadProgress) {
        // Short loads stay silent (intermediate reports start after a quarter of a second).
        if p.finished && p.elapsed < 0.25 { return }
        let name = (p.file as NSString).lastPathComponent
        var line = "\r\u{1B}[2K\(name): \(p.rows) rows, \(Int(p.rowsPerSecond)) rows/s"
        if p.fileSize > 0 { line += String(format: ", %.0f%%", p.fraction * 100) }
        if p.finished { line += String(format: " in %.1f s\n", p.elapsed) }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
