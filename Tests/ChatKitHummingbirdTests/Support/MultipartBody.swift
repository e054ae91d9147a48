import HTTPTypes
import NIOCore

/// A `multipart/form-data` body built by hand, as a browser's `FormData` sends it.
struct MultipartBody {
    struct Part {
        var headers: [String]
        var bytes: [UInt8]

        /// A file field (`filename` set, `Content-Type` given unless `nil`).
        static func file(
            field: String = "file", fileName: String?, contentType: String?, bytes: [UInt8]
        ) -> Part {
            var disposition = "Content-Disposition: form-data; name=\"\(field)\""
            if let fileName { disposition += "; filename=\"\(fileName)\"" }
            return Part(headers: [disposition] + (contentType.map { ["Content-Type: \($0)"] } ?? []), bytes: bytes)
        }

        /// A plain text field.
        static func field(_ name: String, _ value: String) -> Part {
            Part(headers: ["Content-Disposition: form-data; name=\"\(name)\""], bytes: Array(value.utf8))
        }
    }

    var boundary = "----ChatKitTestBoundary7MA4YWxkTrZu0gW"
    var parts: [Part]

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    var bytes: [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            body += Array("--\(boundary)\r\n".utf8)
            for header in part.headers { body += Array("\(header)\r\n".utf8) }
            body += Array("\r\n".utf8)
            body += part.bytes
            body += Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return body
    }

    var buffer: ByteBuffer { ByteBuffer(bytes: bytes) }
}
