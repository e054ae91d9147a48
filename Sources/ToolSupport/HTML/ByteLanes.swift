/// Byte tests on 8 bytes at once (SWAR): each returns the lanes (bytes) that pass as their high
/// bit (0x80). Exact per lane, no carries between lanes. Text scanning uses them to move through
/// ordinary text without a branch per byte.
enum ByteLanes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The 8 bytes at `index` (byte `index` in the lowest lane).
    @inline(__always)
    static func load(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Lanes equal to `byte`.
    @inline(__always)
    static func equal(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        equal(lanes, pattern: repeated(byte))
    }

    /// Lanes equal to the byte `pattern` repeats (``repeated(_:)``).
    @inline(__always)
    static func equal(_ lanes: UInt64, pattern: UInt64) -> UInt64 {
        let difference = lanes ^ pattern
        return ~(((difference & lowBits) &+ lowBits) | difference) & highBits
    }

    /// ASCII lanes at least `byte` (`byte` ≤ 0x80).
    @inline(__always)
    private static func asciiAtLeast(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        ((lanes & lowBits) &+ repeated(0x80 - byte)) & ~lanes & highBits
    }

    /// Lanes below 0x20 (control characters).
    @inline(__always)
    static func control(_ lanes: UInt64) -> UInt64 {
        ~asciiAtLeast(lanes, 0x20) & ~lanes & highBits
    }

    /// Word bytes: ASCII letters and digits, and every byte of a non-ASCII character.
    @inline(__always)
    static func word(_ lanes: UInt64) -> UInt64 {
        let digit = asciiAtLeast(lanes, 0x30) & ~asciiAtLeast(lanes, 0x3A)
        let folded = lanes | repeated(0x20)
        let letter = asciiAtLeast(folded, 0x61) & ~asciiAtLeast(folded, 0x7B)
        return digit | letter | (lanes & highBits)
    }

    /// The lanes with ASCII upper-case letters lower-cased.
    @inline(__always)
    static func lowercased(_ lanes: UInt64) -> UInt64 {
        lanes | (asciiAtLeast(lanes, 0x41) & ~asciiAtLeast(lanes, 0x5B)) >> 2
    }

    /// The lane of the lowest set flag.
    @inline(__always)
    static func firstLane(_ flags: UInt64) -> Int { flags.trailingZeroBitCount >> 3 }

    /// Whether `bytes` are valid UTF-8 (ASCII is checked 8 bytes at a time).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, load(bytes, index) & highBits == 0 {
                index += 8
            } else if bytes[index] < 0x80 {
                index += 1
            } else {
                var iterator = bytes[index...].makeIterator()
                var parser = Unicode.UTF8.ForwardParser()
                guard case .valid(let scalar) = parser.parseScalar(from: &iterator) else { return false }
                index += scalar.count
            }
        }
        return true
    }
}
