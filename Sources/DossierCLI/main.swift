import ArgumentParser
import Foundation

// The `dossier` command. Exit status: 0 success, 1 a query failed, 2 usage error
// (argument-parser's own usage errors, EX_USAGE 64, are mapped to 2 here).
do {
    var command = try DossierCommand.parseAsRoot()
    try command.run()
    exit(0)
} catch {
    let code = DossierCommand.exitCode(for: error)
    let message = DossierCommand.fullMessage(for: error)
    if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code.rawValue == 64 ? 2 : code.rawValue)
}
