import Testing
@testable import OpenplanCore

@Test func measureCSVQuotesFieldsAsRFC4180Says() {
    let measure = Measure(
        id: "M", title: "T", unit: .count, direction: .increase,
        baseline: DataPoint(date: PlanDate("2024-09")!, value: 62000),
        targets: [DataPoint(date: PlanDate("2026-03")!, value: nil, text: "To be \"reviewed\", later")],
        actuals: [DataPoint(date: PlanDate("2025-01-15")!, value: 65000.5, note: "Line one\nline two")],
        location: SourceLocation(file: "Content/measures/m.json", line: 1))
    let csv = MeasureData.csv(measure)
    // The first five columns are as before comparators and breakdowns: dimension and group come after.
    #expect(csv == "kind,date,value,text,note,dimension,group\r\n"
        + "baseline,2024-09,62000,,,,\r\n"
        + "actual,2025-01-15,65000.5,,\"Line one\nline two\",,\r\n"
        + "target,2026-03,,\"To be \"\"reviewed\"\", later\",,,\r\n")
}

@Test func csvFieldsWithoutSpecialCharactersAreLeftAlone() {
    #expect(MeasureData.field("plain text") == "plain text")
    #expect(MeasureData.field("a,b") == "\"a,b\"")
    #expect(MeasureData.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(MeasureData.field("cr\rhere") == "\"cr\rhere\"")
}

/// A spreadsheet runs a cell that starts with =, +, -, @ or a tab as a formula: editors' words
/// are written so they open as text, and negative numbers are still numbers.
@Test func csvWordsNeverOpenAsFormulas() {
    var measure = Measure(
        id: "M", title: "=HYPERLINK(\"https://example.org\",\"Click\")", unit: .score, direction: .increase,
        baseline: nil, targets: [],
        actuals: [DataPoint(date: PlanDate("2025-01")!, value: -0.81, note: "+1 on last year"),
                  DataPoint(date: PlanDate("2025-02")!, value: nil, text: "@mention", note: "-")],
        location: SourceLocation(file: "m.json", line: 1))
    measure.breakdowns = [Breakdown(by: "\tArea", groups: [BreakdownGroup(label: "=1+1", actuals: [point("2025-01", 2)])])]
    let own = MeasureData.csv(measure)
    #expect(own.contains("actual,2025-01,-0.81,,'+1 on last year,,\r\n"))
    #expect(own.contains("actual,2025-02,,'@mention,'-,,\r\n"))
    #expect(own.contains(",'\tArea,'=1+1\r\n"))
    let site = MeasureData.siteCSV([measure])
    #expect(site.contains("M,\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Click\"\")\",2025-01,-0.81,actual,"))
    for line in (own + site).split(separator: "\r\n") {
        for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
            let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
            if let first = text.first, "=+@\t".contains(first) { Issue.record("a cell opens as a formula: \(cell)") }
        }
    }
}

@Test func dataRowsAreInDateOrderWithBaselineFirstOnTies() {
    let measure = Measure(
        id: "M", title: "T", unit: .count, direction: .increase,
        baseline: DataPoint(date: PlanDate("2025-01")!, value: 1),
        targets: [DataPoint(date: PlanDate("2025-01")!, value: 3), DataPoint(date: PlanDate("2024-06")!, value: 0)],
        actuals: [DataPoint(date: PlanDate("2025-01")!, value: 2)],
        location: SourceLocation(file: "m.json", line: 1))
    #expect(MeasureData.rows(measure).map(\.code) == ["target", "baseline", "actual", "target"])
}

private func point(_ d: String, _ v: Double?, text: String? = nil, note: String? = nil) -> DataPoint {
    DataPoint(date: PlanDate(d)!, value: v, text: text, note: note)
}

private func comparedMeasure(id: ItemID = "ON-TIME") -> Measure {
    var m = Measure(id: id, title: "Plans on time, \"within 20 weeks\"", unit: .percent, direction: .increase,
                    baseline: point("2025-03", 41), targets: [point("2026-03", 60)], actuals: [point("2025-12", 55, note: "Provisional")],
                    location: SourceLocation(file: "m.json", line: 1))
    m.comparators = [Comparator(label: "England average", values: [point("2024-12", 46.4)]),
                     Comparator(label: "Similar areas, North West", values: [point("2024-12", nil, text: "Not published")])]
    m.breakdowns = [Breakdown(by: "Area", groups: [BreakdownGroup(label: "Eden", actuals: [point("2025-09", 58), point("2025-12", 61.5)]),
                                                   BreakdownGroup(label: "Carlisle", actuals: [point("2025-12", 50)])]),
                    Breakdown(by: "SEND status", groups: [BreakdownGroup(label: "EHCP", actuals: [point("2025-12", 52)])])]
    return m
}

@Test func measureCSVAddsComparatorAndBreakdownRowsAfterItsOwn() {
    let lines = MeasureData.csv(comparedMeasure()).components(separatedBy: "\r\n")
    #expect(lines == [
        "kind,date,value,text,note,dimension,group",
        "baseline,2025-03,41,,,,",
        "actual,2025-12,55,,Provisional,,",
        "target,2026-03,60,,,,",
        "comparator,2024-12,46.4,,,,England average",
        "comparator,2024-12,,Not published,,,\"Similar areas, North West\"",
        "breakdown,2025-09,58,,,Area,Eden",
        "breakdown,2025-12,61.5,,,Area,Eden",
        "breakdown,2025-12,50,,,Area,Carlisle",
        "breakdown,2025-12,52,,,SEND status,EHCP",
        "",
    ])
}

@Test func siteCSVHoldsEveryFigureOfEveryMeasureAsTidyRows() {
    let plain = Measure(id: "A-FIRST", title: "First", unit: .weeks, direction: .decrease, baseline: nil,
                        targets: [point("2026-01", nil, text: "To be agreed")], actuals: [],
                        location: SourceLocation(file: "a.json", line: 1))
    let csv = MeasureData.siteCSV([plain, comparedMeasure()])
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.first == "measure,title,date,value,kind,dimension,group,unit,text,note")
    #expect(lines[1] == "A-FIRST,First,2026-01,,target,,,weeks,To be agreed,")
    #expect(lines[2] == "ON-TIME,\"Plans on time, \"\"within 20 weeks\"\"\",2025-03,41,baseline,,,percent,,")
    #expect(lines.contains("ON-TIME,\"Plans on time, \"\"within 20 weeks\"\"\",2024-12,46.4,comparator,,England average,percent,,"))
    #expect(lines.contains("ON-TIME,\"Plans on time, \"\"within 20 weeks\"\"\",2025-12,61.5,breakdown,Area,Eden,percent,,"))
    // Every kind of figure is there, once per figure: 1 target + 3 own + 2 comparators + 4 group readings.
    let kinds = lines.dropFirst().filter { !$0.isEmpty }.map { line in
        ["baseline", "actual", "target", "comparator", "breakdown"].first { line.contains(",\($0),") }
    }
    #expect(kinds.count == 10)
    #expect(Set(kinds.compactMap { $0 }) == ["baseline", "actual", "target", "comparator", "breakdown"])
    #expect(csv.hasSuffix("\r\n"))
    // The same plan gives the same bytes.
    #expect(MeasureData.siteCSV([plain, comparedMeasure()]) == csv)
}

@Test func siteCSVIsPublishedAndLinkedFromEveryMeasurePage() throws {
    let (files, _) = try RenderFixtures.render(RenderFixtures.plan())
    let csv = try #require(files["measures/data.csv"])
    #expect(csv.hasPrefix(MeasureData.siteHeader + "\r\n"))
    #expect(csv.contains("EHCP-WEEKS,"))
    // A measure with no figures at all has no rows: the file holds figures, not measures.
    #expect(!csv.contains("LO-VISITS,"))
    let page = try #require(files["measures/ehcp-weeks/index.html"])
    #expect(page.contains("<a href=\"../../measures/data.csv\" download>All measures' figures as one spreadsheet (CSV)</a>"))
}

@Test func pageTableListsComparatorsByDateBesideTheMeasuresOwnFigures() {
    let rows = MeasureData.tableRows(comparedMeasure())
    #expect(rows.map(\.kind) == ["England average", "Similar areas, North West", "Baseline", "Reading", "Target"])
}
