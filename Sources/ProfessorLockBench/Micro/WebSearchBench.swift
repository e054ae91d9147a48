import AgentRuntime
import AsyncHTTPClient
import Foundation
import Hummingbird
import JSONValue
import NIOCore
import NIOHTTP1
import ProfessorLock
import ToolSupport

/// `web_search` with 5 page fetches served locally: a DuckDuckGo-format results page and five
/// 30 KB articles answering after 10-50 ms. The tool's own cost is its wall time minus the time the
/// bench itself needs for the same fetches (the results page, then the five pages concurrently).
enum WebSearchBench {
    static let pageDelays: [Duration] = [.milliseconds(10), .milliseconds(20), .milliseconds(30), .milliseconds(40), .milliseconds(50)]

    static func run(paths: BenchPaths) async throws -> MicroResult {
        let article = ArticlePage.make(targetBytes: 30 * 1024)
        let router = Router()
        router.get("html") { request, _ -> Response in
            let port = request.head.authority.flatMap { $0.split(separator: ":").last }.map(String.init) ?? ""
            let iteration = request.uri.queryParameters.get("q")?.split(separator: " ").last.map(String.init) ?? "0"
            return html(resultsPage(port: port, iteration: iteration))
        }
        router.get("page/:index") { _, context -> Response in
            let index = Int(context.parameters.get("index") ?? "") ?? 0
            try await Task.sleep(for: pageDelays[min(max(index, 0), pageDelays.count - 1)])
            return html(article)
        }
        return try await withLocalHTTPServer(router) { port in
            let tools = paths.scratch.appendingPathComponent("web-search-tools.json")
            let disabled = ToolModuleCatalog.all.map { $0.name }.filter { $0 != "web_search" }.map { "\"\($0)\":{\"enabled\":false}" }
            try #"{"tools":{"web_search":{"enabled":true},\#(disabled.joined(separator: ","))}}"#.write(to: tools, atomically: true, encoding: .utf8)
            let environment = ["DUCKDUCKGO_BASE_URL": "http://127.0.0.1:\(port)", "WEB_SEARCH_ALLOW_PRIVATE": "1"]
            return try await withToolbox(configurationPath: tools.path, environment: environment, logger: benchLogger) { toolbox in
                try await measure(toolbox: toolbox, port: port)
            }
        }
    }

    private static func measure(toolbox: Toolbox, port: Int) async throws -> MicroResult {
        let context = ToolContext(callID: "call_bench", toolName: "web_search", caller: .operator_, sink: EventSink { _ in })
        var iteration = 0
        // Every call searches a new query and new URLs, so neither the answer cache nor a page cache helps.
        let tool = try await sample(iterations: 60, warmup: 5) {
            iteration += 1
            let arguments = #"{"query":"chiefs injury report mahomes \#(iteration)","max_results":5,"fetch_pages":true,"recency":null}"#
            guard case .succeeded(let output) = await toolbox.registry.invoke(name: "web_search", arguments: arguments, context: context) else {
                throw BenchFailure("web_search failed against the local pages")
            }
            let withPassages = output.value["results"]?.arrayValue?.filter { !($0["passages"]?.arrayValue?.isEmpty ?? true) }.count ?? 0
            guard withPassages == 5 else { throw BenchFailure("web_search scraped \(withPassages) of 5 pages") }
        }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = client.shutdown() }
        let fetches = try await sample(iterations: 60, warmup: 5) {
            iteration += 1
            let current = iteration
            _ = try await get(client, "http://127.0.0.1:\(port)/html/?q=chiefs+\(current)")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in pageDelays.indices {
                    group.addTask { _ = try await get(client, "http://127.0.0.1:\(port)/page/\(index)?i=\(current)") }
                }
                try await group.waitForAll()
            }
        }
        let added = tool.p50 - fetches.p50
        return MicroResult(
            name: "web_search, 5 local page fetches", p50: tool.p50.readable, p99: tool.p99.readable,
            figure: "tool adds \(added.readable) over the fetches alone (\(fetches.p50.readable))",
            target: "adds < 5.00 ms", met: added < .milliseconds(5))
    }

    private static func get(_ client: HTTPClient, _ url: String) async throws -> Int {
        let response = try await client.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
        return try await response.body.collect(upTo: 4 << 20).readableBytes
    }

    private static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Five results in DuckDuckGo's HTML format, linking (through `uddg` redirects) to the local pages.
    private static func resultsPage(port: String, iteration: String) -> String {
        let results = pageDelays.indices.map { index in
            let target = "http://127.0.0.1:\(port)/page/\(index)?i=\(iteration)"
            let encoded = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? target
            return """
                <div class="result results_links results_links_deep web-result"><div class="links_main links_deep result__body">
                <h2 class="result__title"><a rel="nofollow" class="result__a" href="//duckduckgo.com/l/?uddg=\(encoded)&amp;rut=\(index)">Chiefs injury report, part \(index + 1)</a></h2>
                <a class="result__snippet" href="//duckduckgo.com/l/?uddg=\(encoded)">The Kansas City <b>Chiefs</b> released their Friday injury report.</a>
                </div></div>
                """
        }
        return "<!DOCTYPE html><html><head><title>chiefs at DuckDuckGo</title></head><body><div id=\"links\" class=\"results\">\(results.joined(separator: "\n"))</div></body></html>"
    }
}
