import ArgumentParser
import Foundation

// The `dossier` command. Exit status: 0 success, 1 a query failed, 2 usage error
// (argument-parser's own usage errors, EX_USAGE 64, are mapped to 2 here).
//
// Subcommands are dispatched here by their first word: the root command's optional PATH
// argument would otherwise swallow `dump`, `verify` or `export` before argument-parser
// looks for a subcommand.
var arguments = Array(CommandLine.arguments.dropFirst())
// `dossier help verify` is `dossier verify --help`; `dossier help` is `dossier --help`
// (not a database called "help").
if arguments.first == "help" { arguments = Array(arguments.dropFirst()) + ["--help"] }
let subcommands: [ParsableCommand.Type] = [DumpCommand.self, VerifyCommand.self, ExportCommand.self]
let selected: ParsableCommand.Type = arguments.first.flatMap { first in
    subcommands.first { $0.configuration.commandName == first }
} ?? DossierCommand.self
let commandArguments = selected == DossierCommand.self ? arguments : Array(arguments.dropFirst())

// Start from a clean signal mask: a parent may have left signals blocked (test runners do),
// and the REPL needs SIGINT (Ctrl-C), SIGWINCH (resizing) and SIGHUP (terminal closed).
var unblocked = sigset_t()
sigemptyset(&unblocked)
sigprocmask(SIG_SETMASK, &unblocked, nil)

do {
    var command = try selected.parseAsRoot(commandArguments)
    try command.run()
    exit(0)
} catch {
    let code = selected.exitCode(for: error)
    var message = selected.fullMessage(for: error)
    if selected != DossierCommand.self, let name = selected.configuration.commandName {
        // Usage lines name the full command.
        message = message.replacingOccurrences(of: "Usage: \(name)", with: "Usage: dossier \(name)")
            .replacingOccurrences(of: "'\(name) --help'", with: "'dossier \(name) --help'")
            .replacingOccurrences(of: "USAGE: \(name)", with: "USAGE: dossier \(name)")
    }
    if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code.rawValue == 64 ? 2 : code.rawValue)
}
