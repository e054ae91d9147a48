import JSONValue

/// The best price per outcome and market across bookmakers, from The Odds API `bookmakers` array stored in
/// `sports_events.metadata.full_data`: what a bettor shopping lines wants, in a fraction of the size.
enum OddsSummary {
    /// `{"h2h": [{"name", "price", "book"}], "spreads": [{"name", "point", "price", "book"}], …}`;
    /// `null` when the event has no bookmakers.
    static func summarise(_ bookmakers: JSONValue) -> JSONValue {
        guard let books = bookmakers.arrayValue, !books.isEmpty else { return .null }
        struct Best { var price: Double; var point: JSONValue; var book: String }
        var best: [String: [String: Best]] = [:]
        var order: [String: [String]] = [:]
        for book in books {
            guard let bookObject = book.objectValue else { continue }
            let title = bookObject["title"]?.stringValue ?? bookObject["key"]?.stringValue ?? "unknown"
            for market in bookObject["markets"]?.arrayValue ?? [] {
                guard let marketKey = market.objectValue?["key"]?.stringValue else { continue }
                for outcome in market.objectValue?["outcomes"]?.arrayValue ?? [] {
                    guard let fields = outcome.objectValue, let name = fields["name"]?.stringValue,
                          let price = fields["price"]?.doubleValue else { continue }
                    let point = fields["point"] ?? .null
                    let key = "\(name)|\(point.jsonString())"
                    if best[marketKey]?[key] == nil { order[marketKey, default: []].append(key) }
                    if let current = best[marketKey]?[key], current.price >= price { continue }
                    best[marketKey, default: [:]][key] = Best(price: price, point: point, book: title)
                }
            }
        }
        var summary: [String: JSONValue] = [:]
        for (market, keys) in order {
            summary[market] = .array(keys.compactMap { key in
                guard let entry = best[market]?[key] else { return nil }
                let name = String(key.prefix { $0 != "|" })
                var fields: [String: JSONValue] = ["name": .string(name), "price": .int(Int(entry.price)), "book": .string(entry.book)]
                if entry.point != .null { fields["point"] = entry.point }
                return .object(fields)
            })
        }
        return .object(summary)
    }
}
