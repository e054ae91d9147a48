import Foundation
/// An IP address as raw bytes, classified for scraping safety.
///
/// Scraping arbitrary result URLs must not reach the machine's own network (cloud metadata at
/// 169.254.169.254, databases on 10.x, the loopback admin port): only globally routable unicast
/// addresses are public. IPv4-mapped, -compatible and NAT64 IPv6 forms are judged by the IPv4
/// address they carry.
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    case v4(UInt8, UInt8, UInt8, UInt8)
    /// Sixteen bytes, network order.
    case v6([UInt8])

    /// Parses a dotted-quad or an IPv6 literal (brackets allowed); `nil` for host names.
    public init?(literal text: String) {
        var host = Substring(text)
        if host.hasPrefix("["), host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        if let v4 = Self.parseV4(host) { self = v4; return }
        guard host.contains(":"), let bytes = Self.parseV6(host) else { return nil }
        self = .v6(bytes)
    }

    /// Whether the address is globally routable unicast.
    public var isPublic: Bool {
        switch self {
        case .v4(let a, let b, let c, _):
            switch a {
            case 0, 10, 127: return false  // "this network", private, loopback
            case 100 where (64...127).contains(b): return false  // carrier-grade NAT
            case 169 where b == 254: return false  // link-local (cloud metadata)
            case 172 where (16...31).contains(b): return false
            case 192 where b == 168: return false
            case 192 where b == 0 && (c == 0 || c == 2): return false  // IETF protocol, TEST-NET-1
            case 198 where b == 18 || b == 19: return false  // benchmarking
            case 198 where b == 51 && c == 100, 203 where b == 0 && c == 113: return false  // TEST-NET-2/3
            case 224...255: return false  // multicast, reserved, broadcast
            default: return true
            }
        case .v6(let bytes):
            if let embedded = embeddedV4 { return embedded.isPublic }
            if bytes.allSatisfy({ $0 == 0 }) { return false }  // ::
            if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return false }  // ::1
            if bytes[0] & 0xFE == 0xFC { return false }  // fc00::/7 unique local
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return false }  // fe80::/10 link-local
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0xC0 { return false }  // fec0::/10 site-local
            if bytes[0] == 0xFF { return false }  // multicast
            if bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8 { return false }  // documentation
            return true
        }
    }

    /// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), -compatible (`::a.b.c.d`) or
    /// NAT64 (`64:ff9b::a.b.c.d`) IPv6 address.
    var embeddedV4: IPAddress? {
        guard case .v6(let bytes) = self else { return nil }
        let mapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
        let compatible = bytes[0..<12].allSatisfy { $0 == 0 } && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && bytes[15] <= 1)
        let nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes[4..<12].allSatisfy { $0 == 0 }
        guard mapped || compatible || nat64 else { return nil }
        return .v4(bytes[12], bytes[13], bytes[14], bytes[15])
    }

    public var description: String {
        switch self {
        case .v4(let a, let b, let c, let d):
            return "\(a).\(b).\(c).\(d)"
        case .v6(let bytes):
            var groups: [String] = []
            for index in stride(from: 0, to: 16, by: 2) {
                groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16))
            }
            return groups.joined(separator: ":")
        }
    }

    private static func parseV4(_ text: Substring) -> IPAddress? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = UInt8(part) else { return nil }
            octets.append(value)
        }
        return .v4(octets[0], octets[1], octets[2], octets[3])
    }

    private static func parseV6(_ text: Substring) -> [UInt8]? {
        var text = text
        if let zone = text.firstIndex(of: "%") { text = text[..<zone] }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            if part.isEmpty { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), case .v4(let a, let b, let c, let d)? = parseV4(piece) {
                    bytes += [a, b, c, d]
                } else {
                    guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                    bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
                }
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
