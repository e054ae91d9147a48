import ProfessorLock
import Testing

@Suite("Connection budget")
struct ConnectionBudgetTests {
    @Test("each connection is budgeted two descriptors, with a reserve kept for the store, tools and runtime")
    func budget() {
        #expect(ConnectionBudget.maximumConnections(fileLimit: 20_000) == 9_744)
        #expect(ConnectionBudget.maximumConnections(fileLimit: 1_024) == 256)
    }

    @Test("a tiny open-file limit still serves a few connections")
    func tinyLimit() {
        #expect(ConnectionBudget.maximumConnections(fileLimit: 256) == 16)
    }
}
