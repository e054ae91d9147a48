import ToolSupport

/// Every tool module this binary was built with. `tools.json` decides which of them run.
public enum ToolModuleCatalog {
    public static let all: [any ToolModule.Type] = []
}
