@preconcurrency import CReadline
import Dossier
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What Tab offers: candidates, or readline's file-name completion.
struct Completion {
    var candidates: [String] = []
    /// Let readline complete file names instead.
    var files = false
    /// Add a space after a unique match (keywords, commands), or not (labels, keys: `)` or `.` follows).
    var appendSpace = true
}

/// What reading a line gave.
enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-C: the input so far is to be dropped.
    case interrupt
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// The state C callbacks (readline's, the signal handler) reach through globals.
enum EditorGlobals {
    /// 0: at the prompt (SIGINT clears the line); 1: a query runs (SIGINT cancels it).
    static let mode = Atomic<Int>(0)
    /// The write end of the self-pipe that wakes the prompt on SIGINT.
    nonisolated(unsafe) static var interruptPipe: (read: Int32, write: Int32) = (-1, -1)
    /// The running query's cancellation flag.
    nonisolated(unsafe) static var cancellation: CancellationFlag?
    /// The line readline handed over (nil: end of input).
    nonisolated(unsafe) static var receivedLine: String?
    nonisolated(unsafe) static var lineReady = false
    /// Computes completion candidates for (word, line, word start).
    nonisolated(unsafe) static var complete: ((String, String, Int) -> Completion)?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var candidateIndex = 0
    nonisolated(unsafe) static var cypherBreaks: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var fileBreaks: UnsafeMutablePointer<CChar>?
}

/// Line editing with GNU readline in its callback mode, so that Ctrl-C can be handled cleanly:
/// a SIGINT handler writes to a pipe that the input loop polls next to the terminal, and while a
/// query runs the same handler cancels the query instead.
final class LineEditor {
    init(completion: @escaping (String, String, Int) -> Completion) {
        EditorGlobals.complete = completion
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            EditorGlobals.interruptPipe = (fds[0], fds[1])
            _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
            _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        }
        rl_readline_name = UnsafePointer(strdup("dossier"))
        rl_catch_signals = 0
        EditorGlobals.cypherBreaks = strdup(Completer.cypherWordBreaks)
        EditorGlobals.fileBreaks = strdup(Completer.fileWordBreaks)
        rl_completer_word_break_characters = UnsafePointer(EditorGlobals.cypherBreaks)
        rl_completion_word_break_hook = {
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            let t = line.drop { $0 == " " || $0 == "\t" }
            let files = t.hasPrefix(":source ") || t.hasPrefix(":output ") || t.hasPrefix(":export ")
            return files ? EditorGlobals.fileBreaks : EditorGlobals.cypherBreaks
        }
        _ = rl_variable_bind("completion-ignore-case", "on")
        _ = rl_variable_bind("enable-bracketed-paste", "on")
        rl_attempted_completion_function = { text, start, _ in
            let word = text.map { String(cString: $0) } ?? ""
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            guard let complete = EditorGlobals.complete else { return nil }
            let completion = complete(word, line, Int(start))
            if completion.files {
                rl_attempted_completion_over = 0
                return nil                      // readline's file-name completion
            }
            rl_attempted_completion_over = 1
            EditorGlobals.candidates = completion.candidates
            if !completion.appendSpace { rl_completion_suppress_append = 1 }
            return rl_completion_matches(text) { _, state in
                if state == 0 { EditorGlobals.candidateIndex = 0 }
                guard EditorGlobals.candidateIndex < EditorGlobals.candidates.count else { return nil }
                let c = EditorGlobals.candidates[EditorGlobals.candidateIndex]
                EditorGlobals.candidateIndex += 1
                return strdup(c)
            }
        }
        installSignalHandler()
    }

    private func installSignalHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            if EditorGlobals.mode.load(ordering: .relaxed) == 1 {
                EditorGlobals.cancellation?.cancel()
            } else {
                var byte: UInt8 = 1
                _ = write(EditorGlobals.interruptPipe.write, &byte, 1)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0      // no SA_RESTART: poll() returns EINTR
        sigaction(SIGINT, &action, nil)
    }

    /// Runs `body` (a query) so that Ctrl-C cancels it through `cancellation`.
    func whileRunning<T>(cancellation: CancellationFlag, _ body: () -> T) -> T {
        EditorGlobals.cancellation = cancellation
        EditorGlobals.mode.store(1, ordering: .relaxed)
        defer {
            EditorGlobals.mode.store(0, ordering: .relaxed)
            EditorGlobals.cancellation = nil
        }
        return body()
    }

    /// Shows `prompt` and reads one line (which may hold several lines when recalled from history
    /// or pasted).
    func readLine(prompt: String) -> LineEvent {
        drainInterrupts()
        EditorGlobals.lineReady = false
        EditorGlobals.receivedLine = nil
        rl_callback_handler_install(prompt) { line in
            EditorGlobals.receivedLine = line.map { String(cString: $0) }
            if let line { free(line) }
            EditorGlobals.lineReady = true
            rl_callback_handler_remove()
        }
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: EditorGlobals.interruptPipe.read, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, nfds_t(fds.count), -1)
            if n < 0 && errno != EINTR {
                rl_callback_handler_remove()
                return .endOfInput
            }
            if fds[1].revents & Int16(POLLIN) != 0 || (n < 0 && interruptPending()) {
                drainInterrupts()
                rl_point = rl_end                // show ^C after the whole (multi-line) input
                rl_redisplay()
                Self.writeTerminal("^C\n")      // before the terminal is reset (that writes a \r)
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_replace_line("", 0)
                rl_point = 0
                rl_end = 0
                rl_mark = 0
                rl_callback_handler_remove()
                return .interrupt
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
                if EditorGlobals.lineReady {
                    guard let line = EditorGlobals.receivedLine else {
                        Self.writeTerminal("\n")
                        return .endOfInput
                    }
                    return .line(line)
                }
                if fds[0].revents & Int16(POLLHUP) != 0 && fds[0].revents & Int16(POLLIN) == 0 {
                    rl_callback_handler_remove()
                    return .endOfInput
                }
            }
        }
    }

    private static func writeTerminal(_ s: String) {
        var bytes = Array(s.utf8)
        _ = write(1, &bytes, bytes.count)
    }

    private func interruptPending() -> Bool {
        var fds = [pollfd(fd: EditorGlobals.interruptPipe.read, events: Int16(POLLIN), revents: 0)]
        return poll(&fds, 1, 0) > 0
    }

    private func drainInterrupts() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(EditorGlobals.interruptPipe.read, &buffer, buffer.count) > 0 {}
    }

    /// Adds an entry (possibly of several lines) to the in-memory history.
    func addToHistory(_ entry: String) {
        add_history(entry)
    }
}
