import Testing
@testable import OpenplanCore

@Test func formatsNumbersInEachUnit() {
    #expect(NumberText.value(62000, unit: .count) == "62,000")
    #expect(NumberText.value(1234567.5, unit: .count) == "1,234,567.5")
    #expect(NumberText.value(12.5, unit: .percent) == "12.5%")
    #expect(NumberText.value(12.46, unit: .percent) == "12.5%")
    #expect(NumberText.value(40, unit: .percent) == "40%")
    #expect(NumberText.value(1200, unit: .money) == "£1,200")
    #expect(NumberText.value(1200.5, unit: .money) == "£1,200.50")
    #expect(NumberText.value(-35, unit: .money) == "-£35")
    #expect(NumberText.value(97, unit: .weeks) == "97 weeks")
    #expect(NumberText.value(1, unit: .weeks) == "1 week")
    #expect(NumberText.value(1, unit: .days) == "1 day")
    #expect(NumberText.value(20.25, unit: .days) == "20.3 days")
    #expect(NumberText.value(3.75, unit: .score) == "3.75")
    #expect(NumberText.value(999, unit: .count) == "999")
    #expect(NumberText.value(1000, unit: .count) == "1,000")
    #expect(NumberText.value(0, unit: .count) == "0")
    #expect(NumberText.value(-0.001, unit: .count) == "0")
}

@Test func plainNumbersHaveNoGrouping() {
    #expect(NumberText.plain(62000) == "62000")
    #expect(NumberText.plain(12.5) == "12.5")
    #expect(NumberText.plain(-3) == "-3")
    #expect(NumberText.plain(.nan) == "")
}

@Test func percentagesAndCountsReadNaturally() {
    #expect(NumberText.percent(1, of: 3) == 33)
    #expect(NumberText.percent(2, of: 3) == 67)
    #expect(NumberText.percent(1, of: 8) == 13)
    #expect(NumberText.percent(0, of: 0) == 0)
    #expect(NumberText.count(1, "action", "actions") == "1 action")
    #expect(NumberText.count(1200, "action", "actions") == "1,200 actions")
    #expect(NumberText.difference(104, 97, unit: .weeks) == "7 weeks")
    #expect(NumberText.difference(40, 42.5, unit: .percent) == "2.5 percentage points")
}
