#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many client connections `serve` holds at once, so the process never runs out of file
/// descriptors: on Linux, libdispatch (Swift concurrency's thread pool) traps when it cannot open
/// `/proc` to watch its threads, which would take every open stream down with it. Each client
/// connection may hold a second socket (its model request), and tools, the store and the runtime
/// need some of their own; connections over the budget wait in the listen backlog.
public enum ConnectionBudget {
    /// Descriptors kept for everything that is not a client connection or its model request.
    static let reserve = 512

    /// The connection limit for a process allowed `fileLimit` open files.
    public static func maximumConnections(fileLimit: Int) -> Int {
        max(16, (fileLimit - reserve) / 2)
    }

    /// Raises the soft open-file limit to the hard limit (as servers usually do) and returns it.
    public static func raiseFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return Int(clamping: min(limit.rlim_cur, rlim_t(Int32.max)))
    }
}
