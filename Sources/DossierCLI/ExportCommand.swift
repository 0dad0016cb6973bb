import ArgumentParser
import Dossier
import Foundation

// Export of subgraphs as Graphviz DOT (or SVG/PNG rendered by Graphviz's `dot`), from the command
// line (`dossier export dot|svg|png ...`) and from the REPL (`:export dot|svg|png FILE ...`).
// Both build an `ExportRequest` and run it with `ExportRequest.run(db:lastResult:parameters:)`.

/// `dossier export FORMAT [PATH] ...`: writes (a subgraph of) the graph in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph or a subgraph as Graphviz DOT (or SVG/PNG through Graphviz).",
        subcommands: [ExportDotCommand.self, ExportSVGCommand.self, ExportPNGCommand.self])
}

/// What to export and how: shared by `dossier export dot|svg|png`.
struct ExportArguments: ParsableArguments {
    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("Export the subgraph of this query's result.", valueName: "QUERY"))
    var command: String?

    @Flag(help: "Export the whole graph (the default when neither --command nor --around is given).")
    var all = false

    @Option(help: ArgumentHelp("Export the neighbourhood of the node whose `key` property (or id) is KEY.",
                               valueName: "KEY"))
    var around: String?

    @Option(help: "With --around: how many hops (in either direction) to include.")
    var depth: Int = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Layout direction: LR (left to right) or TB (top to bottom).")
    var rankdir: String = "LR"

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Group nodes into boxes; only `label` is supported.",
                                                                valueName: "label"))
    var clusterBy: String?

    @Flag(name: .customLong("no-properties"), help: "Leave properties out of tooltips.")
    var noProperties = false

    @Option(help: ArgumentHelp("A query parameter for --command (repeatable), e.g. --param name=\"'Kadyrov'\".",
                               valueName: "name=value"))
    var param: [String] = []
}

/// `dossier export dot [PATH] [--command QUERY | --all | --around KEY --depth N] [--output FILE]`.
struct ExportDotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dot", abstract: "Write a subgraph as Graphviz DOT.")
    @OptionGroup var database: DatabaseArguments
    @OptionGroup var export: ExportArguments
    mutating func run() throws { throw ExitCode(ExportCLI.run(.dot, database, export).rawValue) }
}

/// `dossier export svg ...`: like `dot`, rendered to SVG by Graphviz.
struct ExportSVGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "svg", abstract: "Render a subgraph to SVG with Graphviz.")
    @OptionGroup var database: DatabaseArguments
    @OptionGroup var export: ExportArguments
    mutating func run() throws { throw ExitCode(ExportCLI.run(.svg, database, export).rawValue) }
}

/// `dossier export png ...`: like `dot`, rendered to PNG by Graphviz.
struct ExportPNGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "png", abstract: "Render a subgraph to PNG with Graphviz.")
    @OptionGroup var database: DatabaseArguments
    @OptionGroup var export: ExportArguments
    mutating func run() throws { throw ExitCode(ExportCLI.run(.png, database, export).rawValue) }
}

/// One export: format, selection, options, destination.
struct ExportRequest {
    enum Format: String, CaseIterable { case dot, svg, png }
    enum Selection {
        /// The last result (REPL only).
        case lastResult
        case query(String)
        case all
        case around(key: String, depth: Int)
    }

    var format: Format
    var selection: Selection
    var options = DotOptions()
    /// nil: standard output.
    var file: String?

    /// Why an export failed: a usage problem, a query error (with the query text, for the caret),
    /// or a failure to render or write.
    enum Failure: Error {
        case usage(String)
        case query(DossierError, String)
        case failed(String)
    }

    /// Builds the DOT text (and renders it when asked); returns the bytes and a one-line summary.
    func run(db: Database, lastResult: QueryResult?, parameters: [String: Value]) throws(Failure) -> (Data, String) {
        let exporter = DotExporter(database: db, options: options)
        let subgraph: Subgraph
        switch selection {
        case .lastResult:
            guard let lastResult else {
                throw .usage("there is no result to export yet: run a query first, or give a query, --all or --around KEY")
            }
            subgraph = Subgraph(result: lastResult)
        case .query(let text):
            do { subgraph = Subgraph(result: try db.execute(text, parameters: parameters)) } catch {
                throw .query(error, text)
            }
        case .all:
            subgraph = db.subgraphAll()
        case let .around(key, depth):
            do { subgraph = try db.subgraph(around: key, depth: depth) } catch {
                throw .failed(error.message)
            }
        }
        let dot = exporter.export(subgraph)
        let summary = "\(subgraph.nodes.count) node\(subgraph.nodes.count == 1 ? "" : "s") and "
            + "\(subgraph.relationships.count) relationship\(subgraph.relationships.count == 1 ? "" : "s")"
        switch format {
        case .dot:
            return (Data(dot.utf8), summary)
        case .svg, .png:
            let rendered: GraphvizRenderer.Output
            do { rendered = try GraphvizRenderer.render(dot, format: format == .svg ? .svg : .png) } catch {
                throw .failed(error.message)
            }
            return (rendered.data, summary)
        }
    }

    /// Writes `data` to `file` (or standard output).
    func write(_ data: Data) throws(Failure) {
        guard let file else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try data.write(to: URL(fileURLWithPath: file)) } catch {
            throw .failed("cannot write '\(file)': \(error.localizedDescription)")
        }
    }

    /// Applies `--rankdir`, `--cluster-by` and `--no-properties`.
    static func options(rankdir: String, clusterBy: String?, noProperties: Bool) throws(Failure) -> DotOptions {
        var options = DotOptions()
        guard let dir = DotOptions.RankDirection(rawValue: rankdir.uppercased()) else {
            throw .usage("--rankdir must be LR or TB, not '\(rankdir)'")
        }
        options.rankdir = dir
        if let clusterBy {
            guard clusterBy.lowercased() == "label" else { throw .usage("--cluster-by supports only 'label', not '\(clusterBy)'") }
            options.clusterByLabel = true
        }
        options.includeProperties = !noProperties
        return options
    }
}

/// The command-line side of `dossier export`.
enum ExportCLI {
    static func run(_ format: ExportRequest.Format, _ database: DatabaseArguments, _ args: ExportArguments) -> ExitStatus {
        // Validate everything before opening the database.
        let selections = [args.command != nil, args.all, args.around != nil].filter { $0 }.count
        guard selections <= 1 else { return usage("give only one of --command, --all and --around") }
        guard args.depth >= 0 else { return usage("--depth must be 0 or more") }
        var parameters: [String: Value] = [:]
        for p in args.param {
            guard let eq = p.firstIndex(of: "=") else { return usage("--param needs name=value (got '\(p)')") }
            var name = String(p[..<eq]).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("$") { name.removeFirst() }
            guard ParameterLiteral.isValidName(name) else { return usage("--param: '\(name)' is not a parameter name") }
            do { parameters[name] = try ParameterLiteral.parse(String(p[p.index(after: eq)...])) } catch {
                return usage("--param \(name): the value is not a Cypher literal (\(error.message))")
            }
        }
        var request: ExportRequest
        do {
            let options = try ExportRequest.options(rankdir: args.rankdir, clusterBy: args.clusterBy, noProperties: args.noProperties)
            let selection: ExportRequest.Selection
            if let q = args.command { selection = .query(q) }
            else if let key = args.around { selection = .around(key: key, depth: args.depth) }
            else { selection = .all }
            request = ExportRequest(format: format, selection: selection, options: options, file: args.output)
        } catch {
            return report(error)
        }
        if format != .dot, GraphvizRenderer.dotExecutable() == nil {
            return fail(GraphvizRenderer.installHint)
        }

        let db: Database
        do { (db, _) = try DatabaseOpener.open(database) } catch {
            switch error {
            case .usage(let message): return usage(message)
            case .failed(let e): return fail("\(e)")
            }
        }
        do {
            let (data, _) = try request.run(db: db, lastResult: nil, parameters: parameters)
            try request.write(data)
            return .success
        } catch {
            return report(error)
        }
    }

    private static func report(_ failure: ExportRequest.Failure) -> ExitStatus {
        switch failure {
        case .usage(let m): return usage(m)
        case .failed(let m): return fail(m)
        case let .query(e, text):
            FileHandle.standardError.write(Data(ErrorRenderer(sourceName: "<command>").text(e, statement: text, start: .start).utf8))
            return e.exitStatus
        }
    }

    private static func usage(_ message: String) -> ExitStatus {
        Runner.reportUsage(message, format: .table)
        return .usage
    }

    private static func fail(_ message: String) -> ExitStatus {
        FileHandle.standardError.write(Data("dossier: error: \(message)\n".utf8))
        return .failure
    }
}

extension Session {
    /// `:export dot|svg|png FILE [--all | --around KEY [--depth N]] [--rankdir LR|TB] [--cluster-by label]
    /// [--no-properties] [QUERY;]` in the REPL. Without a query or selection it exports the last result.
    func export(_ args: String, reporter: ErrorRenderer, lineNumber: Int) -> Bool {
        let request: ExportRequest
        switch ExportLine.parse(args) {
        case .failure(let message):
            reportFailure(message + "; usage: :export dot|svg|png FILE [--all | --around KEY [--depth N]] [QUERY;]",
                          line: lineNumber, reporter: reporter)
            return false
        case .success(let r):
            request = r
        }
        do {
            let (data, summary) = try request.run(db: db, lastResult: lastResult, parameters: parameters)
            try request.write(data)
            if let file = request.file { say("Wrote \(summary) to \(file).") }
            return true
        } catch {
            switch error {
            case .usage(let m), .failed(let m):
                reportFailure(m, kind: "ExportError", code: "ExportFailed", line: lineNumber, reporter: reporter)
            case let .query(e, text):
                report(e, statement: text, start: SourceLocation(offset: 0, line: lineNumber, column: 1),
                       linePrefix: "", reporter: reporter)
            }
            return false
        }
    }
}

/// Parses the arguments of the REPL's `:export` line.
enum ExportLine {
    enum Parsed { case success(ExportRequest), failure(String) }

    static func parse(_ args: String) -> Parsed {
        var rest = Substring(args)
        func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        /// A word, or a quoted string ('...' or "...").
        func word() -> String? {
            skipSpaces()
            guard let first = rest.first else { return nil }
            if first == "'" || first == "\"" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(of: first) else { return nil }
                rest = body[body.index(after: close)...]
                return String(body[..<close])
            }
            let end = rest.firstIndex { $0 == " " || $0 == "\t" } ?? rest.endIndex
            defer { rest = rest[end...] }
            return String(rest[..<end])
        }
        guard let formatWord = word(), let format = ExportRequest.Format(rawValue: formatWord.lowercased()) else {
            return .failure("the format must be dot, svg or png")
        }
        guard let file = word(), !file.hasPrefix("--") else { return .failure("missing FILE") }
        var selection: ExportRequest.Selection = .lastResult
        var around: String?
        var depth = 1
        var rankdir = "LR"
        var clusterBy: String?
        var noProperties = false
        var all = false
        while true {
            skipSpaces()
            guard rest.hasPrefix("--") else { break }
            guard let flag = word() else { break }
            switch flag {
            case "--all": all = true
            case "--no-properties": noProperties = true
            case "--around":
                guard let key = word() else { return .failure("--around needs a KEY") }
                around = key
            case "--depth":
                guard let n = word().flatMap({ Int($0) }), n >= 0 else { return .failure("--depth needs a number, 0 or more") }
                depth = n
            case "--rankdir":
                guard let d = word() else { return .failure("--rankdir needs LR or TB") }
                rankdir = d
            case "--cluster-by":
                guard let c = word() else { return .failure("--cluster-by needs 'label'") }
                clusterBy = c
            default:
                return .failure("unknown option \(flag)")
            }
        }
        skipSpaces()
        let query = rest.trimmingCharacters(in: .whitespaces)
        let chosen = [!query.isEmpty, all, around != nil].filter { $0 }.count
        guard chosen <= 1 else { return .failure("give only one of a query, --all and --around") }
        if !query.isEmpty { selection = .query(query) }
        else if all { selection = .all }
        else if let around { selection = .around(key: around, depth: depth) }
        do {
            let options = try ExportRequest.options(rankdir: rankdir, clusterBy: clusterBy, noProperties: noProperties)
            return .success(ExportRequest(format: format, selection: selection, options: options, file: file))
        } catch {
            switch error {
            case .usage(let m), .failed(let m): return .failure(m)
            case .query(let e, _): return .failure(e.message)
            }
        }
    }
}
