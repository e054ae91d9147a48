import JSONValue
import Foundation

/// Unbuffered writes to stdout and stderr, so progress appears as it happens.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeLine(_ text: String) {
        write(text + "\n")
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension JSONValue {
    /// Indented JSON with sorted keys, for people.
    func prettyJSONString() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return jsonString() }
        return String(decoding: data, as: UTF8.self)
    }
}
