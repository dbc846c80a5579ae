import Testing
@testable import OpenplanCore

@Suite struct ValidationMeasureTests {
    private func plan(_ files: [String: String]) throws -> Plan {
        let result = TestSite(basics: files).load()
        #expect(!result.hasErrors, "\(result.listing)")
        return try #require(result.plan)
    }

    @Test func readsTheFormatsExample() throws {
        let plan = try self.plan(["Content/measures/lo.json": """
            {
              "id": "LO-VISITS",
              "title": "Local Offer website page views each month",
              "description": "Plain-English explanation of what is counted and why it matters.",
              "unit": "count",
              "direction": "increase",
              "priority": "1",
              "source": "Local Offer website analytics",
              "baseline": { "date": "2019-09", "value": 62000 },
              "targets":  [ { "date": "2020-03", "value": 72000 }, { "date": "2020-09", "value": 102000 } ],
              "actuals":  [ { "date": "2019-12", "value": 65000, "note": "optional" } ]
            }
            """, "Content/measures/visits.json": "[]"])
        let measure = try #require(plan.measureByID["LO-VISITS"])
        #expect(measure.unit == .count)
        #expect(measure.direction == .increase)
        #expect(measure.priority == "1")
        #expect(measure.source == "Local Offer website analytics")
        #expect(measure.baseline == DataPoint(date: PlanDate("2019-09")!, value: 62000))
        #expect(measure.targets.map(\.value) == [72000, 102000])
        #expect(measure.actuals == [DataPoint(date: PlanDate("2019-12")!, value: 65000, note: "optional")])
        #expect(measure.location == SourceLocation(file: "Content/measures/lo.json", line: 1, column: 1))
        #expect(plan.measuresByPriority["1"]?.map(\.id) == ["LO-VISITS"])
    }

    @Test func arrayFileNullBaselineTextValuesAndSortedReadings() throws {
        let plan = try self.plan(["Content/measures/ehcp.json": """
            [
              { "id": "EHCP-20", "title": "Plans in 20 weeks", "unit": "percent", "direction": "increase",
                "priority": 1, "baseline": null,
                "targets": [ { "date": "2026-03", "value": null, "text": "Target to be reviewed" } ],
                "actuals": [ { "date": "2025-06", "value": 41.5 }, { "date": "2024-12-31", "value": 30 } ] },
              { "id": "EHCP-Q", "title": "Plan quality", "unit": "score", "direction": "maintain" }
            ]
            """])
        let first = try #require(plan.measureByID["EHCP-20"])
        #expect(first.baseline == nil)
        #expect(first.priority == "1")
        #expect(first.targets == [DataPoint(date: PlanDate("2026-03")!, value: nil, text: "Target to be reviewed")])
        #expect(first.actuals.map(\.date.iso) == ["2024-12-31", "2025-06"])
        #expect(first.latest?.value == 41.5)
        let second = try #require(plan.measureByID["EHCP-Q"])
        #expect(second.targets.isEmpty && second.actuals.isEmpty && second.baseline == nil)
        #expect(second.location.line == 6)
    }

    @Test func singleMeasureIdDefaultsToFileName() throws {
        let plan = try self.plan(["Content/measures/WAIT-WEEKS.json": """
            {"title": "Weeks waited", "unit": "weeks", "direction": "decrease"}
            """])
        #expect(plan.measureByID["WAIT-WEEKS"]?.title == "Weeks waited")
    }
}
