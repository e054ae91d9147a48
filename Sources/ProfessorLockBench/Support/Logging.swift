import Logging

/// Libraries log nothing during measurements; failures surface as thrown errors instead.
let benchLogger = Logger(label: "professor-lock-bench", factory: { _ in SwiftLogNoOpLogHandler() })

#if canImport(Glibc)
import Glibc
#endif

/// Prints a progress line and flushes it at once, so it shows in order with the children's output
/// even when stdout is a pipe.
func progress(_ line: String) {
    print(line)
    fflush(nil)
}
