import Foundation
import OpenplanCore
import Testing
@testable import OpenplanImport

/// `openplan export updates`: the sheet as written, read back with the importer's own readers.
@Suite struct UpdateSheetTests {
    static let asOf = Day(iso: "2026-02-01")!

    static func plan() throws -> Plan {
        let loaded = ContentLoader(siteFolder: UpdateSite.fixture).load()
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.plan)
    }

    @Test func theTenHeadersThenOneRowPerActionReadBackFromTheWorkbook() throws {
        let data = try UpdateSheet.xlsx(plan: Self.plan(), asOf: Self.asOf)
        let table = try #require(try XLSXReader().read(data: data, file: "u.xlsx").tables.first)
        #expect(table.name == "Updates")
        let text = table.rows.map { $0.cells.map(\.text) }
        #expect(text[0] == ["Ref", "Action", "Leads", "Due", "Status", "Last updated", "Latest update", "New status", "New due date", "Update"])
        #expect(text.dropFirst().map { $0[0] } == ["1.1", "1.2", "1.10", "2.1"])
        #expect(text[1] == ["1.1", "Agree how quickly health advice must arrive", "Designated Clinical Officer, Westdale ICB", "March 2026",
                            "On track", "12 January 2026", "12 January 2026: Draft agreed with the two hospital trusts.", "", "", ""])
        #expect(text[3][3] == "Not set yet" && text[4][2] == "Not set yet" && text[4][3] == "Every quarter")
        #expect(table.rows[1].cells[7].place.description == "u.xlsx:Updates!H2")
    }

    @Test func onlyOneLeadsActionsWithLead() throws {
        let plan = try Self.plan()
        let rows = try UpdateSheet.rows(plan: plan, lead: "SL", asOf: Self.asOf)
        #expect(rows.dropFirst().map { $0[0] } == ["1.2", "1.10"])
        #expect(throws: UpdateSheet.Problem.unknownLead("XX", known: ["SL", "DCO"])) {
            try UpdateSheet.rows(plan: plan, lead: "XX", asOf: Self.asOf)
        }
    }

    @Test func overdueIsMarkedAsOfTheDayGiven() throws {
        let rows = try UpdateSheet.rows(plan: Self.plan(), asOf: Day(iso: "2026-04-01")!)
        #expect(rows[1][3] == "March 2026 (past due)")
        #expect(rows[3][3] == "Not set yet")   // tbc is never overdue
    }

    @Test func theSameSheetGivesTheSameBytes() throws {
        let plan = try Self.plan()
        #expect(try UpdateSheet.xlsx(plan: plan, asOf: Self.asOf) == UpdateSheet.xlsx(plan: plan, asOf: Self.asOf))
        // And the committed copy, exported by the command, holds what the writer makes today,
        // part by part (compressed bytes could differ with another zlib).
        let sent = try OfficePackage(data: Data(contentsOf: ImportFixtures.folder.appendingPathComponent("updates-sent.xlsx")),
                                     file: "sent", format: .xlsx)
        let now = try OfficePackage(data: UpdateSheet.xlsx(plan: plan, asOf: Self.asOf), file: "now", format: .xlsx)
        for part in ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"] {
            let made = try now.data(part), kept = try sent.data(part)
            #expect(made != nil && made == kept, "\(part)")
        }
    }

    @Test func theWorkbookLocksThePlansColumnsAndOffersTheStatuses() throws {
        let data = try UpdateSheet.xlsx(plan: Self.plan(), asOf: Self.asOf)
        let package = try OfficePackage(data: data, file: "u.xlsx", format: .xlsx)
        let sheet = try #require(try package.xml("xl/worksheets/sheet1.xml"))
        let xml = String(decoding: try #require(try package.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(sheet.child("sheetProtection")?["sheet"] == "1")
        let pane = try #require(sheet.child("sheetViews")?.child("sheetView")?.child("pane"))
        #expect(pane["state"] == "frozen" && pane["ySplit"] == "1")
        let validation = try #require(sheet.child("dataValidations")?.child("dataValidation"))
        #expect(validation["type"] == "list" && validation["sqref"] == "H2:H5")
        #expect(xml.contains("<formula1>&quot;Completed,On track,Some issues,Not on track,Not started&quot;</formula1>"))
        let setup = try #require(sheet.child("pageSetup"))
        #expect(setup["paperSize"] == "9" && setup["orientation"] == "landscape" && setup["fitToWidth"] == "1")
        // Row 2: A to G in the locked grey style (2), H and the rest unlocked (3, 4).
        let styles = try #require(sheet.child("sheetData")?.children("row").dropFirst().first?.children("c").map { $0["s"] ?? "" })
        #expect(styles == ["2", "2", "2", "2", "2", "2", "2", "3", "4", "4"])
        let stylesXML = String(decoding: try #require(try package.data("xl/styles.xml")), as: UTF8.self)
        #expect(stylesXML.components(separatedBy: "<protection locked=\"0\"/>").count == 3)
    }

    @Test func csvIsExcelsUTF8WithABOMAndReadsBackTheSame() throws {
        let plan = try Self.plan()
        let data = try UpdateSheet.csv(plan: plan, asOf: Self.asOf)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try #require(try CSVTableReader().read(data: data, file: "u.csv").tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == (try UpdateSheet.rows(plan: plan, asOf: Self.asOf)))
    }

    @Test func columnNames() {
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(9) == "J" && XLSXWriter.columnName(26) == "AA")
    }

    @Test func aListWithACommaIsLeftFreeRatherThanBroken() {
        #expect(XLSXWriter.listFormula(["Red, amber", "Green"]) == nil)
        #expect(XLSXWriter.listFormula(["Red", "Green"]) == "\"Red,Green\"")
    }
}

/// The update fixture site, copied to a fresh folder when a test changes it.
enum UpdateSite {
    static let fixture = ImportFixtures.folder.appendingPathComponent("updates-site", isDirectory: true)

    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-updates-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: fixture, to: folder)
        return folder
    }

    /// Every file under the folder's Content/, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let content = folder.appendingPathComponent("Content")
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url), !url.hasDirectoryPath {
                out[String(url.path.dropFirst(content.path.count))] = data
            }
        }
        return out
    }
}
