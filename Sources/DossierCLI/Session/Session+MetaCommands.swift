import Dossier
import Foundation

extension Session {
    /// Runs a meta-command line (`:schema`, `:param n 3`, ...). Returns whether it succeeded.
    func runMeta(_ line: String, lineNumber: Int, reporter: ErrorRenderer) -> Bool {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = text.dropFirst()        // the ':'
        let name = String(body.prefix { !$0.isWhitespace })
        let args = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        func fail(_ message: String) -> Bool {
            reportFailure(message, line: lineNumber, reporter: reporter)
            return false
        }
        guard let command = MetaCommand.named(name.lowercased()) else {
            if name.isEmpty { return fail("a meta-command needs a name; :help lists them") }
            let hint = MetaCommand.closest(to: name).map { "; did you mean :\($0.name)?" } ?? "; :help lists the commands"
            return fail("unknown command :\(name)\(hint)")
        }
        switch command.name {
        case "help": return help(args)
        case "quit":
            if db.inTransaction {
                try? db.rollback()
                say("The open transaction was rolled back.")
            }
            quitRequested = true
            return true
        case "schema": showSchema(); return true
        case "find": return args.isEmpty ? fail("usage: \(command.usage)") : find(args)
        case "evidence": return evidence(reporter: reporter)
        case "source": return args.isEmpty ? fail("usage: \(command.usage)") : source(args, reporter: reporter, line: lineNumber)
        case "param": return param(args, fail: fail)
        case "params": showParameters(); return true
        case "format":
            guard let format = OutputFormat(rawValue: args.lowercased()) else {
                if args.isEmpty { say("Output format: \(render.format.rawValue)"); return true }
                return fail("unknown format '\(args)'; choose one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            render.format = format
            return true
        case "timing":
            switch args.lowercased() {
            case "on": render.timing = true
            case "off": render.timing = false
            case "": say("Timing is \(render.timing ? "on" : "off").")
            default: return fail("usage: \(command.usage)")
            }
            return true
        case "output":
            return output(args, fail: fail)
        case "maxrows", "maxwidth":
            guard let n = Int(args), n >= 0 else {
                if args.isEmpty {
                    let current = command.name == "maxrows" ? render.maxRows : render.maxWidth
                    say("\(command.name) is \(current.map(String.init) ?? "0 (no limit)")")
                    return true
                }
                return fail("usage: \(command.usage) (N a whole number, 0 for no limit)")
            }
            if command.name == "maxrows" { render.maxRows = n == 0 ? nil : n } else { render.maxWidth = n == 0 ? nil : max(n, 2) }
            return true
        case "stats": showStats(); return true
        case "begin", "commit", "rollback":
            do {
                switch command.name {
                case "begin": try db.begin(); say("Transaction open: :commit or :rollback ends it.")
                case "commit": try db.commit(); say("Committed.")
                default: try db.rollback(); say("Rolled back.")
                }
                return true
            } catch {
                report(error, statement: text, start: SourceLocation(offset: 0, line: lineNumber, column: 1),
                       linePrefix: "", reporter: reporter)
                return false
            }
        case "checkpoint": return checkpoint(fail: fail)
        case "export": return export(args, reporter: reporter, lineNumber: lineNumber)
        default: return fail("unknown command :\(name)")
        }
    }

    // MARK: - Help

    private func help(_ topic: String) -> Bool {
        let key = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if key.isEmpty {
            var text = "Statements end with ';' and may span lines. Meta-commands start with ':' and end at the line's end.\n\n"
            let width = MetaCommand.all.map { $0.usage.count }.max() ?? 0
            for c in MetaCommand.all {
                text += "  " + c.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + c.summary + "\n"
            }
            text += "\n:help COMMAND for details, :help formats, :help keys. The language: docs/cypher.md.\n"
            say(text)
            return true
        }
        switch key.lowercased() {
        case "formats":
            say("""
            table     aligned columns for people (default); :maxrows and :maxwidth limit it
            csv, tsv  a header row, then one record per row (RFC 4180 quoting); null is an empty field
            markdown  a Markdown table
            json      one line per statement: {"columns": [...], "rows": [{...}], "stats": {...}}
            jsonl     one JSON object per row
            In every format but table, the output carries result data only; summaries go to standard error.
            """)
        case "keys":
            say("""
            Tab         complete keywords, functions, labels (after ':'), relationship types, property keys (after '.'),
                        parameters (after '$'), meta-commands, and file names after :source and :export
            Up/Down     walk the history (a multi-line statement is one entry); Ctrl-R searches it
            Ctrl-C      clear the input, or interrupt a running query (it rolls back)
            Ctrl-D      leave (on an empty line)
            History is kept in ~/.dossier_history (DOSSIER_HISTORY overrides; set it empty to keep none).
            """)
        default:
            guard let c = MetaCommand.named(key.lowercased()) else {
                let hint = MetaCommand.closest(to: key).map { "; did you mean :\($0.name)?" } ?? ""
                reportFailure("no help on '\(topic)'\(hint)")
                return false
            }
            say("\(c.usage)\n  \(c.summary)" + (c.details.isEmpty ? "" : "\n  \(c.details)"))
        }
        return true
    }

    // MARK: - Schema and stats

    private func showSchema() {
        let schema = db.schema()
        var text = ""
        func section(_ title: String, _ entries: [GraphSchema.Entry], prefix: String) {
            text += "\(title) (\(entries.count))\n"
            let width = entries.map { DisplayWidth.of(prefix + ValueText.name($0.name)) }.max() ?? 0
            let countWidth = entries.map { String($0.count).count }.max() ?? 0
            for e in entries {
                text += "  " + DisplayWidth.pad(prefix + ValueText.name(e.name), to: width)
                    + "  " + DisplayWidth.pad(String(e.count), to: countWidth, right: true) + "\n"
            }
        }
        section("Labels", schema.labels, prefix: ":")
        section("Relationship types", schema.relationshipTypes, prefix: ":")
        section("Property keys", schema.propertyKeys, prefix: "")
        // Indexes and uniqueness constraints: name, :Label(key).
        let indexes = (try? db.execute("SHOW INDEXES").rows) ?? []
        text += "Indexes (\(indexes.count))\n"
        for row in indexes {
            guard case .string(let name) = row[0], case .list(let ls) = row[3], case .list(let ks) = row[4],
                  case .string(let label)? = ls.first, case .string(let key)? = ks.first else { continue }
            text += "  \(name)  :\(ValueText.name(label))(\(ValueText.name(key)))\(row[5].isNull ? "" : "  unique")\n"
        }
        say(text)
    }

    private func showStats() {
        let schema = db.schema()
        var text = "Database       \(origin.description)\n"
        text += "Nodes          \(db.nodeCount)\n"
        text += "Relationships  \(db.relationshipCount)\n"
        text += "Labels         \(schema.labels.count), relationship types \(schema.relationshipTypes.count), property keys \(schema.propertyKeys.count)\n"
        if let rss = Self.residentMemory() {
            text += "Memory         \(Self.formatBytes(rss)) resident\n"
        }
        text += "Transaction    \(db.inTransaction ? "open (:commit or :rollback)" : "none open")\n"
        say(text)
    }

    /// The process's resident set size, from /proc (Linux).
    static func residentMemory() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func formatBytes(_ n: Int) -> String {
        if n < 1024 { return "\(n) B" }
        if n < 1024 * 1024 { return "\(n / 1024) KB" }
        return String(format: "%.1f MB", Double(n) / 1_048_576)
    }

    // MARK: - Parameters

    private func param(_ args: String, fail: (String) -> Bool) -> Bool {
        if args.isEmpty { showParameters(); return true }
        if args.lowercased() == "clear" {
            parameters.removeAll()
            say("Parameters cleared.")
            return true
        }
        // NAME VALUE, NAME=VALUE or NAME => VALUE
        var name = String(args.prefix { !$0.isWhitespace && $0 != "=" })
        var rest = args.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("=>") { rest = rest.dropFirst(2).trimmingCharacters(in: .whitespaces) }
        else if rest.hasPrefix("=") { rest = rest.dropFirst().trimmingCharacters(in: .whitespaces) }
        if name.hasPrefix("$") { name.removeFirst() }
        if name.hasPrefix("`") && name.hasSuffix("`") && name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        guard ParameterLiteral.isValidName(name) else {
            return fail("'\(name)' is not a parameter name (use a name such as n or a number such as 1)")
        }
        if rest.isEmpty {
            if let v = parameters[name] { say("$\(name) = \(ValueText().literal(v))") } else { say("$\(name) is not set") }
            return true
        }
        do {
            parameters[name] = try ParameterLiteral.parse(rest)
            return true
        } catch {
            return fail("cannot read the value of $\(name): \(error.kind.rawValue).\(error.code.rawValue): \(error.message)")
        }
    }

    private func showParameters() {
        if parameters.isEmpty {
            say("No parameters. Set one with :param NAME VALUE.")
            return
        }
        var text = ""
        for name in parameters.keys.sorted() {
            if let v = parameters[name] { text += ":param \(name) \(ValueText().literal(v))\n" }
        }
        say(text)
    }

    // MARK: - Files

    private func source(_ path: String, reporter: ErrorRenderer, line: Int) -> Bool {
        let file = Self.expandTilde(path)
        guard sourceDepth < 16 else {
            reportFailure(":source is nested too deeply (a file that sources itself?)", line: line, reporter: reporter)
            return false
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            reportFailure("cannot read '\(path)': \(Self.fileProblem(file))", code: "FileNotFound", line: line, reporter: reporter)
            return false
        }
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let failuresBefore = failures
        let wasInteractive = interactive
        interactive = false
        let completed = run(text: String(decoding: data, as: UTF8.self), sourceName: path)
        interactive = wasInteractive
        return completed && failures == failuresBefore
    }

    private func output(_ path: String, fail: (String) -> Bool) -> Bool {
        out.flush()
        if path.isEmpty {
            out = .standardOutput
            return true
        }
        guard let sink = TextSink.file(Self.expandTilde(path)) else {
            return fail("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        out = sink
        return true
    }

    private func checkpoint(fail: (String) -> Bool) -> Bool {
        guard case .path = origin else {
            return fail("this database lives in memory; :checkpoint applies to a database opened with `dossier PATH`")
        }
        do {
            try db.checkpoint()
            say("Checkpoint written.")
            return true
        } catch {
            return fail("\(error)")
        }
    }

    static func expandTilde(_ path: String) -> String {
        guard path.hasPrefix("~/") || path == "~" else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }

    /// Why a file cannot be read, in words.
    static func fileProblem(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        return "permission denied"
    }
}
