import Foundation
import OpenplanCore
import Testing
@testable import OpenplanImport

/// `openplan import updates`: a sheet filled in by two leads, back into the plan.
@Suite struct UpdateImportTests {
    static let date = Day(iso: "2026-02-10")!

    private func load(_ folder: URL) throws -> Plan {
        let loaded = ContentLoader(siteFolder: folder).load()
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.plan)
    }

    /// Imports a fixture sheet into the site folder, writing the files, and returns what happened.
    @discardableResult
    private func importSheet(_ name: String, into folder: URL, date: Day = date) throws -> UpdateImport.Outcome {
        let importer = UpdateImport(plan: try load(folder), siteFolder: folder, date: date)
        let outcome = importer.prepare(try ImportFixtures.read(name))
        if outcome.problems.isEmpty { try importer.write(outcome.edits) }
        return outcome
    }

    private func text(_ folder: URL, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
    }

    @Test(arguments: ["updates-filled.xlsx", "updates-filled-libreoffice.xlsx", "updates-filled.csv"])
    func twoLeadsUpdatesBecomeStatusesDatesAndNotes(sheet: String) throws {
        let site = try UpdateSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importSheet(sheet, into: site)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.changes.map(\.action) == ["1.1", "1.2", "1.10"])
        let plan = try load(site)
        let a11 = try #require(plan.actionByID["1.1"]), a12 = try #require(plan.actionByID["1.2"]), a110 = try #require(plan.actionByID["1.10"])
        #expect(a11.status == "issues" && a11.updated == Self.date)
        #expect(a11.history.last == HistoryEntry(date: Self.date, status: "issues", note: "Trust B has not signed yet: now expected in April."))
        #expect(a12.status == "on-track" && a12.due == DueDate("2026-09-30"))
        #expect(a12.history.last?.note == "SENCO sessions: 40 of 52 schools done. \"Good feedback\" #training")
        // 1.2 had no history: its status since 12 January is kept as the first entry.
        #expect(a12.timeline.map(\.date.iso) == ["2026-01-12", "2026-02-10"])
        #expect(a110.due == DueDate("2026-06-30") && a110.status == "not-started")
        #expect(a110.history.last?.note == "- first table published in February")
        // 2.1 was left blank: untouched.
        #expect(try text(site, "Content/actions/2.1.md") == text(UpdateSite.fixture, "Content/actions/2.1.md"))
    }

    @Test func onlyTheKeysItSetsChangeByteForByte() throws {
        let site = try UpdateSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        try importSheet("updates-filled.xlsx", into: site)
        let before = try text(UpdateSite.fixture, "Content/actions/1.1.md")
        let after = try text(site, "Content/actions/1.1.md")
        let expected = before
            .replacingOccurrences(of: "status: on-track\nupdated: 2026-01-12", with: "status: issues\nupdated: 2026-02-10")
            .replacingOccurrences(of: "hospital trusts.\" }\n", with: "hospital trusts.\" }\n  - { date: 2026-02-10, status: issues, note: \"Trust B has not signed yet: now expected in April.\" }\n")
        #expect(after == expected)
        // CRLF stays CRLF, the BOM stays, block-style history gets a block-style entry.
        let crlf = try text(site, "Content/actions/1.2.md")
        #expect(!crlf.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(crlf.hasSuffix("---\r\n## What we are doing\r\n\r\nTraining sessions each term.\r\n"))
        let bom = try Data(contentsOf: site.appendingPathComponent("Content/actions/1.10.md"))
        #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try text(site, "Content/actions/1.10.md").contains(
            "    -   date: 2025-11-03\n        status: not-started\n    -   date: 2026-02-10\n        status: not-started\n        note: \"- first table published in February\"\n---\nA short body.\n"))
    }

    @Test func theSameSheetTwiceChangesNothingTheSecondTime() throws {
        let site = try UpdateSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        try importSheet("updates-filled.xlsx", into: site)
        let once = try UpdateSite.snapshot(site)
        let again = try importSheet("updates-filled.xlsx", into: site)
        #expect(again.edits.isEmpty && again.alreadyImported == ["1.1", "1.2", "1.10"])
        // Even a day later, and from the copy LibreOffice saved.
        let later = try importSheet("updates-filled-libreoffice.xlsx", into: site, date: Day(iso: "2026-02-12")!)
        #expect(later.edits.isEmpty)
        #expect(try UpdateSite.snapshot(site) == once)
    }

    @Test(arguments: ["updates-sent.xlsx", "updates-sent.csv"])
    func theUntouchedSheetChangesNothing(sheet: String) throws {
        let site = try UpdateSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importSheet(sheet, into: site)
        #expect(outcome.problems.isEmpty && outcome.changes.isEmpty && outcome.edits.isEmpty)
        #expect(try UpdateSite.snapshot(site) == UpdateSite.snapshot(UpdateSite.fixture))
    }

    @Test func everyBadCellIsReportedAtItsPlaceAndNothingIsPrepared() throws {
        let importer = UpdateImport(plan: try load(UpdateSite.fixture), siteFolder: UpdateSite.fixture, date: Self.date)
        let outcome = importer.prepare(try ImportFixtures.read("updates-bad.xlsx"))
        #expect(outcome.problems.map(\.place) == ["updates-bad.xlsx:Updates!H2", "updates-bad.xlsx:Updates!I3", "updates-bad.xlsx:Updates!A6"])
        #expect(outcome.problems[0].message.contains("\"Amberish\" is not a status of this plan"))
        #expect(outcome.problems[1].message.contains("\"31/13/2026\" is not a date"))
        #expect(outcome.problems[2].message.contains("no action \"9.9\""))
    }

    @Test func statusesByLabelOrIdInAnyCase() throws {
        let importer = UpdateImport(plan: try load(UpdateSite.fixture), siteFolder: UpdateSite.fixture, date: Self.date)
        #expect(importer.matchStatus("On track") == "on-track")
        #expect(importer.matchStatus("on-track") == "on-track")
        #expect(importer.matchStatus(" SOME ISSUES ") == "issues")
        #expect(importer.matchStatus("Amber") == nil)
    }

    @Test func datesAsLeadsTypeThem() {
        #expect(SheetDate.due("31/03/2026") == DueDate("2026-03-31"))
        #expect(SheetDate.due("1/4/26") == DueDate("2026-04-01"))
        #expect(SheetDate.due("March 2026") == DueDate("2026-03"))
        #expect(SheetDate.due("Sep-26") == DueDate("2026-09"))
        #expect(SheetDate.due("30 June 2026") == DueDate("2026-06-30"))
        #expect(SheetDate.due("2026-05") == DueDate("2026-05"))
        #expect(SheetDate.due("Quarterly") == .recurring(.quarterly))
        #expect(SheetDate.due("TBC") == .notSet && SheetDate.due("Not set yet") == .notSet)
        #expect(SheetDate.due("31/13/2026") == nil && SheetDate.due("soon") == nil && SheetDate.due("30 Febuary 2026") == nil)
    }

    @Test func theLeadsWordsReachTheActionPageAndTheNextBulletin() throws {
        let site = try UpdateSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        try importSheet("updates-filled.xlsx", into: site)
        let prepared = SiteBuild(siteFolder: site, asOf: Day(iso: "2026-02-27")!).prepare()
        #expect(!prepared.hasErrors, "\(prepared.diagnostics)")
        let renderer = try #require(prepared.renderer)
        let files = FileCollector()
        try renderer.render { files.add($0) }
        let page = try #require(files.text("actions/1-1/index.html"))
        #expect(page.contains("Latest update from the lead"))
        #expect(page.contains("Trust B has not signed yet: now expected in April."))
        #expect(page.contains("Earlier updates") && page.contains("Draft agreed with the two hospital trusts."))
        let bulletin = try #require(files.text("bulletins/2026-02/index.html"))
        #expect(bulletin.contains("Changed from On track to Some issues"))
        #expect(bulletin.contains("“Trust B has not signed yet: now expected in April.”"))
        #expect(bulletin.contains("“SENCO sessions: 40 of 52 schools done. &quot;Good feedback&quot; #training”"))
        #expect(bulletin.contains("Updates from leads") && bulletin.contains("“- first table published in February”"))
        #expect(!bulletin.contains("Added to the plan"))
    }
}

final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    func add(_ file: OutputFile) { lock.lock(); files[file.path] = file.bytes; lock.unlock() }
    func text(_ path: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        return files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Sheets made in code, for the cases people make by hand: headers retyped, rows without a Ref.
@Suite struct UpdateImportEdgeTests {
    private func document(_ rows: [[String]]) -> SourceDocument {
        let table = SourceTable(name: "Updates", number: 1, rows: rows.enumerated().map { r, cells in
            SourceRow(number: r + 1, cells: cells.enumerated().map { c, text in
                SourceCell(text: text, place: SourcePlace(file: "u.xlsx", position: .sheet(name: "Updates", row: r + 1, column: c + 1)))
            })
        })
        return SourceDocument(file: "u.xlsx", format: .xlsx, tables: [table])
    }

    private func importer() throws -> UpdateImport {
        let plan = try #require(ContentLoader(siteFolder: UpdateSite.fixture).load().plan)
        return UpdateImport(plan: plan, siteFolder: UpdateSite.fixture, date: Day(iso: "2026-02-10")!)
    }

    @Test func headersRetypedInAnotherCaseAndOrderStillRead() throws {
        let outcome = try importer().prepare(document([
            ["UPDATE", "ref", "new  status"],
            ["Going well.", "1.2", "On Track"],
        ]))
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.changes.map(\.note) == ["Going well."])
    }

    @Test func anUpdateWithoutARefIsAnErrorAtTheRefCell() throws {
        let outcome = try importer().prepare(document([
            ["Ref", "New status", "Update"],
            ["", "", "Who is this for?"],
        ]))
        #expect(outcome.problems.map(\.description) == ["u.xlsx:Updates!A2: error: this row has an update but no Ref, so it is not known which action it is for."])
        #expect(outcome.edits.isEmpty)
    }

    @Test func aSheetWithoutTheColumnsIsNotAnUpdateSheet() throws {
        let noRef = try importer().prepare(document([["Action", "Status"], ["x", "y"]]))
        #expect(noRef.problems.first?.place == "u.xlsx:Updates!A1")
        let noAnswers = try importer().prepare(document([["Ref", "Status"], ["1.1", "On track"]]))
        #expect(noAnswers.problems.first?.message.contains("none of the columns") == true)
    }
}
