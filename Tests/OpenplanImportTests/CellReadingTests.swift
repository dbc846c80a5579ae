import OpenplanCore
import Testing
@testable import OpenplanImport

private func due(_ text: String) -> DueDate? {
    let cell = SourceCell(text: text, place: SourcePlace(file: "x.csv", position: .csv(line: 1, column: 1)))
    return try? DueReader.read(cell).get().due
}

@Test func datesAsPlansWriteThem() {
    #expect(due("Sep-26") == DueDate("2026-09"))
    #expect(due("Sep 2025") == DueDate("2025-09"))
    #expect(due("September 2026") == DueDate("2026-09"))
    #expect(due("Sept 2026") == DueDate("2026-09"))
    #expect(due("31/03/2026") == DueDate("2026-03-31"))
    #expect(due("1/4/26") == DueDate("2026-04-01"))
    #expect(due("2026-03") == DueDate("2026-03"))
    #expect(due("31 March 2026") == DueDate("2026-03-31"))
    #expect(due("Quarterly") == .recurring(.quarterly))
    #expect(due("termly") == .recurring(.termly))
    #expect(due("Monthly") == .recurring(.monthly))
    #expect(due("Annually") == .recurring(.annually))
    #expect(due("") == .notSet)
    #expect(due("Jun 2026 (quarterly reviews following this)") == DueDate("2026-06"))
    #expect(due("31/13/2026") == nil)
    #expect(due("2026-02-30") == nil)
    #expect(due("soon") == nil)
    let impossible = DueReader.read(SourceCell(text: "31/13/2026", place: SourcePlace(file: "x", position: .csv(line: 1, column: 1))))
    #expect(impossible == .failure(.impossible("31/13/2026")))
    // A year of 0000 is no year: reading it would write a due date the plan then rejects.
    for text in ["Sep 0000", "09/0000", "Sept-0000"] {
        let cell = DueReader.read(SourceCell(text: text, place: SourcePlace(file: "x", position: .csv(line: 1, column: 1))))
        #expect(cell == .failure(.impossible(text)), "\(text)")
    }
}

@Test func milestoneLinesNumberedOrNot() {
    let (found, others) = MilestoneReader.split("1. Sep 2025: pilot\n2) Jan-26: all districts\n- March 2026: report\nNot a milestone: words")
    #expect(found.map(\.text) == ["pilot", "all districts", "report"])
    #expect(found.map(\.due) == [DueDate("2025-09")!, DueDate("2026-01")!, DueDate("2026-03")!])
    #expect(others == ["Not a milestone: words"])
}

@Test func leadsSplitOnSlashesAmpersandsAndAnd() {
    #expect(LeadDirectory.split("NB / CB") == ["NB", "CB"])
    #expect(LeadDirectory.split("PC & JA; KN") == ["PC", "JA", "KN"])
    #expect(LeadDirectory.split("Head of SEND and DCO") == ["Head of SEND", "DCO"])
    #expect(LeadDirectory.split("AMC\nCB") == ["AMC", "CB"])
    #expect(LeadDirectory.split("NB and CB") == ["NB", "CB"])
    #expect(LeadDirectory.split("AD Education and Skills / Head of SEND") == ["AD Education and Skills", "Head of SEND"])
    #expect(LeadDirectory.split("SEND & AP Transformation and Improvement Lead") == ["SEND & AP Transformation and Improvement Lead"])
    #expect(LeadDirectory.split("Head of SEND and Director of Public Health") == ["Head of SEND", "Director of Public Health"])
    // A lead already in people.yml is found whole, even with "and" in the role.
    var directory = LeadDirectory(people: [Person(id: "NB", role: "SEND and AP Transformation and Improvement Lead",
                                                  location: SourceLocation(file: "people.yml", line: 1))])
    #expect(directory.ids(for: "SEND and AP Transformation and Improvement Lead", place: "") == ["NB"])
    #expect(directory.ids(for: "nb / Designated Clinical Officer", place: "") == ["NB", "DCO"])
    #expect(directory.ids(for: "Director of Children's Services", place: "") == ["DCS"])
    #expect(directory.added.map(\.role) == ["Designated Clinical Officer", "Director of Children's Services"])
}

@Test func statusFromWordsLettersAndFillColours() {
    func status(_ text: String, fill: String? = nil) -> String? {
        let cell = SourceCell(text: text, fill: fill.flatMap { RGBColour(hex: $0) }, place: SourcePlace(file: "x", position: .csv(line: 1, column: 1)))
        var extra: [Status] = []
        return try? StatusReader.read(cell, scale: .standard, mayAddColours: false, extra: &extra).get().0
    }
    #expect(status("On track") == "on-track")
    #expect(status("G") == "on-track")
    #expect(status("B") == "complete")
    #expect(status("amber") == "issues")
    #expect(status("Completed") == "complete")
    #expect(status("", fill: "FF0000") == "off-track")
    #expect(status("", fill: "92D050") == "on-track")
    #expect(status("", fill: "FFFF00") == "issues")
    #expect(status("", fill: "00B0F0") == "complete")
    #expect(status("", fill: "FFFFFF") == "not-started")
    #expect(status("", fill: "7030A0") == nil)  // purple: the standard scale has none
    #expect(status("Sparkly") == nil)
}
