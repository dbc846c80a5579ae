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
    #expect(csv == "kind,date,value,text,note\r\n"
        + "baseline,2024-09,62000,,\r\n"
        + "actual,2025-01-15,65000.5,,\"Line one\nline two\"\r\n"
        + "target,2026-03,,\"To be \"\"reviewed\"\", later\",\r\n")
}

@Test func csvFieldsWithoutSpecialCharactersAreLeftAlone() {
    #expect(MeasureData.field("plain text") == "plain text")
    #expect(MeasureData.field("a,b") == "\"a,b\"")
    #expect(MeasureData.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(MeasureData.field("cr\rhere") == "\"cr\rhere\"")
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
