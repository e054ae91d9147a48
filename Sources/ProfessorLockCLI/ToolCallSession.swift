import AgentRuntime
import JSONValue
import ProfessorLock

/// `tools call`: one tool run with a printer in place of the chat.
struct ToolCallSession {
    let toolbox: Toolbox
    let json: Bool

    /// Runs the tool, prints its events as they happen and its result, returns the exit status.
    func run(name: String, arguments: String, caller: CallerIdentity) async throws -> Int32 {
        let bus = EventBus()
        let printer: any EventPrinter = json ? NDJSONEventPrinter(includesToolLifecycle: false) : HumanEventPrinter(showsToolLifecycle: false)
        let timeout = toolbox.toolTimeouts[name] ?? AgentConfiguration.defaultToolTimeout
        let registry = toolbox.registry
        async let printed: Void = printer.print(bus.events)
        let result = await registry.callStandalone(name: name, arguments: arguments, caller: caller, timeout: timeout, bus: bus)
        bus.finish()
        await printed
        printer.printResult(result)
        return result.exitStatus
    }
}

extension StandaloneToolResult {
    /// 0 ok, 1 the tool failed (or timed out), 2 bad arguments or unknown tool.
    var exitStatus: Int32 {
        switch self {
        case .succeeded: 0
        case .failed(.unknownTool), .failed(.invalidArguments): 2
        case .failed(.failed), .timedOut, .cancelled: 1
        }
    }

    /// The message shown for a failed call.
    var errorMessage: String? {
        switch self {
        case .succeeded: nil
        case .failed(let failure): failure.description
        case .timedOut(let limit): "the tool did not finish within \(limit)"
        case .cancelled: "cancelled"
        }
    }
}
