#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in chunks as data arrives (no line buffering), so that a statement
/// is run as soon as its `;` has been received, even when no newline follows it.
struct InputReader {
    let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    init(fd: Int32 = 0) {
        self.fd = fd
    }

    /// The next chunk, or nil at end of input (or on a read error).
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { return buffer[0..<n] }
            if n == 0 { return nil }
            if errno == EINTR { continue }
            return nil
        }
    }
}
