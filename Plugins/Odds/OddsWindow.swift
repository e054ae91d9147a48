import Foundation

/// The commence-time window of an odds request, in The Odds API's `YYYY-MM-DDTHH:MM:SSZ` form.
///
/// Days are the sports calendar's (US Eastern by default), so "today and tomorrow" includes a
/// 10 pm ET kickoff that is already tomorrow in UTC.
public struct OddsWindow: Sendable, Hashable {
    public var from: String
    public var to: String

    /// Resolves the arguments: a date (`2025-11-16`, the whole day in `timeZone`), a UTC instant
    /// (`2025-11-16T18:00:00Z`), or null (start of today / end of tomorrow).
    public static func resolve(from: String?, to: String?, now: Date, timeZone: TimeZone) throws(OddsAPIError) -> OddsWindow {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        let start = try from.map { text throws(OddsAPIError) in try instant(text, endOfDay: false, calendar: calendar, field: "from") } ?? today
        let end = try to.map { text throws(OddsAPIError) in try instant(text, endOfDay: true, calendar: calendar, field: "to") }
            ?? calendar.date(byAdding: .day, value: 2, to: today)!.addingTimeInterval(-1)
        guard start < end else {
            throw .invalidWindow("'from' (\(format(start))) must be before 'to' (\(format(end)))")
        }
        guard end.timeIntervalSince(start) <= 31 * 86_400 else {
            throw .invalidWindow("the window is longer than 31 days; ask for a shorter range")
        }
        return OddsWindow(from: format(start), to: format(end))
    }

    private static func instant(_ text: String, endOfDay: Bool, calendar: Calendar, field: String) throws(OddsAPIError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let dateOnly = trimmed.count == 10 && digits.count == 3
        let full = trimmed.count == 20 && trimmed.hasSuffix("Z") && digits.count == 6
        guard dateOnly || full else {
            throw .invalidWindow("'\(field)' must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, got \"\(text)\"")
        }
        var components = DateComponents(year: digits[0], month: digits[1], day: digits[2])
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let usedCalendar: Calendar
        if full {
            components.hour = digits[3]
            components.minute = digits[4]
            components.second = digits[5]
            usedCalendar = utc
        } else {
            usedCalendar = calendar
        }
        guard let date = usedCalendar.date(from: components), usedCalendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: digits[0], month: digits[1], day: digits[2]),
              (0..<24).contains(components.hour ?? 0), (0..<60).contains(components.minute ?? 0), (0..<60).contains(components.second ?? 0)
        else {
            throw .invalidWindow("'\(field)' is not a real date or time: \"\(text)\"")
        }
        return dateOnly && endOfDay ? calendar.date(byAdding: .day, value: 1, to: date)!.addingTimeInterval(-1) : date
    }

    static func format(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
