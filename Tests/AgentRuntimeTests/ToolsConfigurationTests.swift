import AgentRuntime
import Foundation
import JSONValue
import Testing

@Suite("tools.json configuration")
struct ToolsConfigurationTests {
    let modules: Set<String> = ["odds", "web_search", "statmuse"]

    private func parse(_ text: String, environment: [String: String] = [:]) throws(ToolsConfigurationError) -> ToolsConfiguration {
        try ToolsConfiguration(parsing: Data(text.utf8), source: "/etc/pl/tools.json", knownModules: modules, environment: environment)
    }

    private func error(_ text: String, environment: [String: String] = [:]) -> String? {
        do {
            _ = try parse(text, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("file settings are read, and unmentioned modules get defaults")
    func fileSettings() throws {
        let configuration = try parse("""
            {"tools": {"odds": {"enabled": true, "timeout_seconds": 20, "cache_ttl_seconds": 3600,
              "base_url": "https://api.the-odds-api.com/v4", "api_key_env": "ODDS_API_KEY",
              "options": {"regions": ["us", "uk"]}},
             "statmuse": {"enabled": false}}}
            """, environment: ["ODDS_API_KEY": "secret"])
        let odds = configuration.settings(for: "odds")
        #expect(odds == ToolSettings(
            enabled: true, timeoutSeconds: 20, cacheTTLSeconds: 3600, baseURL: "https://api.the-odds-api.com/v4",
            apiKey: "secret", options: ["regions": ["us", "uk"]]))
        #expect(try odds.option("regions", as: [String].self) == ["us", "uk"])
        #expect(configuration.settings(for: "web_search") == ToolSettings())
        #expect(configuration.enabledModules == ["odds", "web_search"])
    }

    @Test("PROFESSOR_LOCK_TOOL_* variables override the file")
    func environmentOverrides() throws {
        let configuration = try parse(
            #"{"tools": {"web_search": {"enabled": false, "timeout_seconds": 20, "base_url": "https://a.example"}}}"#,
            environment: [
                "PROFESSOR_LOCK_TOOL_WEB_SEARCH_ENABLED": "true",
                "PROFESSOR_LOCK_TOOL_WEB_SEARCH_TIMEOUT_SECONDS": "7.5",
                "PROFESSOR_LOCK_TOOL_WEB_SEARCH_CACHE_TTL_SECONDS": "0",
                "PROFESSOR_LOCK_TOOL_WEB_SEARCH_BASE_URL": "http://127.0.0.1:9000",
            ])
        #expect(configuration.settings(for: "web_search") == ToolSettings(
            enabled: true, timeoutSeconds: 7.5, cacheTTLSeconds: 0, baseURL: "http://127.0.0.1:9000"))
    }

    @Test("a tool's own base-URL variable overrides the file, and the PROFESSOR_LOCK one overrides both")
    func baseURLPrecedence() throws {
        let file = #"{"tools": {"statmuse": {"base_url": "https://file.example", "base_url_env": "STATMUSE_URL"}}}"#
        #expect(try parse(file, environment: ["STATMUSE_URL": "https://env.example"]).settings(for: "statmuse").baseURL == "https://env.example")
        let both = ["STATMUSE_URL": "https://env.example", "PROFESSOR_LOCK_TOOL_STATMUSE_BASE_URL": "https://override.example"]
        #expect(try parse(file, environment: both).settings(for: "statmuse").baseURL == "https://override.example")
    }

    @Test("no file means defaults for every known module plus environment")
    func defaultsWithoutFile() throws {
        let configuration = try ToolsConfiguration(knownModules: modules, environment: ["PROFESSOR_LOCK_TOOL_ODDS_ENABLED": "0"])
        #expect(configuration.enabledModules == ["statmuse", "web_search"])
    }

    @Test("an unknown module stops start-up naming the file, the key and the known modules")
    func unknownModule() {
        #expect(error(#"{"tools": {"odds_v2": {}}}"#) == "/etc/pl/tools.json: tools.odds_v2: unknown tool module (known: odds, statmuse, web_search)")
    }

    @Test("malformed files and settings say exactly what is wrong", arguments: [
        ("{\"tools\": ", "/etc/pl/tools.json: not valid JSON"),
        ("[]", "/etc/pl/tools.json: expected a JSON object with a \"tools\" object"),
        (#"{"tool": {}}"#, "/etc/pl/tools.json: tool: unknown key (expected only \"tools\")"),
        (#"{"tools": []}"#, "/etc/pl/tools.json: tools: expected an object keyed by tool module name"),
        (#"{"tools": {"odds": {"timeout_seconds": "20"}}}"#, "/etc/pl/tools.json: tools.odds.timeout_seconds: expected a positive number of seconds, got \"20\""),
        (#"{"tools": {"odds": {"enabled": "yes"}}}"#, "/etc/pl/tools.json: tools.odds.enabled: expected true or false, got \"yes\""),
        (#"{"tools": {"odds": {"base_url": "ftp://x"}}}"#, "/etc/pl/tools.json: tools.odds.base_url: expected an http(s) URL, got \"ftp://x\""),
        (#"{"tools": {"odds": {"options": 3}}}"#, "/etc/pl/tools.json: tools.odds.options: expected an object, got 3"),
    ])
    func malformed(_ text: String, _ expected: String) {
        #expect(error(text) == expected)
    }

    @Test("a misspelled setting is rejected and points at options")
    func misspelledSetting() {
        #expect(error(#"{"tools": {"odds": {"timeout": 5}}}"#)?.hasPrefix("/etc/pl/tools.json: tools.odds.timeout: unknown setting") == true)
    }

    @Test("a malformed environment override names the variable")
    func malformedEnvironment() {
        #expect(error("{}", environment: ["PROFESSOR_LOCK_TOOL_ODDS_TIMEOUT_SECONDS": "soon"])
            == "environment: PROFESSOR_LOCK_TOOL_ODDS_TIMEOUT_SECONDS: expected a positive number of seconds, got \"soon\"")
    }

    @Test("a missing file is an error naming the path")
    func missingFile() {
        #expect(throws: ToolsConfigurationError(source: "/nonexistent/tools.json", key: "", problem: "cannot read the file")) {
            try ToolsConfiguration.load(contentsOf: "/nonexistent/tools.json", knownModules: modules, environment: [:])
        }
    }

    @Test("a malformed tool-specific option names its key")
    func malformedOption() throws {
        let settings = try parse(#"{"tools": {"odds": {"options": {"regions": "us"}}}}"#).settings(for: "odds")
        #expect(throws: ToolsConfigurationError(source: "options", key: "regions", problem: #"expected Array<String>, got "us""#)) {
            try settings.option("regions", as: [String].self)
        }
    }
}
