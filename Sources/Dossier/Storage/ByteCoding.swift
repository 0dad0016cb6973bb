/// Why a byte sequence could not be decoded, and where (an absolute offset in its file).
struct DecodeError: Error, Sendable {
    var offset: Int
    var message: String
}

/// An append-only byte buffer for the log and snapshot encoders: little-endian fixed-width
/// integers, LEB128 varints, zigzag for signed integers, length-prefixed UTF-8.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    @inline(__always) mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Unsigned LEB128: 7 bits per byte, high bit set on all but the last (1–10 bytes).
    @inline(__always) mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A non-negative `Int` as a varint (negative values cannot occur for ids and counts;
    /// they are stored as their two's-complement bit pattern, which the reader then rejects).
    @inline(__always) mutating func varint(_ v: Int) { varint(UInt64(bitPattern: Int64(v))) }

    /// A signed integer, zigzag-encoded so small magnitudes take few bytes.
    @inline(__always) mutating func zigzag(_ v: Int64) {
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    /// Byte length (varint) then the UTF-8 bytes.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            varint(buf.count)
            bytes.append(contentsOf: buf)
        }
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Overwrites four bytes at `offset` (to patch a length or checksum in place).
    mutating func patchU32(_ v: UInt32, at offset: Int) {
        withUnsafeBytes(of: v.littleEndian) { src in
            for i in 0..<4 { bytes[offset + i] = src[i] }
        }
    }

    mutating func patchU64(_ v: UInt64, at offset: Int) {
        withUnsafeBytes(of: v.littleEndian) { src in
            for i in 0..<8 { bytes[offset + i] = src[i] }
        }
    }
}

/// A bounds-checked cursor over bytes: every read either succeeds or throws a `DecodeError`
/// naming the absolute offset; nothing it reads can make it trap or allocate more than the
/// bytes it was given could justify.
///
/// The buffer must outlive the reader (use it inside `withUnsafeBytes`).
struct ByteReader {
    let base: UnsafeRawBufferPointer
    /// Next byte to read, relative to `base`.
    var position = 0
    /// Offset of `base[0]` in its file, for messages.
    let fileOffset: Int

    init(_ base: UnsafeRawBufferPointer, fileOffset: Int = 0) {
        self.base = base
        self.fileOffset = fileOffset
    }

    var remaining: Int { base.count - position }
    var isAtEnd: Bool { position >= base.count }
    /// The absolute file offset of the next byte.
    var offset: Int { fileOffset + position }

    func error(_ message: String, at pos: Int? = nil) -> DecodeError {
        DecodeError(offset: fileOffset + (pos ?? position), message: message)
    }

    @inline(__always) mutating func u8() throws(DecodeError) -> UInt8 {
        guard position < base.count else { throw error("unexpected end of data") }
        let v = base[position]
        position += 1
        return v
    }

    mutating func u32() throws(DecodeError) -> UInt32 {
        guard remaining >= 4 else { throw error("unexpected end of data") }
        let v = base.loadUnaligned(fromByteOffset: position, as: UInt32.self)
        position += 4
        return UInt32(littleEndian: v)
    }

    mutating func u64() throws(DecodeError) -> UInt64 {
        guard remaining >= 8 else { throw error("unexpected end of data") }
        let v = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
        position += 8
        return UInt64(littleEndian: v)
    }

    /// An unsigned LEB128 varint of at most 10 bytes that fits in 64 bits.
    @inline(__always) mutating func varint() throws(DecodeError) -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < base.count else { throw error("unexpected end of data inside a number", at: start) }
            let b = base[position]
            position += 1
            if shift == 63 && b > 1 { throw error("number too large", at: start) }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw error("number too long", at: start) }
        }
    }

    /// A zigzag-encoded signed integer.
    @inline(__always) mutating func zigzag() throws(DecodeError) -> Int64 {
        let u = try varint()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    /// A varint that must be a count or id no larger than `limit`.
    @inline(__always) mutating func count(max limit: Int, _ what: String) throws(DecodeError) -> Int {
        let start = position
        let v = try varint()
        guard v <= UInt64(limit) else {
            throw error("\(what) \(v) is out of range (at most \(limit) possible here)", at: start)
        }
        return Int(v)
    }

    /// A varint that must fit an `Int32` symbol id below `limit`.
    @inline(__always) mutating func symbol(below limit: Int, _ what: String) throws(DecodeError) -> Int32 {
        let start = position
        let v = try varint()
        guard v < UInt64(limit) else { throw error("unknown \(what) id \(v) (only \(limit) defined)", at: start) }
        return Int32(v)
    }

    /// A length-prefixed UTF-8 string; invalid UTF-8 is an error, not repaired.
    mutating func string() throws(DecodeError) -> String {
        let start = position
        let n = try count(max: Int(Int32.max), "string length")
        guard n <= remaining else { throw error("string of \(n) bytes runs past the end of the data", at: start) }
        let slice = UnsafeRawBufferPointer(rebasing: base[position..<(position + n)])
        guard let s = String(validating: slice.assumingMemoryBound(to: UInt8.self), as: UTF8.self) else {
            throw error("string is not valid UTF-8", at: start)
        }
        position += n
        return s
    }

    /// `n` raw bytes.
    mutating func bytes(_ n: Int) throws(DecodeError) -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw error("unexpected end of data") }
        let slice = UnsafeRawBufferPointer(rebasing: base[position..<(position + n)])
        position += n
        return slice
    }
}

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` that keeps the body's typed error (the standard one is `rethrows`).
    func withStorageBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBytes { buf in
            do throws(E) {
                return .success(try body(buf))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
