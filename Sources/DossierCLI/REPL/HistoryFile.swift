import Foundation

/// The REPL's history file: `~/.dossier_history`, or `$DOSSIER_HISTORY` (set but empty: no file).
/// One entry per line, so that a statement typed over several lines comes back as one entry:
/// a newline inside an entry is written `\n` and a backslash `\\`.
struct HistoryFile {
    /// The file, or nil when history is not to be written.
    let path: String?
    /// Entries kept when the file is trimmed.
    static let limit = 2000

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let configured = environment["DOSSIER_HISTORY"] {
            path = configured.isEmpty ? nil : configured
        } else {
            path = NSHomeDirectory() + "/.dossier_history"
        }
    }

    /// The saved entries, oldest first (the file is trimmed to `limit` entries when much longer).
    func load() -> [String] {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let entries = lines.map { Self.decode(String($0)) }
        if entries.count > Self.limit * 2 {
            let kept = Array(entries.suffix(Self.limit))
            let text = kept.map(Self.encode).joined(separator: "\n") + "\n"
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return kept
        }
        return entries
    }

    /// Appends one entry to the file.
    func append(_ entry: String) {
        guard let path else { return }
        let line = Self.encode(entry) + "\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8), attributes: [.posixPermissions: 0o600])
        }
    }

    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaped = false
        for c in line {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
