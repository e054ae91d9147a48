import Foundation

/// Splits a SQL script into statements at top-level semicolons, skipping `--` comments and keeping
/// quoted strings, quoted identifiers and `$$` bodies intact.
enum SQLScript {
    static func statements(in script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var characters = Array(script)[...]
        var quote: Character?
        var inDollarBody = false
        while let character = characters.popFirst() {
            if inDollarBody {
                current.append(character)
                if character == "$", characters.first == "$" {
                    current.append(characters.removeFirst())
                    inDollarBody = false
                }
                continue
            }
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                current.append(character)
            case "$" where characters.first == "$":
                current.append(character)
                current.append(characters.removeFirst())
                inDollarBody = true
            case "-" where characters.first == "-":
                while let next = characters.first, next != "\n" { characters.removeFirst() }
            case ";":
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
            default:
                current.append(character)
            }
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { statements.append(last) }
        return statements
    }
}
