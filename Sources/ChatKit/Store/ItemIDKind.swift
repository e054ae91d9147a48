import Foundation

/// What an id is generated for; decides its prefix (`thr_`, `msg_`, `tc_`, `wf_`, `tsk_`, `atc_`, `shcx_`).
public enum ItemIDKind: String, Sendable, Hashable, CaseIterable {
    case thread
    case message
    case toolCall = "tool_call"
    case task
    case workflow
    case attachment
    case sdkHiddenContext = "sdk_hidden_context"

    public var prefix: String {
        switch self {
        case .thread: "thr"
        case .message: "msg"
        case .toolCall: "tc"
        case .task: "tsk"
        case .workflow: "wf"
        case .attachment: "atc"
        case .sdkHiddenContext: "shcx"
        }
    }

    /// A fresh id: the prefix, `_`, and 8 random lowercase hex characters (as the reference).
    public func generateID() -> String {
        prefix + "_" + UUID().uuidString.lowercased().prefix(8)
    }
}
