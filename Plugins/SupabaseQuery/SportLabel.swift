import Foundation
/// The one place sport labels are normalised.
///
/// The tables mix internal keys (`CFB`, `MMA`), full league names (`Major League Baseball` in legacy
/// `sports_events` rows), `College Football` in team picks and The Odds API keys (`basketball_nba`).
/// Filters on a sport column match every stored spelling of the sport; rows come back with the canonical key.
enum SportLabel {
    /// Canonical key → every spelling stored for it (the key itself first).
    static let spellings: [String: [String]] = [
        "NFL": ["NFL", "National Football League", "americanfootball_nfl"],
        "CFB": ["CFB", "College Football", "NCAAF", "NCAA Football", "americanfootball_ncaaf"],
        "NBA": ["NBA", "National Basketball Association", "basketball_nba"],
        "WNBA": ["WNBA", "Women's National Basketball Association", "basketball_wnba"],
        "NCAAB": ["NCAAB", "College Basketball", "NCAA Basketball", "basketball_ncaab"],
        "MLB": ["MLB", "Major League Baseball", "baseball_mlb"],
        "NHL": ["NHL", "National Hockey League", "icehockey_nhl"],
        "UFC": ["UFC", "MMA", "Mixed Martial Arts", "mma_mixed_martial_arts"],
    ]

    private static let canonicalBySpelling: [String: String] = {
        var map: [String: String] = [:]
        for (canonical, names) in spellings {
            for name in names { map[name.lowercased()] = canonical }
        }
        return map
    }()

    /// The canonical key of a stored or requested label (`"College Football"` → `"CFB"`); unknown labels unchanged.
    static func canonical(_ label: String) -> String {
        canonicalBySpelling[label.trimmingCharacters(in: .whitespaces).lowercased()] ?? label
    }

    /// Every stored spelling of the sport `label` names, for matching in SQL.
    static func storedSpellings(of label: String) -> [String] {
        let key = canonical(label)
        return spellings[key] ?? [label]
    }
}
