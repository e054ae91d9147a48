import AgentRuntime
import ChatKitWidgets
import JSONValue
import Testing
@testable import ParlayTool

@Suite("parlay card actions")
struct ParlayActionTests {
    let handler = ParlayActionHandler()

    static let threeLegs = BuildParlayArguments(legs: [
        ParlayLegInput(selection: "Bills -5.5", odds: .number(-110), event: "Buccaneers @ Bills", market: "spreads"),
        ParlayLegInput(selection: "Chiefs ML", odds: .text("+150"), event: "Chiefs @ Broncos", market: "h2h"),
        ParlayLegInput(selection: "Over 44.5", odds: .text("-105"), event: "Lions @ Packers", market: "totals"),
    ], stake: 10)

    /// The card `build_parlay` shows, as the store would hold it.
    func shownCard(_ arguments: BuildParlayArguments = threeLegs) async throws -> WidgetRoot {
        let recorder = ToolEventRecorder()
        _ = try await BuildParlayTool().call(arguments: arguments, context: recorder.context())
        return try #require(recorder.shownWidgets.first)
    }

    func handle(_ type: ParlayActionName, _ payload: JSONValue? = nil, on widget: WidgetRoot, recorder: ToolEventRecorder = ToolEventRecorder()) async throws -> WidgetActionOutcome {
        try await handler.handle(WidgetAction(type: type.type, payload: payload), widget: widget, context: recorder.context(tool: "parlay"))
    }

    @Test("the tool shows a card whose stored slip rebuilds the same quote")
    func cardCarriesSlip() async throws {
        let card = try await shownCard()
        let slip = try #require(ParlaySlip.stored(in: card))
        #expect(try slip.quote() == (try ParlayCalculator.quote(Self.threeLegs)))
        #expect(card == ParlayCard.open(try slip.quote(), slip: slip))
    }

    @Test("remove_leg drops the leg and reprices the card in place")
    func removeLeg() async throws {
        let outcome = try await handle(.removeLeg, ["index": 1], on: try await shownCard())
        let widget = try #require(outcome.widget)
        let slip = try #require(ParlaySlip.stored(in: widget))
        #expect(slip.legs.map(\.selection) == ["Bills -5.5", "Over 44.5"])
        let quote = try slip.quote()
        #expect(widget == ParlayCard.open(quote, slip: slip))
        // 1.909090… × 1.952380… = 3.727273 → payout 37.27.
        #expect(quote.payout == 37.27)
        #expect(outcome.hiddenContext?.contains("removed \"Chiefs ML\"") == true)
    }

    @Test("remove_leg refuses to go below two legs, and rejects an index that does not exist")
    func removeLegLimits() async throws {
        let twoLegs = BuildParlayArguments(legs: Array(Self.threeLegs.legs.prefix(2)), stake: 10)
        await #expect(throws: ParlayError.self) { try await handle(.removeLeg, ["index": 0], on: try await shownCard(twoLegs)) }
        await #expect(throws: ParlayError.self) { try await handle(.removeLeg, ["index": 7], on: try await shownCard()) }
    }

    @Test("payloads are validated against their schema")
    func payloadValidation() async throws {
        let card = try await shownCard()
        await #expect(throws: ToolArgumentsError.self) { try await handle(.removeLeg, ["index": "one"], on: card) }
        await #expect(throws: ToolArgumentsError.self) { try await handle(.removeLeg, ["index": 0, "odds": "+10000"], on: card) }
        await #expect(throws: ToolArgumentsError.self) { try await handle(.setStake, nil, on: card) }
    }

    @Test("set_stake accepts the form's text or a number and reprices")
    func setStake() async throws {
        let card = try await shownCard()
        for payload: JSONValue in [["stake": "25.00"], ["stake": 25], ["stake": "$25"]] {
            let outcome = try await handle(.setStake, payload, on: card)
            let widget = try #require(outcome.widget)
            let quote = try #require(ParlaySlip.stored(in: widget)).quote()
            #expect(quote.stake == 25)
            #expect(quote.payout == (try ParlayCalculator.quote(legs: Self.threeLegs.legs, stake: 25)).payout)
        }
        await #expect(throws: ParlayError.self) { try await handle(.setStake, ["stake": "lots"], on: card) }
        await #expect(throws: ParlayError.self) { try await handle(.setStake, ["stake": -5], on: card) }
    }

    @Test("lock_in freezes the card and tells the model what was locked in")
    func lockIn() async throws {
        let outcome = try await handle(.lockIn, nil, on: try await shownCard())
        let locked = try #require(outcome.widget)
        let quote = try ParlayCalculator.quote(Self.threeLegs)
        #expect(locked == ParlayCard.locked(quote))
        #expect(WidgetActions.all(in: locked).isEmpty)
        #expect(outcome.hiddenContext?.hasPrefix("The user locked in this parlay: 1) Bills -5.5 -110, 2) Chiefs ML +150, 3) Over 44.5 -105") == true)
        await #expect(throws: ParlayError.self) { try await handle(.removeLeg, ["index": 0], on: locked) }
        await #expect(throws: ParlayError.self) { try await handle(.lockIn, nil, on: locked) }
    }

    @Test("a forged slip in the incoming payload is ignored: the stored card decides")
    func forgedPayloadIgnored() async throws {
        let forged: JSONValue = ["slip": ["legs": [["selection": "Fake", "odds": "+100000"]], "stake": 1_000_000]]
        let outcome = try await handle(.lockIn, forged, on: try await shownCard())
        #expect(outcome.widget == ParlayCard.locked(try ParlayCalculator.quote(Self.threeLegs)))
    }

    @Test("unknown actions are rejected")
    func unknownAction() async throws {
        await #expect(throws: ParlayError.self) {
            try await handler.handle(WidgetAction(type: "parlay.place_bet"), widget: try await shownCard(), context: ToolEventRecorder().context())
        }
    }
}

@Suite("adding picks to a parlay from another widget")
struct ParlayPickTests {
    let handler = ParlayActionHandler()

    static let bills = BoardLeg(selection: "Buffalo Bills -5.5", odds: "-110", event: "Tampa Bay Buccaneers @ Buffalo Bills", market: "spreads")
    static let over = BoardLeg(selection: "Over 48.5", odds: "-108", event: "Tampa Bay Buccaneers @ Buffalo Bills", market: "totals")
    static let chiefs = BoardLeg(selection: "Kansas City Chiefs", odds: "+120", event: "Kansas City Chiefs @ Denver Broncos", market: "h2h")

    /// A board offering three picks, shaped like the odds board (any widget works).
    static var board: WidgetRoot {
        .card(Card {
            for leg in [bills, over, chiefs] {
                Row {
                    Text(value: leg.selection)
                    Button(label: leg.odds, onClickAction: ActionConfig(type: "parlay.add_leg", payload: try! JSONValue(encoding: BoardLegPayload(leg: leg))))
                }
            }
            Button(label: "Build parlay", onClickAction: ActionConfig(type: "parlay.build"))
        })
    }

    func add(_ leg: BoardLeg, on widget: WidgetRoot, selected: Bool = false) async throws -> WidgetActionOutcome {
        try await handler.handle(
            WidgetAction(type: "parlay.add_leg", payload: try JSONValue(encoding: BoardLegPayload(leg: leg, selected: selected))),
            widget: widget, context: ToolEventRecorder().context()
        )
    }

    @Test("add_leg marks the pick in the widget; pressing it again unmarks it")
    func toggle() async throws {
        let once = try #require(try await add(Self.bills, on: Self.board).widget)
        #expect(ParlayPicks.selected(in: once) == [Self.bills])
        let twice = try #require(try await add(Self.chiefs, on: once).widget)
        #expect(ParlayPicks.selected(in: twice) == [Self.bills, Self.chiefs])
        let outcome = try await add(Self.bills, on: twice, selected: true)
        let unmarked = try #require(outcome.widget)
        #expect(ParlayPicks.selected(in: unmarked) == [Self.chiefs])
        #expect(outcome.hiddenContext?.contains("removed \"Buffalo Bills -5.5\"") == true)
    }

    @Test("the add_leg payload wire shape is {leg: {selection, odds, event, market}, selected}")
    func wireShape() throws {
        let payload = try JSONValue(encoding: BoardLegPayload(leg: Self.chiefs))
        #expect(payload == [
            "leg": ["selection": "Kansas City Chiefs", "odds": "+120", "event": "Kansas City Chiefs @ Denver Broncos", "market": "h2h"],
            "selected": false,
        ])
    }

    @Test("a pick the stored widget does not offer is rejected")
    func forgedPick() async throws {
        var forged = Self.chiefs
        forged.odds = "+10000"
        await #expect(throws: ParlayError.self) { try await add(forged, on: Self.board) }
    }

    @Test("build shows a parlay card for the selected picks")
    func build() async throws {
        var board = Self.board
        for leg in [Self.bills, Self.chiefs] { board = try #require(try await add(leg, on: board).widget) }
        let recorder = ToolEventRecorder()
        let outcome = try await handler.handle(WidgetAction(type: "parlay.build"), widget: board, context: recorder.context())
        #expect(outcome.widget == nil)
        let card = try #require(recorder.shownWidgets.first)
        let slip = try #require(ParlaySlip.stored(in: card))
        #expect(slip.legs.map(\.selection) == ["Buffalo Bills -5.5", "Kansas City Chiefs"])
        #expect(slip.stake == 10)
        // 1.909090… × 2.2 = 4.2 → +320, payout 42.00.
        #expect(try slip.quote().payout == 42)
        #expect(outcome.hiddenContext?.contains("combined +320") == true)
    }

    @Test("build with fewer than two picks says what to do")
    func buildTooFew() async throws {
        let board = try #require(try await add(Self.bills, on: Self.board).widget)
        do {
            _ = try await handler.handle(WidgetAction(type: "parlay.build"), widget: board, context: ToolEventRecorder().context())
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("pick at least 2 outcomes"))
        }
    }
}
