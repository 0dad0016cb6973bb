#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small least-recently-used cache of compiled regular expressions keyed by pattern text,
/// so `=~` with the same pattern on every row compiles it once. Thread-safe.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache(capacity: 64)

    private let capacity: Int
    private var entries: [String: (program: RegexProgram, lastUse: UInt64)] = [:]
    private var clock: UInt64 = 0
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(capacity: Int) {
        self.capacity = capacity
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The compiled program for `pattern`, compiling (and caching) it when needed.
    /// Invalid patterns are not cached; their errors are rethrown.
    func compile(_ pattern: String) throws(DossierError) -> RegexProgram {
        pthread_mutex_lock(mutex)
        clock &+= 1
        if let hit = entries[pattern] {
            entries[pattern] = (hit.program, clock)
            pthread_mutex_unlock(mutex)
            return hit.program
        }
        pthread_mutex_unlock(mutex)

        let program = try RegexProgram.compile(pattern)

        pthread_mutex_lock(mutex)
        if entries.count >= capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries[oldest] = nil
        }
        entries[pattern] = (program, clock)
        pthread_mutex_unlock(mutex)
        return program
    }
}
