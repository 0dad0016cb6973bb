import Dossier
import Foundation

/// The interactive session: a banner, then prompts (`dossier> `, and `   ...> ` while a statement
/// is incomplete), line editing, history, completion and Ctrl-C handling.
struct Repl {
    let session: Session
    static let prompt = "dossier> "
    static let continuationPrompt = "   ...> "

    func run() -> ExitStatus {
        session.interactive = true
        let history = HistoryFile()
        let editor = LineEditor { word, line, start in
            let context = Completer.context(line: line, wordStart: start)
            if context == .fileName { return Completion(files: true) }
            let schema = needsSchema(context) ? session.db.schema() : nil
            let candidates = Completer.candidates(for: word, in: context, schema: schema, parameters: session.parameters.keys.sorted())
            return Completion(candidates: candidates, appendSpace: !needsSchema(context) && context != .parameters)
        }
        for entry in history.load() { editor.addToHistory(entry) }
        session.say(banner())
        session.out.flush()

        var scanner = StatementScanner()
        var entryLines: [String] = []
        let reporter = ErrorRenderer(sourceName: "")
        while !session.quitRequested {
            let prompt = scanner.hasPendingStatement ? Self.continuationPrompt : Self.prompt
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                if session.db.inTransaction {
                    try? session.db.rollback()
                    session.say("The open transaction was rolled back.")
                }
                return .success
            case .interrupt:
                scanner.resetPosition()
                entryLines.removeAll()
            case .line(let line):
                if entryLines.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
                entryLines.append(line)
                let items = scanner.feed(line + "\n")
                if !scanner.hasPendingStatement {
                    // The entry is complete: one history item, however many lines it took.
                    let entry = entryLines.joined(separator: "\n")
                    entryLines.removeAll()
                    if !entry.allSatisfy(\.isWhitespace) {
                        editor.addToHistory(entry)
                        history.append(entry)
                    }
                }
                for item in items {
                    _ = editor.whileRunning(cancellation: session.db.cancellation) {
                        session.handle(item, reporter: reporter)
                    }
                    if session.quitRequested { break }
                }
                if !scanner.hasPendingStatement { scanner.resetPosition() }
            }
        }
        return .success
    }

    private func needsSchema(_ c: Completer.Context) -> Bool {
        switch c {
        case .labels, .relationshipTypes, .labelsAndTypes, .propertyKeys: return true
        default: return false
        }
    }

    func banner() -> String {
        let db = session.db
        var text = "Dossier \(DossierVersion.string): an openCypher graph database of actors, claims and their sources.\n"
        let counts = "\(db.nodeCount) node\(db.nodeCount == 1 ? "" : "s") and \(db.relationshipCount) relationship\(db.relationshipCount == 1 ? "" : "s")"
        switch session.origin {
        case .bundled(let dir?, _):
            text += "Loaded the bundled graph (\(dir)): \(counts), in memory; changes are not saved.\n"
        case .bundled(nil, _):
            text += "The bundled graph was not found (looked for graph/ next to the executable and here); this is an empty in-memory database.\n"
        case .memory:
            text += "An empty in-memory database; changes are not saved.\n"
        case .path(let p):
            text += "Opened \(p): \(counts).\n"
        }
        if session.origin.isInMemory {
            text += "To keep your work, open a database directory: dossier PATH (it is created when missing).\n"
        }
        text += "Statements end with ';'. :help lists the commands, :quit leaves."
        return text
    }
}
