/// Mints short random ids (`<prefix>_<12 hex>`) for events that need correlating.
enum EventIdentifiers {
    static func make(_ prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xFFFF_FFFF_FFFF
        let hex = String(value, radix: 16)
        return prefix + "_" + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
