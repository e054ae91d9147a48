import Foundation

/// Pydantic's default field title: Python `str.title()` with underscores as spaces
/// (`max_results` → "Max Results", `timeout_s` → "Timeout S").
enum FieldTitle {
    static func make(_ name: String) -> String {
        var result = ""
        var previousIsLetter = false
        for character in name {
            if character.isLetter {
                result += previousIsLetter ? character.lowercased() : character.uppercased()
                previousIsLetter = true
            } else {
                result.append(character == "_" ? " " : character)
                previousIsLetter = false
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
