import Dossier
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Mutates real snapshot and write-ahead-log files and opens them: bit flips, huge varints,
/// truncation, splices — then, most of the time, recomputes every checksum so that the damage
/// gets past the CRCs and reaches the decoders (a file written by a buggy or hostile program
/// has valid checksums too).
public struct StorageFuzzer {
    public var random: FuzzRandom
    /// Seed databases: (snapshot bytes, log bytes).
    var seeds: [([UInt8], [UInt8])] = []
    let scratch: String

    public init(seed: UInt64, scratch: String) {
        random = FuzzRandom(seed: seed)
        self.scratch = scratch
    }

    /// Builds a few small databases on disk (snapshot plus a non-empty log) to mutate.
    public mutating func makeSeeds() {
        let scripts = [
            QueryHarness.setupScript,
            "CREATE (:A {l: [1, 2], s: ['x', 'ü'], f: [2.5, -0.0], b: [true]}), (:B)-[:T {d: duration('P1Y2M')}]->(:C {t: time('12:00+01:00')})",
            "UNWIND range(1, 40) AS i CREATE (:N {i: i, s: toString(i)})",
            "CREATE INDEX FOR (n:Person) ON (n.name)",
            "CREATE CONSTRAINT FOR (n:N) REQUIRE n.i IS UNIQUE",
        ]
        for k in 0..<4 {
            let dir = scratch + "/seed\(k)"
            try? FileManager.default.removeItem(atPath: dir)
            do {
                var options = QueryHarness.options()
                options.synchronousCommits = false
                let db = try Database.open(path: dir, options: options)
                for (i, s) in scripts.enumerated() where i <= k + 1 { try db.execute(s) }
                try db.checkpoint()
                try db.execute("MATCH (n:N) WHERE n.i % 3 = 0 DETACH DELETE n")
                try db.execute("CREATE (:Late {x: \(k), s: 'ü\\n'})-[:R]->(:Late)")
                try db.execute("MATCH (n:Person) SET n.age = n.age + 1, n:Changed REMOVE n.x")
                try db.execute("MATCH ()-[r:KNOWS]->() DELETE r")
                let snapshot = try Data(contentsOf: URL(fileURLWithPath: dir + "/snapshot.dossier"))
                let log = try Data(contentsOf: URL(fileURLWithPath: dir + "/wal.dossier"))
                seeds.append((Array(snapshot), Array(log)))
                try db.close()
            } catch {
                fatalFuzzerError("cannot build seed database \(dir): \(error)")
            }
        }
    }

    /// One input: the mutated (snapshot, log) pair.
    public mutating func nextInput() -> (snapshot: [UInt8], log: [UInt8]) {
        var (snapshot, log) = random.pick(seeds)
        switch random.below(3) {
        case 0: mutate(&snapshot)
        case 1: mutate(&log)
        default: mutate(&snapshot); mutate(&log)
        }
        if random.chance(0.85) {
            Self.fixSnapshotChecksums(&snapshot)
            Self.fixLogChecksums(&log)
        }
        return (snapshot, log)
    }

    static let hugeVarints: [[UInt8]] = [
        [0xFF, 0xFF, 0xFF, 0xFF, 0x07],                                   // Int32.max
        [0xFE, 0xFF, 0xFF, 0xFF, 0x07],
        [0x80, 0x80, 0x80, 0x80, 0x08],                                   // 2^31
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],           // 2^63 - 1
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],     // 2^64 - 1
        [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], // too long
        [0x80, 0x80, 0x80, 0x02],                                         // 2^22 (a legitimate size: 2^26 would be too)
        [0xC0, 0x84, 0x3D],                                               // 1,000,000
        [0x00], [0x01], [0x7F],
    ]

    mutating func mutate(_ bytes: inout [UInt8]) {
        for _ in 0..<(1 + random.smallCount(2)) {
            guard !bytes.isEmpty else { bytes = [UInt8(random.below(256))]; continue }
            let i = random.below(bytes.count)
            switch random.below(9) {
            case 0: bytes[i] ^= UInt8(1 << random.below(8))
            case 1: bytes[i] = random.pick([0, 1, 0x7F, 0x80, 0xFF, UInt8(random.below(256))])
            case 2, 3:
                let v = random.pick(Self.hugeVarints)
                let n = min(bytes.count - i, random.below(v.count + 1))
                bytes.replaceSubrange(i..<(i + n), with: v)
            case 4: bytes.removeSubrange(i..<min(bytes.count, i + 1 + random.below(16)))
            case 5: bytes = Array(bytes[..<i])
            case 6:
                let end = min(bytes.count, i + 1 + random.below(64))
                bytes.insert(contentsOf: bytes[i..<end], at: random.below(bytes.count))
            case 7: bytes.insert(contentsOf: (0..<random.int(1...16)).map { _ in UInt8(random.below(256)) }, at: i)
            default:
                // A value tag followed by a huge count (list, map, string, path).
                bytes.insert(contentsOf: [random.pick([5, 6, 7, 10, 11])] + random.pick(Self.hugeVarints), at: i)
            }
        }
    }

    // MARK: - Checksums

    /// Recomputes the header, section-header and payload checksums of a snapshot, following the
    /// section lengths as written (stopping where they no longer fit).
    static func fixSnapshotChecksums(_ b: inout [UInt8]) {
        guard b.count >= 40 else { return }
        put32(&b, 36, CRC32C.checksum(b[0..<36]))
        var pos = 40
        while b.count - pos >= 24 {
            let length = read64(b, pos + 8)
            let start = pos + 24
            guard length <= UInt64(b.count - start) else {
                put32(&b, pos + 20, CRC32C.checksum(b[pos..<(pos + 20)]))
                return
            }
            let end = start + Int(length)
            put32(&b, pos + 16, CRC32C.checksum(b[start..<end]))
            put32(&b, pos + 20, CRC32C.checksum(b[pos..<(pos + 20)]))
            pos = end
        }
    }

    /// Recomputes the header checksum and every record's checksums of a log.
    static func fixLogChecksums(_ b: inout [UInt8]) {
        guard b.count >= 40 else { return }
        put32(&b, 32, CRC32C.checksum(b[0..<32]))
        var pos = 40
        while b.count - pos >= 16 {
            let length = Int(read32(b, pos + 4))
            let start = pos + 16
            guard length <= b.count - start else {
                put32(&b, pos + 12, CRC32C.checksum(b[pos..<(pos + 12)]))
                return
            }
            put32(&b, pos + 8, CRC32C.checksum(b[start..<(start + length)]))
            put32(&b, pos + 12, CRC32C.checksum(b[pos..<(pos + 12)]))
            pos = start + length
        }
    }

    static func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) {
        for k in 0..<4 { b[at + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) }
    }

    static func read32(_ b: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(b[at + $1]) << (8 * UInt32($1)) }
    }

    static func read64(_ b: [UInt8], _ at: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(b[at + $1]) << (8 * UInt64($1)) }
    }

    // MARK: - Running

    /// Writes the pair into a fresh directory and opens it; when that works, reads everything,
    /// and (read-write) makes a change and closes (which checkpoints).
    /// The choices made along the way (read-only or not, …) depend only on the bytes, so that
    /// `--replay storage` repeats them.
    public func run(snapshot: [UInt8], log: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in snapshot + log { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        var random = FuzzRandom(seed: hash)
        let dir = scratch + "/db"
        let fm = FileManager.default
        try? fm.removeItem(atPath: dir)
        try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = fm.createFile(atPath: dir + "/snapshot.dossier", contents: Data(snapshot))
        if !log.isEmpty || random.chance(0.5) { _ = fm.createFile(atPath: dir + "/wal.dossier", contents: Data(log)) }
        var options = QueryHarness.options()
        options.readOnly = random.chance(0.5)
        options.synchronousCommits = false
        do {
            let db = try Database.open(path: dir, options: options)
            let r = try db.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n, labels(n), properties(n), r, type(r), properties(r), m")
            _ = QueryHarness.renderEverywhere(r, database: db, random: &random)
            _ = try? db.execute("SHOW INDEXES")
            if !options.readOnly {
                _ = try? db.execute("MATCH (n) WITH n LIMIT 3 SET n.fuzz = 1 CREATE (:Fuzz)-[:R]->(n)")
                _ = try? db.execute("MATCH (n) WITH n LIMIT 2 DETACH DELETE n")
            }
            try db.close()
            // Reopen what the close wrote.
            if !options.readOnly {
                let again = try Database.open(path: dir, options: options)
                _ = try again.execute("MATCH (n) RETURN count(n)")
                try again.close()
            }
            return "opened"
        } catch {
            if let v = QueryHarness.violation(of: error) { return "VIOLATION \(v): \(error)" }
            return "error \(error.code.rawValue)"
        }
    }
}

extension StorageFuzzer {
    /// Runs `run(snapshot:log:)` in a forked child limited to `memoryLimit` bytes of address
    /// space, so that an input making `open` allocate gigabytes is reported rather than taking
    /// the fuzzer (or the machine) down. Ids are dense in memory: a tiny file may legitimately
    /// claim a huge id space, up to the cap in `LogRecord.maxID`, and loading it then needs that
    /// much memory — such inputs are counted as `large` (known), other deaths as crashes.
    public func runIsolated(snapshot: [UInt8], log: [UInt8], memoryLimit: Int, timeout: Double) -> String {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return run(snapshot: snapshot, log: log) }
        let errPath = scratch + "/storage-child.err"
        let pid = fork()
        if pid == 0 {
            close(fds[0])
            var limit = rlimit(rlim_cur: rlim_t(memoryLimit), rlim_max: rlim_t(memoryLimit))
            setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
            let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if err >= 0 { dup2(err, 2) }
            let outcome = Array(run(snapshot: snapshot, log: log).utf8.prefix(4000))
            _ = outcome.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            _exit(0)
        }
        close(fds[1])
        defer { close(fds[0]) }
        guard pid > 0 else { return run(snapshot: snapshot, log: log) }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return "VIOLATION storage HANG: open/read did not finish in \(Int(timeout)) s"
            }
            usleep(1_000)
        }
        if status & 0x7F == 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = read(fds[0], &buffer, buffer.count)
            return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : "no outcome"
        }
        let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        if let line = message.split(separator: "\n").first(where: { $0.contains("failed to allocate") }) {
            return "large: \(line)"
        }
        let fatal = message.split(separator: "\n").first(where: { $0.contains("Fatal error") }).map(String.init) ?? "no message"
        return "VIOLATION storage CRASH (signal \(status & 0x7F)): \(fatal)"
    }
}

/// CRC-32C (Castagnoli), as the storage files use it.
enum CRC32C {
    static let table: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
