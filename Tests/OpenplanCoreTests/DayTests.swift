import Testing
@testable import OpenplanCore

@Test func parsesDaysAndRejectsImpossibleOnes() {
    #expect(Day(iso: "2026-03-31")?.long == "31 March 2026")
    #expect(Day(iso: "2026-02-30") == nil)
    #expect(PlanDate("2026-13") == nil)
    #expect(PlanDate("2026-02")?.end.iso == "2026-02-28")
    #expect(Day(ordinal: Day(iso: "2024-02-29")!.ordinal) == Day(iso: "2024-02-29"))
}
