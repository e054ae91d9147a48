import ChatKitWidgets

/// The list that fills in as `web_search` finds results.
enum SearchWidget {
    static func searching(_ query: String) -> WidgetRoot {
        .listView(
            ListView(status: WidgetStatus(text: "Searching the web for “\(query)”", icon: .search), children: [
                ListViewItem { Caption(value: "Searching…", color: "secondary") }
            ])
        )
    }

    static func results(_ results: [WebSearchOutput.Result], query: String, provider: String, done: Bool) -> WidgetRoot {
        let status = done
            ? "\(results.count) result\(results.count == 1 ? "" : "s") for “\(query)” (\(providerName(provider)))"
            : "Searching the web for “\(query)”"
        return .listView(
            ListView(status: WidgetStatus(text: status, icon: .globe), children: results.map { result in
                ListViewItem(gap: 1) {
                    Text(value: result.title, weight: .semibold, truncate: true)
                    Caption(value: result.source, color: "secondary")
                    if !result.snippet.isEmpty { Text(value: result.snippet, size: .sm, maxLines: 3) }
                }
            })
        )
    }

    static func providerName(_ provider: String) -> String {
        provider == "google" ? "Google" : provider == "duckduckgo" ? "DuckDuckGo" : provider
    }
}
