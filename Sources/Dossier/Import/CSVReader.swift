#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a delimited text file (RFC 4180: quoted fields, `""` escapes, quoted newlines,
/// CRLF or LF) one record at a time, without ever holding the whole file in memory.
///
/// ```swift
/// let reader = try CSVReader(path: "people.csv", delimiter: UInt8(ascii: ","))
/// while let fields = try reader.next() { print(reader.recordLine, fields) }
/// ```
/// Errors name the file and the line.
public final class CSVReader {
    /// The file as given.
    public let path: String
    public let delimiter: UInt8
    private let fd: Int32
    @exclusivity(unchecked) private var buffer: [UInt8]
    @exclusivity(unchecked) private var start = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var eof = false
    /// Line (1-based) the next record starts on.
    @exclusivity(unchecked) private var line = 1
    /// Line the record last returned by `next()` started on.
    public private(set) var recordLine = 0
    /// Bytes consumed so far (for progress).
    public private(set) var bytesRead: Int = 0
    /// Size of the file in bytes (0 when unknown).
    public let fileSize: Int

    /// Longest field (in bytes) and most fields per record: past either, `next()` throws
    /// `ResourceLimit.CollectionTooLarge` (a file without line breaks, such as `/dev/zero`,
    /// would otherwise grow one record until memory runs out).
    public let maxFieldBytes: Int
    public let maxFields: Int

    /// Opens `path` for reading.
    /// - Throws: `DossierError` (`DatabaseError.LoadCSVError`) naming the file when it cannot be opened.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ","), bufferSize: Int = 1 << 16,
                maxFieldBytes: Int = 64 << 20, maxFields: Int = 1 << 20) throws {
        self.path = path
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DossierError(.databaseError, .loadCSVError,
                               "cannot open CSV file '\(path)': \(String(cString: strerror(errno)))")
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw DossierError(.databaseError, .loadCSVError, "cannot read CSV file '\(path)': it is a directory")
        }
        self.fd = fd
        self.fileSize = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        self.buffer = [UInt8](repeating: 0, count: max(bufferSize, 16))
    }

    deinit { close(fd) }

    /// Refills the buffer, keeping unread bytes. Returns false at end of file.
    private func fill() throws -> Bool {
        if eof { return false }
        if start > 0 {
            let n = end - start
            if n > 0 {
                buffer.withUnsafeMutableBufferPointer { p in
                    guard let base = p.baseAddress else { return }
                    memmove(base, base + start, n)
                }
            }
            end = n
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        let capacity = buffer.count - end
        let got = buffer.withUnsafeMutableBufferPointer { p -> Int in
            guard let base = p.baseAddress else { return -1 }
            return read(fd, base + end, capacity)
        }
        if got < 0 {
            throw DossierError(.databaseError, .loadCSVError,
                               "error reading '\(path)' at line \(line): \(String(cString: strerror(errno)))")
        }
        if got == 0 { eof = true; return false }
        end += got
        bytesRead += got
        return true
    }

    /// The next record's fields, or nil at the end of the file. Blank lines are skipped.
    public func next() throws -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var sawAnything = false
        var quotedField = false
        recordLine = line
        while true {
            if start == end {
                if try !fill() {
                    if inQuotes {
                        throw DossierError(.databaseError, .loadCSVError,
                                           "\(path):\(recordLine): unterminated quoted field at end of file")
                    }
                    if !sawAnything { return nil }
                    fields.append(String(decoding: field, as: UTF8.self))
                    return fields
                }
            }
            let c = buffer[start]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    // Need one byte of lookahead.
                    if start + 1 == end, try !fill() {
                        start += 1
                        inQuotes = false
                        continue
                    }
                    if buffer[start + 1] == UInt8(ascii: "\"") {
                        field.append(c)
                        start += 2
                    } else {
                        inQuotes = false
                        start += 1
                    }
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    if field.count >= maxFieldBytes { throw tooLarge("a field longer than \(maxFieldBytes) bytes") }
                    field.append(c)
                    start += 1
                }
                continue
            }
            switch c {
            case delimiter:
                if fields.count >= maxFields { throw tooLarge("more than \(maxFields) fields") }
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quotedField = false
                sawAnything = true
                start += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                start += 1
                if c == UInt8(ascii: "\r") {
                    if start == end { _ = try fill() }
                    if start < end && buffer[start] == UInt8(ascii: "\n") { start += 1 }
                }
                line += 1
                if !sawAnything && field.isEmpty { recordLine = line; continue }
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            case UInt8(ascii: "\""):
                if field.isEmpty && !quotedField {
                    inQuotes = true
                    quotedField = true
                    sawAnything = true
                } else {
                    throw DossierError(.databaseError, .loadCSVError,
                                       "\(path):\(line): bad row: a quote inside an unquoted field")
                }
                start += 1
            default:
                if quotedField {
                    throw DossierError(.databaseError, .loadCSVError,
                                       "\(path):\(line): bad row: text after a closing quote")
                }
                if field.count >= maxFieldBytes { throw tooLarge("a field longer than \(maxFieldBytes) bytes") }
                field.append(c)
                sawAnything = true
                start += 1
            }
        }
    }

    private func tooLarge(_ what: String) -> DossierError {
        DossierError(.resourceLimit, .collectionTooLarge,
                     "\(path):\(recordLine): the record has \(what)")
    }
}
