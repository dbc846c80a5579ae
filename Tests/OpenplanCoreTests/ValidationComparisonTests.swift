import Testing
@testable import OpenplanCore

/// Content format 1.1: a measure's `comparators` and `breakdowns`.
@Suite struct ValidationComparisonTests {
    @Test func readsTheFormatsExample() throws {
        let result = TestSite(basics: ["Content/measures/lo.json": """
            {
              "id": "EHCP-20", "title": "New plans finished in 20 weeks", "unit": "percent", "direction": "increase",
              "actuals": [ { "date": "2025-12", "value": 55.0 } ],
              "comparators": [
                { "label": "England average", "values": [ { "date": "2024-12", "value": 46.4 }, { "date": "2023-12", "value": 50.3 } ] },
                { "label": "Similar areas",   "values": [ { "date": "2024-12", "value": 51.0 } ] }
              ],
              "breakdowns": [
                { "by": "Area", "groups": [
                    { "label": "Barrow-in-Furness", "actuals": [ { "date": "2025-12", "value": 52.0 } ] },
                    { "label": "Eden",              "actuals": [ { "date": "2025-12", "value": 61.5 }, { "date": "2025-09", "value": 58 } ] } ] },
                { "by": "Phase", "groups": [ { "label": "Primary", "actuals": [] } ] }
              ]
            }
            """]).load()
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        let measure = try #require(result.plan?.measureByID["EHCP-20"])
        #expect(measure.comparators.map(\.label) == ["England average", "Similar areas"])
        #expect(measure.comparators[0].values.map(\.date.iso) == ["2023-12", "2024-12"], "sorted oldest first")
        #expect(measure.comparators[0].latest?.value == 46.4)
        #expect(measure.breakdowns.map(\.by) == ["Area", "Phase"])
        #expect(measure.breakdowns[0].groups.map(\.label) == ["Barrow-in-Furness", "Eden"])
        #expect(measure.breakdowns[0].groups[1].actuals.map(\.value) == [58, 61.5])
        #expect(measure.breakdowns[0].groups[1].latest?.value == 61.5)
        #expect(measure.breakdowns[1].groups[0].actuals.isEmpty)
    }

    @Test func reportsEveryProblemAtItsPlace() throws {
        let result = TestSite(basics: ["Content/measures/m.json": """
            {
              "id": "M", "title": "Waiting", "unit": "weeks", "direction": "decrease",
              "comparators": [
                { "label": "England average", "values": [ { "date": "2024-13", "value": 4 } ] },
                { "label": "england average", "values": [] },
                "Similar areas",
                { "values": [ { "date": "2024-12", "value": "4" } ] }
              ],
              "breakdowns": [
                { "by": "Area: North", "groups": [] },
                { "by": "Area", "groups": [ { "label": "Eden", "actuals": [] }, { "label": "Eden", "actuals": [] } ] },
                { "by": "area", "groups": [ { "label": "Carlisle" } ] },
                { "by": "Phase" },
                { "by": "Age", "groups": [ { "label": "0 to 5", "actual": [] } ] }
              ]
            }
            """]).load()
        let found = result.diagnostics.map { "\($0.severity) \($0.line):\($0.column) \($0.message)" }
        func has(_ severity: Diagnostic.Severity, _ line: Int, _ column: Int, _ words: String) {
            #expect(result.diagnostics.contains { $0.severity == severity && $0.line == line && $0.column == column
                        && $0.message.contains(words) && $0.file == "Content/measures/m.json" },
                    "\(severity) at \(line):\(column) containing \(words); found \(found)")
        }
        has(.error, 4, 57, "2024-13")
        has(.error, 5, 16, "already called \"england average\"")
        has(.error, 6, 5, "Each item in \"comparators\" should be an object")
        has(.error, 7, 5, "\"label\"")
        has(.error, 7, 49, "Remove the quotes")
        has(.error, 10, 13, "should not contain a colon")
        has(.error, 11, 80, "already called \"Eden\"")
        has(.error, 12, 13, "already has a breakdown by \"area\"")
        has(.error, 13, 5, "\"groups\"")
        has(.warning, 14, 53, "\"actual\" is not a key")
        #expect(!found.contains { $0.contains("\"England average\" has no figures") },
                "a comparator whose only figure has a bad date is reported at the date, not as empty")
        let notAList = TestSite(basics: ["Content/measures/n.json": """
            { "id": "N", "title": "N", "unit": "count", "direction": "increase",
              "comparators": [ { "label": "England", "values": { "date": "2024-12" } } ] }
            """]).load()
        #expect(notAList.diagnostics.map(\.message).filter { $0.contains("no figures") }.isEmpty, "\(notAList.listing)")
        #expect(notAList.diagnostics.contains { $0.message.contains("\"values\" should be a list") && $0.line == 2 })
        #expect(result.diagnostics.count == 10, "\(found)")
        #expect(result.hasErrors)
    }
}
