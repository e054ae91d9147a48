import Foundation

/// The one place where ChatKit timestamps are turned into text and back.
///
/// The reference server writes naive ISO-8601 (`2026-11-26T13:13:54.886416`, or without the fraction when
/// the microseconds are zero). We write the same shape, **always in UTC**, so stored and sent timestamps
/// never depend on the host's time zone. On input we accept naive strings (read as UTC), `Z`, numeric
/// offsets, a space instead of `T`, and epoch numbers (seconds, or milliseconds when larger than 2e10,
/// as pydantic does).
public enum ChatKitDate {
    /// The current time at the wire's precision (whole microseconds), so a created item equals its
    /// own round trip through JSON or a store.
    public static func now() -> Date {
        Date(timeIntervalSince1970: Double(microseconds(of: Date())) / 1_000_000)
    }

    /// Formats a date as naive UTC ISO-8601 with microseconds only when non-zero.
    public static func string(from date: Date) -> String {
        let total = microseconds(of: date)
        let seconds = total >= 0 ? total / 1_000_000 : (total - 999_999) / 1_000_000
        let micros = Int(total - seconds * 1_000_000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)

        var text = ""
        text.reserveCapacity(26)
        append(&text, year, width: 4)
        text.append("-")
        append(&text, month, width: 2)
        text.append("-")
        append(&text, day, width: 2)
        text.append("T")
        append(&text, secondOfDay / 3600, width: 2)
        text.append(":")
        append(&text, (secondOfDay / 60) % 60, width: 2)
        text.append(":")
        append(&text, secondOfDay % 60, width: 2)
        if micros != 0 {
            text.append(".")
            append(&text, micros, width: 6)
        }
        return text
    }

    /// Parses any accepted timestamp string; `nil` when the text is not a timestamp.
    public static func date(from text: String) -> Date? {
        var parser = TimestampParser(Array(text.utf8))
        return parser.parse()
    }

    /// Whole microseconds since 1970, the precision timestamps have on the wire.
    static func microseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// Interprets an epoch number the way pydantic does (seconds, or milliseconds above 2e10).
    public static func date(fromEpoch value: Double) -> Date {
        Date(timeIntervalSince1970: abs(value) > 2e10 ? value / 1000 : value)
    }

    private static func append(_ text: inout String, _ value: Int, width: Int) {
        let digits = String(value)
        if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
        text.append(digits)
    }

    /// Howard Hinnant's `civil_from_days`.
    static func civilDate(fromDaysSinceEpoch days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    /// Howard Hinnant's `days_from_civil`.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A tiny strict parser for `YYYY-MM-DD[T| ]HH:MM[:SS[.f+]][Z|±HH[:]MM]`.
private struct TimestampParser {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() -> Date? {
        guard let year = number(digits: 4), expect(UInt8(ascii: "-")),
            let month = number(digits: 2), expect(UInt8(ascii: "-")),
            let day = number(digits: 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var secondsOfDay: Int64 = 0
        var micros: Int64 = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t") || bytes[index] == UInt8(ascii: " ")
            else { return nil }
            index += 1
            guard let hour = number(digits: 2), expect(UInt8(ascii: ":")), let minute = number(digits: 2),
                hour < 24, minute < 60
            else { return nil }
            var second = 0
            if expect(UInt8(ascii: ":")) {
                guard let parsedSecond = number(digits: 2), parsedSecond < 60 else { return nil }
                second = parsedSecond
                if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
                    // Microsecond precision, like the reference; further digits are dropped.
                    var digits = 0
                    while index < bytes.count, let digit = digitValue(bytes[index]) {
                        if digits < 6 { micros = micros * 10 + Int64(digit) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in digits..<max(digits, 6) { micros *= 10 }
                }
            }
            guard let offset = zoneOffset() else { return nil }
            secondsOfDay = Int64(hour * 3600 + minute * 60 + second - offset)
        }
        guard index == bytes.count else { return nil }
        let days = ChatKitDate.daysSinceEpoch(year: year, month: month, day: day)
        let totalMicros = (days * 86_400 + secondsOfDay) * 1_000_000 + micros
        return Date(timeIntervalSince1970: Double(totalMicros) / 1_000_000)
    }

    /// Seconds east of UTC; 0 for naive and `Z`; `nil` when malformed.
    private mutating func zoneOffset() -> Int? {
        guard index < bytes.count else { return 0 }
        let sign = bytes[index]
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            index += 1
            return 0
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        index += 1
        guard let hours = number(digits: 2) else { return nil }
        _ = expect(UInt8(ascii: ":"))
        let minutes = number(digits: 2) ?? 0
        let offset = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -offset : offset
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            guard let digit = digitValue(bytes[index + offset]) else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    private func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
