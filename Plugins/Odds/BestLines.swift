/// Line shopping over The Odds API events: pure, allocation-light, and fast enough to run on
/// every request (a full NFL Sunday, 16 games × 10 books × 3 markets, well under 1 ms).
///
/// Per market, every book's line is the point of its first outcome (the home side for spreads,
/// Over for totals); the consensus line is the point most books quote (ties: the earliest in feed
/// order). Prices are compared only among books at the consensus line.
public enum BestLines {
    /// Best lines of every event, in feed order, for the given market keys.
    public static func slate(_ events: [OddsAPIEvent], markets: [String]) -> [GameLines] {
        events.map { game($0, markets: markets) }
    }

    /// Best lines of one event.
    public static func game(_ event: OddsAPIEvent, markets: [String]) -> GameLines {
        var lines: [String: [OutcomeLine]] = [:]
        for market in markets {
            let outcomes = bestOutcomes(of: market, in: event)
            if !outcomes.isEmpty { lines[market] = outcomes }
        }
        return GameLines(
            id: event.id, sport: event.sportKey, commenceTime: event.commenceTime,
            homeTeam: event.homeTeam, awayTeam: event.awayTeam, markets: lines,
            bookCount: event.bookmakers.count
        )
    }

    /// The outcomes of one market at its consensus line, ordered away/home (or Over/Under), then others.
    static func bestOutcomes(of marketKey: String, in event: OddsAPIEvent) -> [OutcomeLine] {
        // Each book's quote of this market, with its line.
        var quotes: [(book: Int, line: Double?, outcomes: [OddsAPIEvent.Outcome])] = []
        quotes.reserveCapacity(event.bookmakers.count)
        for (index, bookmaker) in event.bookmakers.enumerated() {
            guard let market = bookmaker.markets.first(where: { $0.key == marketKey }), !market.outcomes.isEmpty else { continue }
            let reference = market.outcomes.first(where: { $0.name == event.homeTeam || $0.name == "Over" }) ?? market.outcomes[0]
            quotes.append((index, reference.point, market.outcomes))
        }
        guard !quotes.isEmpty else { return [] }
        let consensus = mode(quotes.map(\.line))
        let atLine = quotes.filter { $0.line == consensus }

        var names: [String] = []
        for quote in atLine {
            for outcome in quote.outcomes where !names.contains(outcome.name) { names.append(outcome.name) }
        }
        let rank: (String) -> Int = { name in
            switch name {
            case event.awayTeam, "Over": 0
            case event.homeTeam, "Under": 1
            default: 2
            }
        }
        names = names.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)

        // No-vig probability per book quoting exactly two sides, averaged per side.
        let twoWay = names.count == 2
        var fairSums = [Double](repeating: 0, count: names.count)
        var fairBooks = 0
        if twoWay {
            for quote in atLine where quote.outcomes.count == 2 {
                guard let first = quote.outcomes.first(where: { $0.name == names[0] }),
                      let second = quote.outcomes.first(where: { $0.name == names[1] }) else { continue }
                let p0 = impliedProbability(american: first.price), p1 = impliedProbability(american: second.price)
                guard p0 + p1 > 0 else { continue }
                fairSums[0] += p0 / (p0 + p1)
                fairSums[1] += p1 / (p0 + p1)
                fairBooks += 1
            }
        }

        var result: [OutcomeLine] = []
        result.reserveCapacity(names.count)
        for (position, name) in names.enumerated() {
            var best: (decimal: Double, price: Double, book: Int)?
            var decimals: [Double] = []
            var point: Double?
            for quote in atLine {
                guard let outcome = quote.outcomes.first(where: { $0.name == name }) else { continue }
                let decimal = decimalOdds(american: outcome.price)
                decimals.append(decimal)
                if point == nil { point = outcome.point }
                if best == nil || decimal > best!.decimal { best = (decimal, outcome.price, quote.book) }
            }
            guard let best else { continue }
            result.append(OutcomeLine(
                name: name, point: point,
                bestPrice: Int(best.price.rounded()),
                bestBook: event.bookmakers[best.book].title,
                consensusPrice: american(decimal: median(&decimals)),
                fairProbability: twoWay && fairBooks > 0 ? rounded(fairSums[position] / Double(fairBooks), places: 4) : nil,
                bookCount: decimals.count
            ))
        }
        return result
    }

    /// Player props of one event (the event-odds endpoint): per market and player, the consensus
    /// line and the best over (or yes) and under (or no) prices at it. Sorted by market, then player.
    public static func props(_ event: OddsAPIEvent, markets: [String]) -> [PropLine] {
        struct Key: Hashable { var market: String; var player: String }
        var order: [Key] = []
        var quotes: [Key: [(book: Int, outcome: OddsAPIEvent.Outcome)]] = [:]
        for (index, bookmaker) in event.bookmakers.enumerated() {
            for market in bookmaker.markets where markets.contains(market.key) {
                for outcome in market.outcomes {
                    let key = Key(market: market.key, player: outcome.description ?? "")
                    if quotes[key] == nil { order.append(key) }
                    quotes[key, default: []].append((index, outcome))
                }
            }
        }
        let sorted = order.sorted { ($0.market, $0.player) < ($1.market, $1.player) }
        return sorted.map { key in
            let all = quotes[key] ?? []
            let line = mode(all.filter { isOver($0.outcome.name) }.map(\.outcome.point))
            let atLine = all.filter { $0.outcome.point == (line ?? all.first?.outcome.point) }
            func best(_ side: (String) -> Bool) -> (Int, String)? {
                var winner: (decimal: Double, price: Double, book: Int)?
                for quote in atLine where side(quote.outcome.name) {
                    let decimal = decimalOdds(american: quote.outcome.price)
                    if winner == nil || decimal > winner!.decimal { winner = (decimal, quote.outcome.price, quote.book) }
                }
                return winner.map { (Int($0.price.rounded()), event.bookmakers[$0.book].title) }
            }
            let over = best(isOver), under = best(isUnder)
            return PropLine(
                player: key.player, market: key.market, line: atLine.first?.outcome.point,
                overPrice: over?.0, overBook: over?.1, underPrice: under?.0, underBook: under?.1
            )
        }
    }

    // MARK: Maths on doubles (the hot path; the parlay tool does exact money maths)

    static func decimalOdds(american price: Double) -> Double {
        price > 0 ? 1 + price / 100 : 1 + 100 / -price
    }

    static func impliedProbability(american price: Double) -> Double {
        price > 0 ? 100 / (price + 100) : -price / (-price + 100)
    }

    static func american(decimal: Double) -> Int {
        decimal >= 2 ? Int(((decimal - 1) * 100).rounded()) : -Int((100 / (decimal - 1)).rounded())
    }

    private static func isOver(_ name: String) -> Bool { name == "Over" || name == "Yes" }
    private static func isUnder(_ name: String) -> Bool { name == "Under" || name == "No" }

    /// The most frequent value; ties go to the earliest.
    private static func mode(_ values: [Double?]) -> Double? {
        var bestValue: Double?
        var bestCount = 0
        for value in values {
            var count = 0
            for other in values where other == value { count += 1 }
            if count > bestCount {
                bestCount = count
                bestValue = value
            }
        }
        return bestValue
    }

    private static func median(_ values: inout [Double]) -> Double {
        values.sort()
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }

    private static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
