#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where text goes: standard output, standard error or a file (`:output FILE`). Text is
/// buffered and written with `write(2)` on `flush()` (or when the buffer grows large), so a
/// program reading through a pipe sees each statement's output as soon as it is complete.
final class TextSink: @unchecked Sendable {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// A file name for messages (`nil` for the standard streams).
    let path: String?

    static let standardOutput = TextSink(fd: 1, owns: false, path: nil)
    static let standardError = TextSink(fd: 2, owns: false, path: nil)

    private init(fd: Int32, owns: Bool, path: String?) {
        self.fd = fd
        self.ownsDescriptor = owns
        self.path = path
    }

    /// Opens `path` for writing (created or truncated), or returns nil with `errno` set.
    static func file(_ path: String, append: Bool = false) -> TextSink? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { return nil }
        return TextSink(fd: fd, owns: true, path: path)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if n > 0 { written += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(fd) != 0 }

    deinit {
        flush()
        if ownsDescriptor { close(fd) }
    }
}
