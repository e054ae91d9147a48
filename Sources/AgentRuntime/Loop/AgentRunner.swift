/// Runs the agent loop: call the model with the full history, run the function calls it
/// returns (concurrently), feed their outputs back, and repeat until the model answers.
///
/// Semantics follow the OpenAI Agents SDK runner: the turn limit is checked before each model
/// call, `tool_choice` is dropped once a tool was used, every request replays the history
/// (each response's output items as received, then its function-call outputs in call order),
/// and tool failures, timeouts, invalid arguments and unknown tools become outputs the model
/// reads rather than errors that end the run.
public struct AgentRunner: Sendable {
    public let model: any ModelClient
    let tools: any ToolInvoking
    public let configuration: AgentConfiguration

    /// A runner over `tools`; one runner serves any number of runs, concurrently.
    public init(model: any ModelClient, tools: ToolRegistry, configuration: AgentConfiguration) {
        self.init(model: model, tools: tools as any ToolInvoking, configuration: configuration)
    }

    init(model: any ModelClient, tools: any ToolInvoking, configuration: AgentConfiguration) {
        self.model = model
        self.tools = tools
        self.configuration = configuration
    }

    /// Runs one conversation turn of the user (possibly many model turns).
    ///
    /// Writes every event of the run to `bus` and always finishes it before returning: the
    /// last event is `runFinished`, `clientToolCall` or `runFailed` (none when cancelled).
    /// Cancelling the calling task cancels the model stream and running tools and throws
    /// `CancellationError`.
    ///
    /// - Throws: ``AgentRunError`` after emitting `runFailed`, or `CancellationError`.
    public func run(history: [ModelInputItem], caller: CallerIdentity, bus: EventBus) async throws -> AgentRunResult {
        defer { bus.finish() }
        do {
            let result = try await loop(history: history, caller: caller, bus: bus)
            switch result.ending {
            case .finalAnswer(let text):
                await bus.send(.runFinished(finalText: text))
            case .clientToolCall(let call):
                await bus.send(.clientToolCall(id: call.id, callID: call.callID, name: call.name, arguments: call.arguments))
            }
            return result
        } catch {
            if Task.isCancelled || error is CancellationError { throw CancellationError() }
            let failure = (error as? AgentRunError)
                ?? (error as? ModelError).map(AgentRunError.model)
                ?? .modelClient(String(describing: error))
            await bus.send(.runFailed(message: failure.description))
            throw failure
        }
    }

    private func loop(history: [ModelInputItem], caller: CallerIdentity, bus: EventBus) async throws -> AgentRunResult {
        let executor = ToolBatchExecutor(tools: tools, configuration: configuration, caller: caller, bus: bus)
        let definitions = tools.definitions
        var newItems: [ModelInputItem] = []
        var toolChoice = configuration.toolChoice
        var usage: TokenUsage?
        var turn = 0
        while true {
            turn += 1
            if turn > configuration.maxTurns { throw AgentRunError.maxTurnsExceeded(configuration.maxTurns) }
            let request = ModelRequest(
                model: configuration.model,
                instructions: configuration.instructions,
                input: history + newItems,
                tools: definitions,
                toolChoice: toolChoice,
                parallelToolCalls: configuration.parallelToolCalls
            )
            let response = try await model.streamResponse(to: request) { event in
                if let agentEvent = AgentEvent(event) { await bus.send(agentEvent) }
            }
            try Task.checkCancellation()
            usage = usage + response.usage
            newItems.append(contentsOf: response.output.map(ModelInputItem.init))

            let calls = response.functionCalls
            if calls.isEmpty {
                return AgentRunResult(ending: .finalAnswer(response.finalText), newItems: newItems, turns: turn, usage: usage)
            }
            toolChoice = nil
            let batch = await executor.run(calls)
            try Task.checkCancellation()
            for (call, result) in zip(calls, batch.results) where call.callID != batch.clientToolCall?.callID {
                newItems.append(.functionCallOutput(callID: call.callID, output: result.output))
            }
            if let clientCall = batch.clientToolCall {
                return AgentRunResult(ending: .clientToolCall(clientCall), newItems: newItems, turns: turn, usage: usage)
            }
        }
    }
}

extension AgentEvent {
    /// The bus event for a model stream event; completed function calls are reported later,
    /// when they run (`toolStarted`).
    init?(_ event: ModelStreamEvent) {
        switch event {
        case .messageStarted(let id): self = .assistantMessageStarted(id: id)
        case .textDelta(let messageID, let delta): self = .assistantTextDelta(messageID: messageID, delta: delta)
        case .messageDone(let id, let text): self = .assistantMessageDone(id: id, text: text)
        case .functionCallDone: return nil
        }
    }
}

extension ModelInputItem {
    /// How a response's output item is replayed in the next request.
    init(_ item: ModelOutputItem) {
        switch item {
        case .message(let id, let text): self = .assistantMessage(id: id, text: text)
        case .functionCall(let call): self = .functionCall(id: call.id, callID: call.callID, name: call.name, arguments: call.arguments)
        }
    }
}

extension ModelResponse {
    /// The text of the last message item; `""` when the response has none.
    var finalText: String {
        for item in output.reversed() {
            if case .message(_, let text) = item { return text }
        }
        return ""
    }
}

/// Sums usage, keeping `nil` only while no turn has reported any.
private func + (lhs: TokenUsage?, rhs: TokenUsage?) -> TokenUsage? {
    guard let lhs else { return rhs }
    guard let rhs else { return lhs }
    return TokenUsage(inputTokens: lhs.inputTokens + rhs.inputTokens, outputTokens: lhs.outputTokens + rhs.outputTokens)
}
