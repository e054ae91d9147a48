import JSONValue

extension ConformanceOracle {
    /// Checks one widget root as the client would receive it: wrapped in a widget thread item
    /// (an `items.list` page), so the oracle validates every node strictly against its own
    /// component class and requires the canonical encoding.
    public func checkWidget(_ widget: JSONValue) async throws -> Verdict {
        let page: JSONValue = [
            "data": [[
                "id": "wdg_check", "thread_id": "thr_check", "created_at": "2025-11-16T18:00:00",
                "type": "widget", "widget": widget,
            ]],
            "has_more": false,
        ]
        return try await check(.itemsPage, page.jsonString())
    }
}
