import Foundation

/// A header value with `;`-separated parameters, such as `multipart/form-data; boundary=x` or
/// `form-data; name="file"; filename="odds.png"`.
///
/// Quoted values end at the next `"`, without backslash escapes: browsers encode form fields the HTML
/// way, percent-encoding a quote inside a file name rather than escaping it, so a backslash is data.
/// `filename*=UTF-8''…` (RFC 5987) is decoded and preferred over `filename` by ``fileName``.
struct HeaderParameters: Sendable, Equatable {
    /// The part before the first `;`, lowercased (e.g. `multipart/form-data`, `form-data`).
    let value: String
    /// Parameters by lowercased name.
    let parameters: [String: String]

    init(_ header: String) {
        var fields: [Substring] = []
        var inQuotes = false
        var start = header.startIndex
        for index in header.indices {
            switch header[index] {
            case "\"": inQuotes.toggle()
            case ";" where !inQuotes:
                fields.append(header[start..<index])
                start = header.index(after: index)
            default: break
            }
        }
        fields.append(header[start...])

        value = fields[0].trimmingWhitespace().lowercased()
        var parameters: [String: String] = [:]
        for field in fields.dropFirst() {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let name = field[..<equals].trimmingWhitespace().lowercased()
            var parameter = field[field.index(after: equals)...].trimmingWhitespace()
            if parameter.count >= 2, parameter.hasPrefix("\""), parameter.hasSuffix("\"") {
                parameter = String(parameter.dropFirst().dropLast())
            }
            if !name.isEmpty, parameters[name] == nil { parameters[name] = parameter }
        }
        self.parameters = parameters
    }

    /// The file name of a `Content-Disposition` value: `filename*` when it is valid UTF-8, else `filename`.
    var fileName: String? {
        if let extended = parameters["filename*"] {
            let pieces = extended.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
            if pieces.count == 3, pieces[0].lowercased() == "utf-8", let decoded = pieces[2].removingPercentEncoding {
                return decoded
            }
        }
        return parameters["filename"]
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
