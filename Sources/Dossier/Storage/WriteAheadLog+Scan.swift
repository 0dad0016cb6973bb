/// What reading a log file found: its header, the byte ranges of its complete records, and
/// whether it ended in a torn (incomplete or damaged final) record.
struct LogScan {
    /// An incomplete or damaged final record: a write interrupted by a crash.
    struct TornTail {
        var offset: Int
        var length: Int
        var reason: String
        /// The record's transaction number, when enough of it survived to read one.
        var sequence: UInt64?
    }

    var databaseID: UInt64
    var base: UInt64
    /// Payload ranges of the complete records, in file order.
    var payloads: [Range<Int>]
    /// End of the last complete record.
    var validEnd: Int
    var torn: TornTail?
}

extension WriteAheadLog {
    /// Reads a log file's structure. Damage that can only be a crash during the last append
    /// (a partial record at the end, with nothing valid after it) is reported as `torn`;
    /// any other damage throws `DatabaseError.CorruptFile` naming the file, offset and problem.
    static func scan(_ bytes: [UInt8], path: String) throws(DossierError) -> LogScan {
        func corrupt(_ offset: Int, _ what: String) -> DossierError {
            DossierError.storage(.corruptFile, "\(path) is damaged at byte offset \(offset): \(what)")
        }
        return try bytes.withStorageBytes { (buf: UnsafeRawBufferPointer) throws(DossierError) -> LogScan in
            guard buf.count >= headerSize else {
                throw corrupt(buf.count, "the file is \(buf.count) bytes long, too short for its \(headerSize)-byte header")
            }
            guard buf.prefix(8).elementsEqual(magic) else {
                throw corrupt(0, "bad magic number: this is not a Dossier log file")
            }
            var r = ByteReader(buf)
            r.position = 8
            let fileVersion = (try? r.u32()) ?? 0
            r.position = 16
            let databaseID = (try? r.u64()) ?? 0
            let base = (try? r.u64()) ?? 0
            let storedCRC = (try? r.u32()) ?? 0
            let crcOK = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buf[0..<32])) == storedCRC
            guard fileVersion == version else {
                throw DossierError.storage(.unsupportedFormatVersion,
                    "\(path) at byte offset 8: format version \(fileVersion) is not supported (this build reads version \(version))"
                    + (crcOK ? "" : "; the header checksum does not match either, so the file may be damaged"))
            }
            guard crcOK else { throw corrupt(32, "header checksum mismatch") }

            var payloads: [Range<Int>] = []
            var pos = headerSize
            var torn: LogScan.TornTail?
            records: while pos < buf.count {
                switch record(at: pos, in: buf) {
                case .valid(let payload):
                    payloads.append(payload)
                    pos = payload.upperBound
                case .damaged(let reason, let claimed):
                    // Torn only if nothing valid follows: appends happen only at the end.
                    if let later = nextValidRecord(after: pos, in: buf) {
                        throw corrupt(pos, "\(reason) (a valid record follows at byte offset \(later), so this is not an interrupted final write)")
                    }
                    var seq: UInt64?
                    if let claimed, claimed.lowerBound < buf.count {
                        var pr = ByteReader(UnsafeRawBufferPointer(rebasing: buf[claimed.lowerBound..<min(claimed.upperBound, buf.count)]))
                        seq = LogRecord.peekSequence(&pr)
                    }
                    torn = LogScan.TornTail(offset: pos, length: buf.count - pos, reason: reason, sequence: seq)
                    break records
                }
            }
            return LogScan(databaseID: databaseID, base: base, payloads: payloads,
                           validEnd: torn?.offset ?? buf.count, torn: torn)
        }
    }

    enum RecordCheck {
        case valid(payload: Range<Int>)
        /// `claimedPayload`: where the payload would be, when the header could be trusted.
        case damaged(String, claimedPayload: Range<Int>?)
    }

    /// Checks the record starting at `pos`.
    static func record(at pos: Int, in buf: UnsafeRawBufferPointer) -> RecordCheck {
        let left = buf.count - pos
        guard left >= recordHeaderSize else {
            return .damaged("an incomplete record header (\(left) of \(recordHeaderSize) bytes)", claimedPayload: nil)
        }
        var r = ByteReader(UnsafeRawBufferPointer(rebasing: buf[pos..<(pos + recordHeaderSize)]))
        let m = (try? r.u32()) ?? 0
        let length = Int((try? r.u32()) ?? 0)
        let payloadCRC = (try? r.u32()) ?? 0
        let headerCRC = (try? r.u32()) ?? 0
        guard m == recordMagic else { return .damaged("no record marker", claimedPayload: nil) }
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buf[pos..<(pos + 12)])) == headerCRC else {
            return .damaged("record header checksum mismatch", claimedPayload: nil)
        }
        let start = pos + recordHeaderSize
        let end = start + length
        guard end <= buf.count else {
            return .damaged("an incomplete record (\(buf.count - start) of \(length) payload bytes)", claimedPayload: start..<end)
        }
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buf[start..<end])) == payloadCRC else {
            return .damaged("record checksum mismatch", claimedPayload: start..<end)
        }
        return .valid(payload: start..<end)
    }

    /// The offset of the first complete, checksum-valid record after `pos`, if any.
    static func nextValidRecord(after pos: Int, in buf: UnsafeRawBufferPointer) -> Int? {
        let m0 = UInt8(recordMagic & 0xFF)
        var p = pos + 1
        while p + recordHeaderSize <= buf.count {
            if buf[p] == m0, case .valid = record(at: p, in: buf) { return p }
            p += 1
        }
        return nil
    }
}
