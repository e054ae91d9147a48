import Foundation

/// A search site on loopback, shared by the `web_search` tests in-process and through the CLI: a
/// DuckDuckGo results page, a Google CSE response and the result pages (a gzipped UTF-8 article and a
/// windows-1252 page); every other path is a 404. The handler takes the server's base URL, which the
/// result pages link to.
public enum SearchFixtureSite {
    /// The handler; `googleStatus` other than 200 makes Google answer with that error.
    public static func handler(googleStatus: Int = 200) throws -> @Sendable (FixtureHTTPServer.Request, String) -> FixtureHTTPServer.Response {
        let ddg = String(decoding: try fixtureBytes("WebSearch/ddg-results.html"), as: UTF8.self)
        let google = String(decoding: try fixtureBytes("WebSearch/google-cse.json"), as: UTF8.self)
        let article = try fixtureBytes("WebSearch/article.html.gz")
        let notes = try fixtureBytes("WebSearch/article-windows-1252.html")
        return { request, base in
            switch request.path {
            case "/html/":
                let encoded = base.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                return .html(ddg.replacingOccurrences(of: "{{BASE_ENC}}", with: encoded))
            case "/customsearch/v1":
                guard googleStatus == 200 else { return .json(#"{"error":{"code":\#(googleStatus),"message":"Quota exceeded"}}"#, status: googleStatus) }
                return .json(google.replacingOccurrences(of: "{{BASE}}", with: base))
            case "/article":
                return .init(headers: ["Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"], body: article)
            case "/notes":
                return .init(headers: ["Content-Type": "text/html"], body: notes)
            default:
                return .status(404)
            }
        }
    }
}
