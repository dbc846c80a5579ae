import Foundation
import OpenplanCore
import Testing
@testable import OpenplanImport

/// `openplan import readings`: a data team's figures into the measures' JSON files.
@Suite struct ReadingsImportTests {
    private func load(_ folder: URL) throws -> Plan {
        let loaded = ContentLoader(siteFolder: folder).load()
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.plan)
    }

    private func csv(_ text: String, name: String = "readings.csv") throws -> SourceDocument {
        try CSVTableReader().read(data: Data(text.utf8), file: name)
    }

    /// Prepares the document against the site and, when there are no problems, writes it.
    @discardableResult
    private func importReadings(_ document: SourceDocument, into folder: URL) throws -> ReadingsImport.Outcome {
        let importer = ReadingsImport(plan: try load(folder), siteFolder: folder)
        let outcome = importer.prepare(document)
        if outcome.problems.isEmpty { try importer.write(outcome.edits) }
        return outcome
    }

    private func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent("Content/measures/\(name)")), as: UTF8.self)
    }

    @Test func aOneMeasureFileGetsItsReadingInDateOrderAndKeepsItsLayout() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try text(site, "ehcp-20.json")
        let outcome = try importReadings(try csv("measure,date,value\nEHCP-20,2025-12,55.3\nEHCP-20,Mar 2025,45\n"), into: site)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.changes.map(\.added) == [[PlanDate("2025-12")!, PlanDate("2025-03")!]])
        // Four spaces, the file's key order (actuals before targets), one reading a line like
        // the others; nothing else changes.
        let expected = before
            .replacingOccurrences(of: "    \"actuals\": [\n", with: "    \"actuals\": [\n        { \"date\": \"2025-03\", \"value\": 45 },\n")
            .replacingOccurrences(of: "\"note\": \"Two new caseworkers started\" }\n",
                                  with: "\"note\": \"Two new caseworkers started\" },\n        { \"date\": \"2025-12\", \"value\": 55.3 }\n")
        #expect(try text(site, "ehcp-20.json") == expected)
        let measure = try #require(try load(site).measures.first { $0.id == "EHCP-20" })
        #expect(measure.actuals.map(\.date.iso) == ["2025-03", "2025-06", "2025-09", "2025-12"])
        #expect(measure.actuals.last?.value == 55.3)
    }

    @Test func aDataTeamsQuarterlyExportFillsMeasuresAndTheirGroups() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try ReadingsSite.snapshot(site)
        let outcome = try importReadings(try ImportFixtures.read("readings-quarterly.csv"), into: site)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        // The extra columns are named in one warning, at the first of them.
        #expect(outcome.warnings.map(\.description) == [
            "readings-quarterly.csv:1:2: warning: the columns \"Measure name\" and \"Source\" are not read. Openplan reads measure, date, value, group and note.",
        ])
        #expect(outcome.rows == 8 && outcome.added == 7 && outcome.unchanged == 1 && outcome.corrected == 0)
        // Groups are named as the measure's file spells them, whatever the spreadsheet's case.
        #expect(outcome.changes.compactMap(\.group?.description) == ["Area: Barrow-in-Furness", "Area: Eden", "Area: South Lakeland"])
        #expect(Set(outcome.edits.map(\.file)) == ["Content/measures/ehcp-20.json", "Content/measures/areas.json", "Content/measures/lo-visits.json"])

        let plan = try load(site)
        let support = try #require(plan.measures.first { $0.id == "SEND-SUPPORT" })
        #expect(support.actuals.map(\.date.iso) == ["2025-09", "2025-12"])
        let areas = try #require(support.breakdowns.first).groups
        #expect(areas.map { $0.actuals.map(\.date.iso) } == [["2025-09", "2025-12"], ["2025-12"], ["2025-12"]])
        #expect(areas[1].actuals.first?.value == 12.1)
        #expect(areas[2].actuals.first?.value == nil && areas[2].actuals.first?.text == "Figure withheld: fewer than 10 pupils")
        #expect(plan.measures.first { $0.id == "WAIT-WEEKS" }?.actuals.map(\.value) == [21])
        #expect(plan.measures.first { $0.id == "LO-VISITS" }?.actuals.map(\.value) == [63500, 65100, 66400])

        // Each list is written in its own place's style: one-line groups stay on one line, a
        // missing "actuals" is added after the last key, a multi-line list gets multi-line items.
        let written = try text(site, "areas.json")
        #expect(written.contains([
            "          { \"label\": \"Barrow-in-Furness\", \"actuals\": [ { \"date\": \"2025-09\", \"value\": 14.2 }, { \"date\": \"2025-12\", \"value\": 14.0 } ] },",
            "          { \"label\": \"Eden\", \"actuals\": [ { \"date\": \"2025-12\", \"value\": 12.1 } ] },",
            "          { \"label\": \"South Lakeland\", \"actuals\": [ { \"date\": \"2025-12\", \"value\": null, \"text\": \"Figure withheld: fewer than 10 pupils\" } ] }",
        ].joined(separator: "\n")))
        #expect(written.contains([
            "    \"actuals\": [", "      {", "        \"date\": \"2025-09\",", "        \"value\": 13.1", "      },",
            "      {", "        \"date\": \"2025-12\",", "        \"value\": 13.4", "      }", "    ],",
        ].joined(separator: "\n")))
        #expect(written.hasSuffix([
            "        \"value\": 18", "      }", "    ],", "    \"actuals\": [", "      {", "        \"date\": \"2025-12\",",
            "        \"value\": 21", "      }", "    ]", "  }", "]", "",
        ].joined(separator: "\n")))
        // CRLF and the byte order mark stay.
        let crlf = try Data(contentsOf: site.appendingPathComponent("Content/measures/lo-visits.json"))
        #expect(Array(crlf.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: crlf, as: UTF8.self).contains(
            "      \"value\": 65100\r\n    },\r\n    {\r\n      \"date\": \"2025-09\",\r\n      \"value\": 66400\r\n    }\r\n  ]\r\n}\r\n"))
        #expect(!String(decoding: crlf.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"))

        // Everything outside the lists it changed is byte for byte as it was.
        let after = try ReadingsSite.snapshot(site)
        #expect(after["/site.yml"] == before["/site.yml"])
        let original = String(decoding: before["/measures/areas.json"]!, as: UTF8.self)
        #expect(written.hasPrefix(String(original.prefix(upTo: original.range(of: "      {\n        \"date\": \"2025-09\"")!.lowerBound))))
    }

    @Test func theSameFileAgainChangesNothingByteForByte() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        try importReadings(try ImportFixtures.read("readings-quarterly.csv"), into: site)
        let once = try ReadingsSite.snapshot(site)
        #expect(once != (try ReadingsSite.snapshot(ReadingsSite.fixture)))
        let again = try importReadings(try ImportFixtures.read("readings-quarterly.csv"), into: site)
        #expect(again.problems.isEmpty && again.edits.isEmpty)
        #expect(again.added == 0 && again.corrected == 0 && again.unchanged == 8)
        #expect(try ReadingsSite.snapshot(site) == once)
    }

    @Test func aDifferentFigureOnTheSameDateReplacesTheOldOneAndSaysSo() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importReadings(try csv("measure,date,value,note\nEHCP-20,Sep 2025,52.4,\nLO-VISITS,2025-07,65200,Recounted\n"), into: site)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.changes.flatMap(\.corrected) == [
            .init(date: PlanDate("2025-09")!, was: "52", now: "52.4"),
            .init(date: PlanDate("2025-07")!, was: "65100", now: "65200"),
        ])
        #expect(outcome.added == 0)
        // The old reading's note stays when the new one brings none; its date stays as written.
        #expect(try text(site, "ehcp-20.json").contains(
            "{ \"date\": \"2025-06\", \"value\": 48.5 },\n        { \"date\": \"2025-09\", \"value\": 52.4, \"note\": \"Two new caseworkers started\" }\n"))
        #expect(try text(site, "lo-visits.json").contains("\"date\": \"2025-07\",\r\n      \"value\": 65200,\r\n      \"note\": \"Recounted\"\r\n    }"))
        let plan = try load(site)
        #expect(plan.measures.first { $0.id == "EHCP-20" }?.actuals.map(\.value) == [48.5, 52.4])
    }

    @Test func aDayInAMonthThatHasAReadingIsAddedWithAWarning() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importReadings(try csv("measure,date,value\nEHCP-20,30/09/2025,52.0\n"), into: site)
        #expect(outcome.problems.isEmpty && outcome.added == 1)
        #expect(outcome.warnings.map(\.place) == ["readings.csv:2:2"])
        #expect(outcome.warnings.first?.message.contains("already has a reading for September 2025 (2025-09)") == true)
    }

    @Test func aNewNoteOnTheSameFigureIsShownAsTheNotesAndAPercentAbove100IsAWarning() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importReadings(try csv("measure,date,value,note\nEHCP-20,2025-06,48.5,Final figure\nEHCP-20,2025-12,150,\n"), into: site)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.changes.first?.corrected == [.init(date: PlanDate("2025-06")!, was: "48.5 with no note", now: "48.5 with the note \"Final figure\"")])
        #expect(outcome.warnings.map(\.place) == ["readings.csv:3:3"])
        #expect(try text(site, "ehcp-20.json").contains("{ \"date\": \"2025-06\", \"value\": 48.5, \"note\": \"Final figure\" },"))
    }

    @Test func everyBadCellIsReportedAtItsLineAndColumnAndNothingIsWritten() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importReadings(try ImportFixtures.read("readings-bad.csv"), into: site)
        #expect(outcome.edits.isEmpty)
        #expect(try ReadingsSite.snapshot(site) == ReadingsSite.snapshot(ReadingsSite.fixture))
        let found = outcome.problems.map { "\($0.place) \($0.message)" }
        let expected: [(String, String)] = [
            ("readings-bad.csv:4:1", "there is no measure \"EHCP20\" in the site. Did you mean \"EHCP-20\"?"),
            ("readings-bad.csv:5:2", "\"2025-13\" is not a date that exists."),
            ("readings-bad.csv:6:2", "\"soon\" is not a date Openplan can read."),
            ("readings-bad.csv:7:3", "\"55.3.1\" is not a number."),
            ("readings-bad.csv:8:3", "\"12%\" is a percentage, but this measure is in weeks."),
            ("readings-bad.csv:9:3", "this reading has no value."),
            ("readings-bad.csv:10:4", "no breakdown by \"Aera\". Did you mean \"Area\"?"),
            ("readings-bad.csv:11:4", "no group \"Edem\" in its breakdown by Area. Did you mean \"Eden\"?"),
            ("readings-bad.csv:12:4", "\"Eden\" should name the breakdown and the group with a colon between, like \"Area: Barrow-in-Furness\"."),
            ("readings-bad.csv:13:4", "the measure WAIT-WEEKS has no breakdowns"),
            ("readings-bad.csv:15:3", "LO-VISITS for December 2025 is given twice, differently: also at line 14."),
            ("readings-bad.csv:16:2", "\"Quarterly\" says how often, not when."),
            ("readings-bad.csv:17:1", "this row has no measure"),
        ]
        #expect(found.count == expected.count, "\(found)")
        for (problem, (place, words)) in zip(outcome.problems, expected) {
            #expect(problem.place == place)
            #expect(problem.message.contains(words), "\(problem)")
            #expect(problem.description.hasPrefix("\(place): error: "))
        }
    }

    @Test func aHeadingRowWithoutTheNeededColumnsIsOneProblemAtItsStart() throws {
        let importer = ReadingsImport(plan: try load(ReadingsSite.fixture), siteFolder: ReadingsSite.fixture)
        let outcome = importer.prepare(try csv("Measure,When,Figure\nEHCP-20,2025-12,55\n"))
        #expect(outcome.problems.map(\.place) == ["readings.csv:1:1"])
        #expect(outcome.problems.first?.message.contains("no \"date\" or \"value\" columns") == true)
        let twice = importer.prepare(try csv("measure,date,value,Value\nEHCP-20,2025-12,55,56\n"))
        #expect(twice.problems.map(\.place) == ["readings.csv:1:4"])
        #expect(importer.prepare(try csv("\n\n")).problems.map(\.place) == ["readings.csv"])
        #expect(importer.prepare(try csv("Measure,Period,Value\nEHCP-20,2025/26 Q3,55\n")).problems.isEmpty)
        let semicolons = importer.prepare(try csv("measure;date;value\nEHCP-20;2025-12;55\n"))
        #expect(semicolons.problems.first?.message.contains("seems to use semicolons") == true)
    }

    @Test func aMeasuresFileThatDoesNotLoadCleanlyStopsTheImport() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent("Content/measures/ehcp-20.json")
        try Data(try text(site, "ehcp-20.json").replacingOccurrences(of: "\"unit\": \"percent\"", with: "\"unit\": \"percentage\"").utf8).write(to: file)
        let errors = ReadingsImport.measureFileErrors(ContentLoader(siteFolder: site).load())
        #expect(errors.map(\.file) == ["Content/measures/ehcp-20.json"])
        #expect(errors.first?.line == 4)
    }

    @Test func readingsFromAnExcelWorkbookArePlacedBySheetAndCell() throws {
        let sheet = XLSXSheet(name: "Q3 figures", rows: [
            ["measure", "date", "value"],
            ["EHCP-20", "2025 Q4", "55.3%"],
            ["EHCP-20", "2025-12", "fifty"],
        ], columnWidths: [10, 10, 10])
        let document = try XLSXReader().read(data: try XLSXWriter.data(sheet), file: "figures.xlsx")
        let importer = ReadingsImport(plan: try load(ReadingsSite.fixture), siteFolder: ReadingsSite.fixture)
        let outcome = importer.prepare(document)
        #expect(outcome.problems.map(\.description) == [
            "figures.xlsx:Q3 figures!C3: error: \"fifty\" is not a number. Write the figure like 52.0, 1,234 or 46.4%; "
                + "if there is no figure, leave the value empty and say why in the note.",
        ])
    }

    @Test func aDataTeamsWorkbookWithPercentageCountAndDateCells() throws {
        let site = try ReadingsSite.copy()
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try importReadings(try ImportFixtures.read("readings-quarterly.xlsx"), into: site)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.added == 4)
        let plan = try load(site)
        // 0.553 shown as 55.3% is 55.3; 66400 shown as 66,400; a date cell is that day.
        #expect(plan.measures.first { $0.id == "EHCP-20" }?.actuals.last?.value == 55.3)
        #expect(try text(site, "ehcp-20.json").contains("{ \"date\": \"2025-12\", \"value\": 55.3 }"))
        #expect(plan.measures.first { $0.id == "LO-VISITS" }?.actuals.last?.value == 66400)
        let wait = try #require(plan.measures.first { $0.id == "WAIT-WEEKS" }?.actuals.first)
        #expect(wait.date == PlanDate("2025-12-31") && wait.value == 21 && wait.note == "Provisional")
        #expect(plan.measures.first { $0.id == "SEND-SUPPORT" }?.breakdowns.first?.groups[1].actuals.map(\.value) == [12.1])

        let bad = ReadingsImport(plan: try load(ReadingsSite.fixture), siteFolder: ReadingsSite.fixture)
            .prepare(try ImportFixtures.read("readings-bad.xlsx"))
        #expect(bad.problems.map(\.place) == ["readings-bad.xlsx:Figures!C2"])
    }

    @Test func datesAsDataTeamsWriteThem() throws {
        func date(_ text: String) -> PlanDate? {
            try? ReadingDate.read(SourceCell(text: text, place: SourcePlace(file: "f.csv", position: .csv(line: 1, column: 1)))).get()
        }
        #expect(date("2025-12") == PlanDate("2025-12"))
        #expect(date("2025-12-31") == PlanDate("2025-12-31"))
        #expect(date("31/12/2025") == PlanDate("2025-12-31"))
        #expect(date("Dec 2025") == PlanDate("2025-12"))
        #expect(date("Dec-25") == PlanDate("2025-12"))
        #expect(date("12/2025") == PlanDate("2025-12"))
        #expect(date("2025 Q3") == PlanDate("2025-09"))
        #expect(date("Q3 2025") == PlanDate("2025-09"))
        #expect(date("2025-Q1") == PlanDate("2025-03"))
        #expect(date("2025/26 Q1") == PlanDate("2025-06"))
        #expect(date("Q3 2025-26") == PlanDate("2025-12"))
        #expect(date("2025/2026 Q4") == PlanDate("2026-03"))
        #expect(date("2025/27 Q4") == nil)
        #expect(date("Q5 2025") == nil)
        #expect(date("quarterly") == nil)
        #expect(date("Q1 0000") == nil)
        #expect(date("9999/00 Q4") == nil)
        #expect(date("Sep 0000") == nil)
        let excel = SourceCell(text: "46022", excelDate: Day(iso: "2025-12-31"), place: SourcePlace(file: "f.xlsx", position: .sheet(name: "S", row: 2, column: 2)))
        #expect(try ReadingDate.read(excel).get() == PlanDate("2025-12-31"))
    }

    @Test func valuesAreWrittenAsGivenWithoutAFloatsTail() throws {
        func json(_ text: String, _ unit: MeasureUnit = .count) -> String? { try? ReadingValue.read(text, unit: unit).get().json }
        #expect(json("52.0") == "52.0")
        #expect(json("1,234") == "1234")
        #expect(json("1,234.50") == "1234.50")
        #expect(json("46.4%", .percent) == "46.4")
        #expect(json("£12,500", .money) == "12500")
        #expect(json(" 007 ") == "7")
        #expect(json(".5") == "0.5")
        #expect(json("+3") == "3")
        #expect(json("-0") == "0")
        #expect(json("46.4%") == nil)
        #expect(json("52,5") == nil)
        #expect(json("#DIV/0!") == nil)
        #expect(json("1e16") == nil)
        #expect(json("1200", .percent) == nil)
        #expect(try ReadingValue.read("0.1", unit: .count).get().number == 0.1)
    }
}

/// A small site whose measures files are written in different styles: four spaces and one
/// reading a line; an array with breakdowns, two spaces and a reading over several lines;
/// CRLF line endings with a byte order mark.
enum ReadingsSite {
    static let fixture = ImportFixtures.folder.appendingPathComponent("readings-site", isDirectory: true)

    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-readings-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: fixture, to: folder)
        return folder
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] { try UpdateSite.snapshot(folder) }
}
