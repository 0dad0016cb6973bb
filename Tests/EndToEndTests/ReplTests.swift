import Foundation
import Testing

/// A `dossier` REPL running in a real terminal (a tmux pane on a private server), driven by
/// key presses and read back from the screen.
final class TerminalSession {
    let socket = "dossier-e2e-\(UUID().uuidString.prefix(8))"
    static var available: Bool { TerminalSession.tmuxPath != nil }
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    init(arguments: [String], environment: [String: String]) throws {
        let env = environment.map { "\($0.key)=\(Self.shellQuote($0.value))" }.sorted().joined(separator: " ")
        let command = "env \(env) \(Self.shellQuote(Dossier.executable)) " + arguments.map(Self.shellQuote).joined(separator: " ")
        try tmux(["new-session", "-d", "-x", "160", "-y", "50", command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Spawned with posix_spawn and a clean signal mask: the test runner blocks signals in its
    /// threads, and a child would inherit that (the REPL would never see Ctrl-C). Output goes
    /// through a file, not a pipe, because the tmux server started by the first command keeps
    /// the descriptors it inherits.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        let argv = [Self.tmuxPath ?? "tmux", "-L", socket, "-f", "/dev/null"] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
    }

    /// Types `text` literally (a trailing `;` escaped from tmux's command parser).
    func type(_ text: String) throws {
        let escaped = text.hasSuffix(";") ? String(text.dropLast()) + "\\;" : text
        try tmux(["send-keys", "-l", escaped])
    }

    /// Presses keys by name: `Enter`, `Up`, `Tab`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The screen and its scrollback.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-J", "-S", "-500"])) ?? ""
    }

    /// Waits until `condition` holds for the screen; returns whether it did within `timeout` seconds.
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen()) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition(screen())
    }

    func waitFor(_ needle: String, count: Int = 1, timeout: Double = 15) -> Bool {
        waitFor(timeout: timeout) { $0.components(separatedBy: needle).count - 1 >= count }
    }

    /// Waits until the screen ends with an empty main prompt (the previous statement is done).
    func waitForPrompt(timeout: Double = 15) -> Bool {
        waitFor(timeout: timeout) { screen in
            let last = screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }
            return last.map { $0.trimmingCharacters(in: .whitespaces) == "dossier>" } ?? false
        }
    }

    /// Whether the program has exited (and with it the tmux session).
    var hasExited: Bool {
        (try? tmux(["list-sessions"]))?.isEmpty ?? true
    }

    static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

@Suite(.serialized) struct ReplTests {
    @Test(.enabled(if: TerminalSession.available, "needs tmux (.ci/run installs it)"))
    func interactiveSession() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = dir.appendingPathComponent("history").path
        let t = try TerminalSession(arguments: [":memory:"], environment: ["DOSSIER_HISTORY": history, "TERM": "xterm"])
        #expect(t.waitFor(":help lists the commands"), "\(t.screen())")
        #expect(t.screen().contains("An empty in-memory database"))

        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("CREATE (:Person {name: 'Igor Kochetkov'})-[:SAID]->(:Statement {text: 'x'});")
        try t.press("Enter")
        #expect(t.waitFor("Created 2 nodes"), "\(t.screen())")

        // A statement over two lines: the continuation prompt, then the table.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("MATCH (p:Person)")
        try t.press("Enter")
        #expect(t.waitFor("   ...> "), "\(t.screen())")
        try t.type("RETURN p.name AS name;")
        try t.press("Enter")
        #expect(t.waitFor("│ Igor Kochetkov │"), "\(t.screen())")
        #expect(t.waitFor("1 row"))

        // Up recalls the two-line statement as one entry; Enter runs it again.
        try t.press("Up")
        try t.press("Enter")
        #expect(t.waitFor("│ Igor Kochetkov │", count: 2), "\(t.screen())")

        // Tab completes a label from the graph.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("MATCH (n:Pers")
        try t.press("Tab")
        #expect(t.waitFor("MATCH (n:Person"), "\(t.screen())")
        try t.type(") RETURN count(n) AS people;")
        try t.press("Enter")
        #expect(t.waitFor("│ people │"), "\(t.screen())")

        // Ctrl-C drops the input typed so far.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("RETURN 'dropped' AS d")
        #expect(t.waitFor("dossier> RETURN 'dropped' AS d"), "\(t.screen())")
        try t.press("C-c")
        #expect(t.waitFor("^C"), "\(t.screen())")
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("RETURN 'kept' AS k;")
        try t.press("Enter")
        #expect(t.waitFor("│ kept │"), "\(t.screen())")
        #expect(!t.screen().contains("│ dropped"))

        // Ctrl-C interrupts a running query, which rolls back; the session goes on.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("UNWIND range(1, 4000000) AS a UNWIND range(1, 1000) AS b CREATE (:Tmp) RETURN count(*);")
        try t.press("Enter")
        // Press Ctrl-C until the query reports the interruption (once, unless the machine is so
        // busy that the first press came before the query started).
        var interrupted = false
        for _ in 0..<10 where !interrupted {
            Thread.sleep(forTimeInterval: 1.0)
            try t.press("C-c")
            interrupted = t.waitFor("Interrupted.Cancelled", timeout: 3)
        }
        #expect(interrupted, "\(t.screen())")
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type("MATCH (t:Tmp) RETURN count(t) AS leftover;")
        try t.press("Enter")
        #expect(t.waitFor("│        0 │"), "\(t.screen())")

        // An unknown meta-command gets the closest one.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.type(":shcema")
        try t.press("Enter")
        #expect(t.waitFor("did you mean :schema?"), "\(t.screen())")

        // Ctrl-D on an empty line leaves.
        #expect(t.waitForPrompt(), "\(t.screen())")
        try t.press("C-d")
        #expect(t.waitFor(timeout: 10) { _ in t.hasExited })

        let saved = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
        #expect(saved.contains("MATCH (p:Person)\\nRETURN p.name AS name;\n"), "history: \(saved)")
        #expect(!saved.contains("dropped"))
    }
}
