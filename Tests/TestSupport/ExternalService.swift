import Foundation

/// A service some tests need that `Tests/test.sh` starts (PostgreSQL, the Python conformance oracle).
///
/// Outside the test script these tests are skipped, so `swift test` works on a bare machine.
/// Under the test script (`PROFESSOR_LOCK_REQUIRE_EXTERNAL=1`) a missing service is a failure,
/// so CI can never pass by silently skipping them.
public enum ExternalService: String, Sendable {
    /// A PostgreSQL URL for a throwaway database.
    case postgres = "PROFESSOR_LOCK_TEST_DATABASE_URL"
    /// A Python interpreter with `openai-chatkit==1.6.5` installed.
    case chatKitOracle = "CHATKIT_ORACLE_PYTHON"

    /// The configured value, if any.
    public var value: String? {
        let value = ProcessInfo.processInfo.environment[rawValue]
        return value?.isEmpty == false ? value : nil
    }

    /// Whether tests depending on this service should run: always under the test script
    /// (so that a missing service fails loudly), otherwise only when it is configured.
    public var shouldRun: Bool {
        value != nil || Self.required
    }

    /// Returns the configured value or throws a failure that says how to provide it.
    public func require() throws -> String {
        guard let value else { throw Missing(service: self) }
        return value
    }

    static var required: Bool {
        ProcessInfo.processInfo.environment["PROFESSOR_LOCK_REQUIRE_EXTERNAL"] == "1"
    }

    /// Thrown when a required service is not configured.
    public struct Missing: Error, CustomStringConvertible {
        public let service: ExternalService
        public var description: String {
            "\(service.rawValue) is not set: run the tests with ./Tests/test.sh, which starts this service"
        }
    }
}
