#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells a recursive algorithm when the current thread's stack is nearly used up, so deep
/// input becomes an error instead of a crash whatever the thread's stack size and the build
/// configuration (debug frames are many times larger than release ones).
///
/// ```swift
/// let guard = StackGuard()
/// func walk(...) throws { if guard.isLow { throw ... } ... }
/// ```
/// Create it on the thread that will recurse. When the stack bounds cannot be determined
/// it never reports low (the depth limits still apply).
struct StackGuard: Sendable {
    /// The lowest usable stack address plus the reserve, or 0 when unknown.
    let limit: UInt

    /// - Parameter reserve: bytes to keep free below the point where `isLow` turns true.
    init(reserve: UInt = 128 * 1024) {
        guard let low = StackGuard.currentStackLowAddress() else {
            limit = 0
            return
        }
        limit = low + reserve
    }

    /// `true` when less than the reserve is left on this thread's stack.
    @inline(never)
    var isLow: Bool {
        guard limit != 0 else { return false }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here < limit
    }

    /// The lowest address of the current thread's stack (stacks grow down on every supported platform).
    static func currentStackLowAddress() -> UInt? {
        #if canImport(Darwin)
        let high = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        guard high > size else { return nil }
        return high - size
        #elseif canImport(Glibc) || canImport(Musl)
        // pthread_getattr_np is a GNU extension the Glibc module does not export; look it up.
        typealias GetAttr = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        guard let symbol = dlsym(nil, "pthread_getattr_np") else { return nil }
        let getattr = unsafeBitCast(symbol, to: GetAttr.self)
        var attr = pthread_attr_t()
        guard getattr(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &address, &size) == 0, let address else { return nil }
        return UInt(bitPattern: address)
        #else
        return nil
        #endif
    }
}
