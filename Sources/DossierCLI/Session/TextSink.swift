#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where text goes: standard output, standard error or a file (`:output FILE`). Writes are
/// unbuffered at this level; `flush()` pushes the C stream's buffer out, so a program reading
/// through a pipe sees each statement's output as soon as it is complete.
final class TextSink {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool
    /// A file name for messages (`nil` for the standard streams).
    let path: String?

    static let standardOutput = TextSink(stream: stdout, owns: false, path: nil)
    static let standardError = TextSink(stream: stderr, owns: false, path: nil)

    private init(stream: UnsafeMutablePointer<FILE>, owns: Bool, path: String?) {
        self.stream = stream
        self.ownsStream = owns
        self.path = path
    }

    /// Opens `path` for writing (truncating it), or returns nil with `errno` set.
    static func file(_ path: String, append: Bool = false) -> TextSink? {
        guard let f = fopen(path, append ? "a" : "w") else { return nil }
        return TextSink(stream: f, owns: true, path: path)
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        var t = text
        t.withUTF8 { buf in
            _ = fwrite(buf.baseAddress, 1, buf.count, stream)
        }
    }

    func flush() { fflush(stream) }

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(fileno(stream)) != 0 }

    deinit {
        if ownsStream { fclose(stream) }
    }
}
