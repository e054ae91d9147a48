import FakeModelServer
import JSONValue

/// Model calls and replies the end-to-end tests script.
enum Scripted {
    static let parlayArguments =
        #"{"legs":[{"selection":"Buffalo Bills -3","odds":"+110","event":null,"market":null,"win_probability":null},"#
        + #"{"selection":"Kansas City Chiefs ML","odds":"-150","event":null,"market":null,"win_probability":null},"#
        + #"{"selection":"Lakers +5","odds":"-110","event":null,"market":null,"win_probability":null}],"stake":10,"bankroll":null}"#

    static func buildParlay(callID: String = "call_parlay") -> FakeFunctionCall {
        // Streamed in fragments, as a model does.
        let split = parlayArguments.index(parlayArguments.startIndex, offsetBy: 40)
        return FakeFunctionCall(
            name: "build_parlay", argumentFragments: [String(parlayArguments[..<split]), String(parlayArguments[split...])], callID: callID)
    }

    static func scoutReport(team: String = "Bills", callID: String = "call_scout") -> FakeFunctionCall {
        FakeFunctionCall(name: "scout_report", arguments: #"{"team":"\#(team)"}"#, callID: callID)
    }
}

extension JSONValue {
    /// Whether the compact JSON text of this value contains `text` (for widget contents).
    func mentions(_ text: String) -> Bool { jsonString().contains(text) }
}
