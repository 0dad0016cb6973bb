import Dossier
import Foundation

/// What `dossier [PATH] [options]` does: open the database, then run `--file`s and `--command`,
/// or standard input (as a script, or the REPL on a terminal).
struct Runner {
    let command: DossierCommand

    init(_ command: DossierCommand) {
        self.command = command
    }

    func run() -> ExitStatus {
        let format = command.format
        // Parameters first: a bad one is a usage error, before anything runs.
        var parameters: [String: Value] = [:]
        for p in command.param {
            guard let eq = p.firstIndex(of: "=") else {
                return usageError("--param needs name=value, e.g. --param name='Kadyrov' (got '\(p)')", format: format)
            }
            var name = String(p[..<eq]).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("$") { name.removeFirst() }
            guard ParameterLiteral.isValidName(name) else {
                return usageError("--param: '\(name)' is not a parameter name (a name such as n, or a number such as 1)", format: format)
            }
            do {
                parameters[name] = try ParameterLiteral.parse(String(p[p.index(after: eq)...]))
            } catch {
                return usageError("--param \(name): the value is not a Cypher literal (\(error.kind.rawValue).\(error.code.rawValue): \(error.message)); quote strings: --param \(name)=\"'text'\"", format: format)
            }
        }
        // Every file must be readable before anything runs.
        var scripts: [(name: String, text: String)] = []
        for f in command.file {
            guard let data = FileManager.default.contents(atPath: f) else {
                return usageError("cannot read '\(f)': \(Session.fileProblem(f))", format: format)
            }
            scripts.append((f, String(decoding: data, as: UTF8.self)))
        }

        let db: Database
        let origin: DatabaseOrigin
        do {
            (db, origin) = try DatabaseOpener.open(command.database)
        } catch {
            switch error {
            case .usage(let message): return usageError(message, format: format)
            case .failed(let e):
                if format.isJSON {
                    FileHandle.standardError.write(Data(ErrorRenderer.jsonLine(kind: e.kind.rawValue, code: e.code.rawValue, message: e.message, line: e.location?.line, column: e.location?.column).utf8))
                } else {
                    FileHandle.standardError.write(Data("dossier: error: \(e)\n".utf8))
                }
                return e.exitStatus
            }
        }

        let session = Session(db: db, origin: origin, render: RenderOptions(format: format))
        session.parameters = parameters
        session.continueOnError = command.continueOnError
        let status = run(session, scripts: scripts)
        session.out.flush()
        session.err.flush()
        let closed = DatabaseOpener.close(db)
        return status == .success ? closed : status
    }

    /// Runs the files and `--command`, else standard input (the REPL on a terminal).
    private func run(_ session: Session, scripts: [(name: String, text: String)]) -> ExitStatus {
        if !scripts.isEmpty || command.command != nil {
            for script in scripts {
                guard session.run(text: script.text, sourceName: script.name) else { return session.exitStatus }
            }
            if let text = command.command {
                session.run(text: text, sourceName: "<command>")
            }
            return session.exitStatus
        }
        if isatty(0) != 0 {
            return Repl(session: session).run()
        }
        return runStandardInput(session)
    }

    /// Runs standard input as a script, each statement as soon as its `;` arrives.
    private func runStandardInput(_ session: Session) -> ExitStatus {
        var reader = InputReader(fd: 0)
        var scanner = StatementScanner()
        let reporter = ErrorRenderer(sourceName: "<stdin>")
        while let chunk = reader.next() {
            for item in scanner.feed(chunk) {
                guard session.handle(item, reporter: reporter) else { return session.exitStatus }
            }
        }
        for item in scanner.finish() {
            guard session.handle(item, reporter: reporter) else { return session.exitStatus }
        }
        return session.exitStatus
    }

    private func usageError(_ message: String, format: OutputFormat) -> ExitStatus {
        Runner.reportUsage(message, format: format)
        return .usage
    }

    /// Writes a usage error to standard error (as a JSON line for the JSON formats).
    static func reportUsage(_ message: String, format: OutputFormat) {
        let text = format.isJSON
            ? ErrorRenderer.jsonLine(kind: "UsageError", code: "InvalidArgument", message: message, line: nil, column: nil)
            : "dossier: error: \(message)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
