import Dossier

/// One run of `dossier`: the open database, parameters, output settings, and the code that runs
/// statements and meta-commands from any source (a file, `--command`, standard input, the REPL)
/// and reports their results and errors.
final class Session {
    let db: Database
    /// What was opened, for the banner and `:stats`.
    let origin: DatabaseOrigin
    var parameters: [String: Value] = [:]
    var render: RenderOptions
    /// Where results go (`:output` redirects it).
    var out: TextSink = .standardOutput
    let err: TextSink = .standardError
    /// Keep going after a failed statement (`--continue-on-error`; always on in the REPL).
    var continueOnError = false
    /// Running the REPL: errors are reported without a file name, and nothing stops the session.
    var interactive = false
    /// The last statement's result (for `:evidence` and `:export`).
    var lastResult: QueryResult?
    /// How many statements or meta-commands failed.
    private(set) var failures = 0
    /// Set by `:quit`.
    var quitRequested = false
    /// Nesting of `:source` (to refuse a file that sources itself forever).
    var sourceDepth = 0

    init(db: Database, origin: DatabaseOrigin, render: RenderOptions) {
        self.db = db
        self.origin = origin
        self.render = render
    }

    /// The exit status so far.
    var exitStatus: ExitStatus { failures > 0 ? .failure : .success }

    // MARK: - Running sources

    /// Runs a whole text (a file or `--command`): every statement and meta-command in order.
    /// Returns false when the run must stop (an error without `--continue-on-error`, or `:quit`).
    @discardableResult
    func run(text: String, sourceName: String) -> Bool {
        var scanner = StatementScanner()
        let reporter = ErrorRenderer(sourceName: sourceName, source: text)
        for item in scanner.feed(text) + scanner.finish() {
            guard handle(item, reporter: reporter) else { return false }
        }
        return true
    }

    /// Runs one statement or meta-command. Returns false when the run must stop.
    func handle(_ item: StatementScanner.Item, reporter: ErrorRenderer) -> Bool {
        if quitRequested { return false }
        let ok: Bool
        switch item {
        case let .statement(text, start, prefix):
            ok = execute(text, start: start, linePrefix: prefix, reporter: reporter)
        case let .meta(line, lineNumber):
            ok = runMeta(line, lineNumber: lineNumber, reporter: reporter)
        }
        out.flush()
        err.flush()
        if quitRequested { return false }
        return ok || continueOnError || interactive
    }

    /// Runs one statement and writes its result; returns whether it succeeded.
    func execute(_ text: String, start: SourceLocation = .start, linePrefix: String = "",
                 reporter: ErrorRenderer) -> Bool {
        let clock = ContinuousClock()
        let began = clock.now
        do {
            let result = try db.execute(text, parameters: parameters)
            let elapsed = Self.seconds(clock.now - began)
            lastResult = result
            write(ResultRenderer(render).render(result, elapsed: elapsed))
            return true
        } catch {
            report(error, statement: text, start: start, linePrefix: linePrefix, reporter: reporter)
            return false
        }
    }

    /// Writes a rendered result: data to the output, notes to standard error (for `table`, the
    /// footer is part of the data).
    func write(_ rendered: RenderedResult) {
        out.write(rendered.data)
        if !rendered.notes.isEmpty {
            out.flush()
            err.write(rendered.notes)
        }
    }

    // MARK: - Reporting

    /// Reports a failed statement: the text report with a caret, or the JSON error line.
    func report(_ error: DossierError, statement: String, start: SourceLocation, linePrefix: String,
                reporter: ErrorRenderer) {
        failures += 1
        out.flush()
        if render.format.isJSON {
            err.write(reporter.json(error, start: start))
        } else if interactive && error.kind == .interrupted {
            err.write("\nerror: \(error.kind.rawValue).\(error.code.rawValue): \(error.message); the statement was rolled back\n")
        } else if interactive {
            var plain = reporter
            plain.sourceName = ""
            err.write(plain.text(error, statement: statement, start: start, linePrefix: linePrefix))
        } else {
            err.write(reporter.text(error, statement: statement, start: start, linePrefix: linePrefix))
        }
        err.flush()
    }

    /// Reports a failure that is not a query error (a meta-command's, a file's).
    func reportFailure(_ message: String, kind: String = "UsageError", code: String = "InvalidCommand",
                       line: Int? = nil, reporter: ErrorRenderer? = nil) {
        failures += 1
        out.flush()
        if render.format.isJSON {
            err.write(ErrorRenderer.jsonLine(kind: kind, code: code, message: message, line: line, column: line == nil ? nil : 1))
        } else if interactive || reporter == nil {
            err.write("error: \(message)\n")
        } else if let reporter {
            err.write("\(reporter.sourceName)\(line.map { ":\($0)" } ?? ""): error: \(message)\n")
        }
        err.flush()
    }

    /// Prints a message for people (meta-command output): on the result stream for `table`; on
    /// standard error for the data formats, whose output carries result data only.
    func say(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        if render.format.isForPeople {
            out.write(line)
        } else {
            out.flush()
            err.write(line)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }
}
