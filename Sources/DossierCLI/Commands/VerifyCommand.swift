import ArgumentParser
import Dossier
import Foundation

/// `dossier verify [PATH] --documents DIR`: checks every quote of the graph against the text of
/// its document, and exits with status 1 when any is not found.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every quote in the graph against the documents' text.",
        discussion: """
        Every `quote` on REPORTED_IN, CITES and MENTIONS, and every entry of `quotes` (with the \
        Document keys in `sources`), must occur verbatim, whitespace aside, in the file named by \
        the document's `file` property in DIR. Each mismatch is listed with the closest passage.
        """)

    @OptionGroup var database: DatabaseArguments

    @Option(help: ArgumentHelp("The directory holding the documents' files.", valueName: "DIR"), completion: .directory)
    var documents: String

    mutating func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: documents, isDirectory: &isDirectory), isDirectory.boolValue else {
            Runner.reportUsage("--documents: '\(documents)' is not a directory", format: .table)
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let db = try DatabaseOpener.openOrExit(database)
        let report = QuoteVerifier.verify(db, documentsDirectory: documents)
        var out = ""
        for p in report.problems {
            out += "\(p.document ?? "?")\(p.file.map { " (\($0))" } ?? ""): \(p.fact): \(p.reason)\n"
            if !p.quote.isEmpty { out += "  quote:   \(JSONWriter.quoted(p.quote))\n" }
            if let c = p.closest { out += "  closest: \(JSONWriter.quoted(c))\n" }
        }
        let verdict = report.problems.isEmpty ? "all found" : "\(report.problems.count) not confirmed"
        out += "Checked \(report.checked) quote\(report.checked == 1 ? "" : "s") on \(report.relationships) relationship\(report.relationships == 1 ? "" : "s"): \(verdict).\n"
        print(out, terminator: "")
        let closed = DatabaseOpener.close(db)
        if closed != .success { throw ExitCode(closed.rawValue) }
        if !report.problems.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}
