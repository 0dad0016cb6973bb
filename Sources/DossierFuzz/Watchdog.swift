import Dossier
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches the input being run from a second thread: cancels a query that runs past
/// `cancelAfter` (through `Database.cancel()`), and ends the process with a report when an
/// input outlives `hangAfter` (the cancellation was not honoured) or the resident memory
/// passes `memoryLimit` — so `fuzz.sh` can keep the culprit.
public final class Watchdog: @unchecked Sendable {
    /// Exit status for an input that ignored cancellation.
    public static let hangStatus: Int32 = 3
    /// Exit status for an input that blew the memory limit.
    public static let memoryStatus: Int32 = 4

    public let cancelAfter: Double
    public let hangAfter: Double
    public let memoryLimit: Int
    private let lock = NSLock()
    private var database: Database?
    private var started: Double = 0
    private var running = false
    private var cancelled = false
    private var label = ""

    public init(cancelAfter: Double, hangAfter: Double, memoryLimit: Int) {
        self.cancelAfter = cancelAfter
        self.hangAfter = hangAfter
        self.memoryLimit = memoryLimit
    }

    /// Starts the watching thread.
    public func start() {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Marks the start of an input (with the database to cancel, if any).
    public func begin(_ db: Database?, label: String) {
        lock.lock()
        database = db
        started = Self.now()
        running = true
        cancelled = false
        self.label = label
        lock.unlock()
    }

    /// Marks the end of the input; returns its duration in seconds.
    @discardableResult
    public func end() -> Double {
        lock.lock()
        defer { lock.unlock() }
        running = false
        database = nil
        return Self.now() - started
    }

    private func loop() {
        while true {
            usleep(20_000)
            lock.lock()
            let elapsed = Self.now() - started
            if running && elapsed > cancelAfter && !cancelled {
                cancelled = true
                database?.cancel()
            }
            let hung = running && elapsed > hangAfter
            let what = label
            lock.unlock()
            if hung {
                FileHandle.standardError.write(Data("dossier-fuzz: HANG (\(what)): still running \(Int(elapsed)) s after start, \(Int(elapsed - cancelAfter)) s after cancel\n".utf8))
                _exit(Self.hangStatus)
            }
            let rss = Self.residentBytes()
            if rss > memoryLimit {
                FileHandle.standardError.write(Data("dossier-fuzz: MEMORY (\(what)): resident \(rss >> 20) MB > \(memoryLimit >> 20) MB\n".utf8))
                _exit(Self.memoryStatus)
            }
        }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Resident set size from /proc/self/statm (0 when unavailable).
    static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 128)
        let n = read(fd, &buf, buf.count)
        guard n > 0 else { return 0 }
        let fields = String(decoding: buf[0..<n], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
