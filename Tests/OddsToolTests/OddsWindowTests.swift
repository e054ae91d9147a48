import Foundation
import Testing
@testable import OddsTool

@Suite("odds time window")
struct OddsWindowTests {
    let eastern = TimeZone(identifier: "America/New_York")!

    @Test("default is today and tomorrow in the sports time zone")
    func defaults() throws {
        // 2025-11-17T03:30Z is still Sunday the 16th in New York.
        let window = try OddsWindow.resolve(from: nil, to: nil, now: Date(timeIntervalSince1970: 1_763_350_200), timeZone: eastern)
        #expect(window == OddsWindow(from: "2025-11-16T05:00:00Z", to: "2025-11-18T04:59:59Z"))
    }

    @Test("dates cover whole days; instants pass through")
    func explicit() throws {
        let now = OddsFixtures.sundayMorning
        #expect(try OddsWindow.resolve(from: "2025-11-20", to: "2025-11-20", now: now, timeZone: eastern)
            == OddsWindow(from: "2025-11-20T05:00:00Z", to: "2025-11-21T04:59:59Z"))
        #expect(try OddsWindow.resolve(from: "2025-11-16T18:00:00Z", to: "2025-11-17T02:00:00Z", now: now, timeZone: eastern)
            == OddsWindow(from: "2025-11-16T18:00:00Z", to: "2025-11-17T02:00:00Z"))
    }

    @Test("bad windows are rejected", arguments: [
        ("tomorrow", nil), ("2025-13-01", nil), ("2025-11-16T25:00:00Z", nil), ("2025-11-16 18:00", nil),
        ("2025-11-20", "2025-11-19"), ("2025-01-01", "2025-03-01"),
    ] as [(String, String?)])
    func invalid(from: String, to: String?) {
        #expect(throws: OddsAPIError.self) {
            try OddsWindow.resolve(from: from, to: to, now: OddsFixtures.sundayMorning, timeZone: eastern)
        }
    }
}
