import Foundation
import OpenplanCore
import Testing
@testable import OpenplanImport

/// A fresh empty folder for one test's site.
func temporarySite() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-import-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let importDay = Day(iso: "2026-12-01")!

func importFixture(_ name: String, into site: URL, write: Bool = true) throws -> PlanImport.Outcome {
    let importer = PlanImport(siteFolder: site, options: .init(today: importDay))
    let outcome = try importer.plan(file: ImportFixtures.path(name), displayName: name)
    if write && !outcome.hasProblems { try importer.write(outcome) }
    return outcome
}

/// Every file under the folder, with its bytes.
func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
    while let path = walker.nextObject() as? String {
        if let data = FileManager.default.contents(atPath: root + "/" + path) { files[path] = data }
    }
    return files
}

@Test func wordPlanWithMergedGroupsAndColourOnlyStatusBecomesASite() throws {
    let site = try temporarySite()
    let outcome = try importFixture("cumberland-plan.docx", into: site)
    #expect(!outcome.hasProblems)
    let actions = Dictionary(uniqueKeysWithValues: outcome.plan.actions.map { ($0.id, $0) })
    // The repeated heading row is skipped; ref 2a carries on into the second table.
    #expect(outcome.plan.actions.map(\.id) == ["1.1", "1.2", "1.3", "2a.1", "2a.2", "2a.3", "2b.1"])
    // Merged Ref, Outcome and Lead cells belong to every row of their group.
    #expect(actions["1.3"]?.leads == ["NB", "CB"])
    #expect(actions["2a.2"]?.leads == ["PC", "JA"])
    #expect(actions["2a.3"]?.leads == ["DCO"])
    // Status from the cell colour alone; an empty cell is not started and is listed.
    #expect(outcome.plan.actions.map(\.status) == ["on-track", "issues", "on-track", "off-track", "not-started", "complete", "on-track"])
    #expect(outcome.plan.emptyStatuses == ["cumberland-plan.docx: table 1, row 7, column \"R A G\""])
    #expect(actions["1.1"]?.due == DueDate("2026-01"))
    #expect(actions["1.3"]?.due == .recurring(.quarterly))
    #expect(actions["2a.3"]?.due == DueDate("2027-03-31"))
    #expect(actions["2a.2"]?.due == DueDate("2026-06"))
    #expect(actions["2a.2"]?.body.contains("Jun 2026 (quarterly reviews following this)") == true)
    #expect(actions["2a.2"]?.priorities == ["1"])
    #expect(actions["1.2"]?.milestones.map(\.text) == ["tracking system live", "first termly report"])
    #expect(actions["1.2"]?.title == "Track whether advice arrives on time")
    // Not set yet: no lead, no date.
    #expect(actions["2b.1"]?.due == .notSet)
    #expect(actions["2b.1"]?.leads == [])
    #expect(outcome.plan.newPeople.map(\.id) == ["NB", "CB", "PC", "JA", "DCO"])
    #expect(outcome.plan.newPeople.last?.role == "Designated Clinical Officer")

    // The site it writes loads without a single error.
    let loaded = ContentLoader(siteFolder: site).load()
    #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    #expect(loaded.plan?.actions.count == 7)
    #expect(loaded.plan?.actionByID["2b.1"]?.due == .notSet)
    #expect(loaded.plan?.actionByID["1.2"]?.milestones.count == 2)
}

@Test func wordFileSavedByLibreOfficeImportsTheSame() throws {
    let word = try importFixture("cumberland-plan.docx", into: try temporarySite(), write: false)
    let libre = try importFixture("cumberland-plan-libreoffice.docx", into: try temporarySite(), write: false)
    #expect(libre.plan.actions.map { [$0.id, $0.status, $0.due.description, $0.leads.joined(separator: " ")] }
            == word.plan.actions.map { [$0.id, $0.status, $0.due.description, $0.leads.joined(separator: " ")] })
    #expect(libre.plan.actions.map(\.body) == word.plan.actions.map(\.body))
}

@Test func excelTrackerKeepsUnknownColumnsAndReadsDateCells() throws {
    let site = try temporarySite()
    let outcome = try importFixture("tracker.xlsx", into: site)
    #expect(!outcome.hasProblems)
    let a = outcome.plan.actions
    #expect(a.map(\.id) == ["1", "2", "3", "4"])
    #expect(a[0].due == DueDate("2026-03-31"))  // an Excel date cell
    #expect(a[0].milestones.map(\.due) == [DueDate("2025-09")!, DueDate("2026-01")!])
    #expect(a[0].body.contains("## Notes for board\n\nBoard asked for a case study"))
    #expect(a[0].body.contains("## Latest update\n\nPilot running"))
    #expect(a[1].priorities == ["early-help"])  // from the merged A2:A3
    #expect(a[1].status == "issues")            // amber fill, no words
    #expect(a[1].leads == ["SNL", "ESM"])
    #expect(a[2].leads == [])                   // a new group does not inherit the lead above
    #expect(a[2].status == "complete")
    #expect(a[3].priorities == ["2"])           // the second sheet, as its own priority
    #expect(outcome.plan.priorities.map(\.title) == ["Early help", "Transitions", "Section 2"])
    #expect(outcome.notes.contains { $0.contains("\"Notes for board\"") })
    #expect(ContentLoader(siteFolder: site).load().diagnostics.filter { $0.severity == .error }.isEmpty)
}

@Test func csvWithBomAndRepeatedHeadingsContinuesTheRef() throws {
    let site = try temporarySite()
    let outcome = try importFixture("plan-bom.csv", into: site)
    #expect(!outcome.hasProblems)
    #expect(outcome.plan.actions.map(\.id) == ["1.1", "1.2", "2.1"])
    #expect(outcome.plan.actions.map(\.leads) == [["NB", "CB"], ["NB"], ["PC"]])
    #expect(outcome.plan.actions.map(\.status) == ["on-track", "on-track", "issues"])
}

@Test func badCellsAreAllReportedWithTheirPlacesAndNothingIsWritten() throws {
    for (name, expected) in [
        ("bad-plan.docx", ["bad-plan.docx: table 1, row 2, column \"Expected completion date\"", "bad-plan.docx: table 1, row 3, column \"R A G\""]),
        ("bad-tracker.xlsx", ["bad-tracker.xlsx:Section 1!D7", "bad-tracker.xlsx:Section 1!E7"]),
        ("bad-plan.csv", ["bad-plan.csv:3:4", "bad-plan.csv:3:5"]),
    ] {
        let site = try temporarySite()
        let outcome = try importFixture(name, into: site)
        #expect(outcome.problems.map(\.place) == expected, "\(name)")
        #expect(snapshot(site).isEmpty, "\(name) wrote files")
    }
}

@Test func aFileThatIsNotAZipIsAPlainFailure() throws {
    let site = try temporarySite()
    do {
        _ = try importFixture("not-a-zip.docx", into: site)
        Issue.record("no failure")
    } catch let failure as PlanImport.Failure {
        #expect(failure.description.contains("is not a real Word document"))
    }
    #expect(snapshot(site).isEmpty)
}

@Test func importingTheSameFileTwiceChangesNothing() throws {
    for name in ["cumberland-plan.docx", "tracker.xlsx", "plan-bom.csv", "tracker-libreoffice.xlsx"] {
        let site = try temporarySite()
        _ = try importFixture(name, into: site)
        let before = snapshot(site)
        let second = try importFixture(name, into: site)
        #expect(second.writes.isEmpty, "\(name): \(second.writes.map(\.path))")
        #expect(second.unchanged == second.plan.actions.count)
        #expect(snapshot(site) == before)
    }
}

@Test func aChangedCellChangesOnlyThatActionAndRecordsTheStatusChange() throws {
    let site = try temporarySite()
    let csv = site.appendingPathComponent("plan.csv")
    try "Ref,Action,Leads,Due,Status\n1,Agree a baseline,NB,Jan-26,Green\n1,Track advice,NB,Mar-26,Green\n".write(to: csv, atomically: true, encoding: .utf8)
    let importer = PlanImport(siteFolder: site, options: .init(today: importDay))
    try importer.write(try importer.plan(file: csv.path))
    // The officer writes more on the page, and a comment in the front matter.
    let file = site.appendingPathComponent("Content/actions/1.2.md")
    var text = try String(contentsOf: file, encoding: .utf8)
    text = text.replacingOccurrences(of: "status: on-track", with: "status: on-track   # agreed at board") + "\nWhat we are doing, in our words.\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    let untouched = try Data(contentsOf: site.appendingPathComponent("Content/actions/1.1.md"))

    try "Ref,Action,Leads,Due,Status\n1,Agree a baseline,NB,Jan-26,Green\n1,Track advice,NB,Jun-26,Red\n".write(to: csv, atomically: true, encoding: .utf8)
    let outcome = try importer.plan(file: csv.path)
    #expect(outcome.writes.map(\.path) == ["Content/actions/1.2.md"])
    try importer.write(outcome)
    let changed = try String(contentsOf: file, encoding: .utf8)
    #expect(changed.contains("due: 2026-06"))
    #expect(changed.contains("status: off-track   # agreed at board"))
    #expect(changed.contains("updated: 2026-12-01"))
    #expect(changed.contains("- { date: 2026-12-01, status: off-track }"))
    #expect(changed.hasSuffix("\nWhat we are doing, in our words.\n"))
    #expect(try Data(contentsOf: site.appendingPathComponent("Content/actions/1.1.md")) == untouched)
    let loaded = ContentLoader(siteFolder: site).load()
    #expect(loaded.plan?.actionByID["1.2"]?.status(on: importDay) == "off-track")
    // And again: nothing more to do.
    #expect(try importer.plan(file: csv.path).writes.isEmpty)
}

@Test func columnMappingsNameOtherHeadings() throws {
    let site = try temporarySite()
    let csv = site.appendingPathComponent("plan.csv")
    try "Task,Officer,Target,Comments\nRun a survey,Head of SEND,Dec 2026,Draft ready\n".write(to: csv, atomically: true, encoding: .utf8)
    let columns = ["Task=action", "Officer=leads", "Target=due", "Comments=skip"].compactMap { try? ColumnMapping.parse($0).get() }
    let importer = PlanImport(siteFolder: site, options: .init(columns: columns, today: importDay))
    let outcome = try importer.plan(file: csv.path)
    #expect(outcome.plan.actions.map(\.title) == ["Run a survey"])
    #expect(outcome.plan.actions.first?.leads == ["HS"])
    #expect(outcome.plan.actions.first?.due == DueDate("2026-12"))
    #expect(outcome.plan.actions.first?.body == "")
    #expect((try? ColumnMapping.parse("Task=colour").get()) == nil)
}

@Test func sectionRowsBecomePrioritiesAndThemeAndIndexedFillsGiveTheStatus() throws {
    let outcome = try importFixture("sections.xlsx", into: try temporarySite(), write: false)
    #expect(!outcome.hasProblems)
    #expect(outcome.plan.priorities.map(\.id) == ["1", "2"])
    #expect(outcome.plan.priorities.map(\.title) == ["Working together and building trust", "High quality local provision"])
    #expect(outcome.plan.actions.map(\.id) == ["1.1", "2.1"])
    #expect(outcome.plan.actions.map(\.priorities) == [["1"], ["2"]])
    #expect(outcome.plan.actions.map(\.status) == ["on-track", "off-track"])
}

@Test func priorityCellsWithNumbersAndWords() {
    var directory = PriorityDirectory(existing: [])
    #expect(directory.id(for: "2") == "2")
    #expect(directory.id(for: "Priority 2") == "2")
    #expect(directory.id(for: "3. Improving outcomes") == "3")
    #expect(directory.id(for: "1.2") == "1.2")
    #expect(directory.id(for: "Early help") == "early-help")
    #expect(directory.made.map(\.title) == ["Priority 2", "Improving outcomes", "Priority 1.2", "Early help"])
}

@Test func reimportAddsNewActionsLeadsAndPrioritiesKeepingTheOthers() throws {
    let site = try temporarySite()
    let csv = site.appendingPathComponent("plan.csv")
    try "Ref,Action,Leads,Priority,Due,Status\n1,Agree a baseline,NB,1,Jan-26,Green\n".write(to: csv, atomically: true, encoding: .utf8)
    let importer = PlanImport(siteFolder: site, options: .init(today: importDay))
    try importer.write(try importer.plan(file: csv.path))
    let people = site.appendingPathComponent("Content/people.yml")
    var text = try String(contentsOf: people, encoding: .utf8)
    text = text.replacingOccurrences(of: "- { id: NB, role: NB }", with: "- { id: NB, role: SEND and AP Transformation and Improvement Lead }")
    try text.write(to: people, atomically: true, encoding: .utf8)

    try ("Ref,Action,Leads,Priority,Due,Status\n1,Agree a baseline,SEND and AP Transformation and Improvement Lead,1,Jan-26,Green\n"
         + "2,Publish waiting times,Designated Clinical Officer,3,Sep-26,Amber\n").write(to: csv, atomically: true, encoding: .utf8)
    let outcome = try importer.plan(file: csv.path)
    #expect(outcome.problems.isEmpty)
    #expect(outcome.writes.map(\.path) == ["Content/people.yml", "Content/priorities/3.md", "Content/actions/2.1.md"])
    #expect(outcome.unchanged == 1)
    try importer.write(outcome)
    let after = try String(contentsOf: people, encoding: .utf8)
    #expect(after == text + "- { id: DCO, role: Designated Clinical Officer }\n")
    let loaded = ContentLoader(siteFolder: site).load()
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(loaded.plan?.actionByID["2.1"]?.leads == ["DCO"])
    #expect(snapshot(site).keys.allSatisfy { !$0.contains(".openplan-import") })
}

@Test func aSiteWithErrorsIsNotImportedInto() throws {
    let site = try temporarySite()
    try FileManager.default.createDirectory(at: site.appendingPathComponent("Content/actions"), withIntermediateDirectories: true)
    try "title: [unclosed\n".write(to: site.appendingPathComponent("Content/site.yml"), atomically: true, encoding: .utf8)
    let before = snapshot(site)
    #expect(throws: PlanImport.Failure.self) { try importFixture("plan-bom.csv", into: site) }
    #expect(snapshot(site) == before)
}
