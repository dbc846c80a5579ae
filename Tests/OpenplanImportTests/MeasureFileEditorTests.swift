import Foundation
import OpenplanCore
import Testing

/// The splicing under `openplan import readings`: a reading goes into a measures file written
/// in any layout, and the file stays as it was everywhere else.
@Suite struct MeasureFileEditorTests {
    private func put(_ readings: [MeasureFileEditor.Reading], into text: String, file: String = "Content/measures/m.json",
                     measure: ItemID = "M", group: MeasureFileEditor.GroupName? = nil) throws -> String {
        var editor = try MeasureFileEditor(bytes: Array(text.utf8), file: file)
        for reading in readings { try editor.put(reading, in: .init(measure: measure, group: group)) }
        let (measures, diagnostics) = editor.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        #expect(measures.count >= 1)
        return String(decoding: editor.bytes, as: UTF8.self)
    }

    private func reading(_ date: String, _ number: String?, text: String? = nil, note: String? = nil) -> MeasureFileEditor.Reading {
        MeasureFileEditor.Reading(date: PlanDate(date)!, number: number, text: text, note: note)
    }

    @Test func aMissingActualsKeyIsAddedAfterTheLastKeyAtTheFilesIndentation() throws {
        // No id (the file name gives it), four spaces, no reading or target to copy.
        let text = "{\n    \"title\": \"Waiting weeks\",\n    \"unit\": \"weeks\",\n    \"direction\": \"decrease\",\n    \"baseline\": null\n}\n"
        let written = try put([reading("2025-12", "21")], into: text)
        #expect(written == "{\n    \"title\": \"Waiting weeks\",\n    \"unit\": \"weeks\",\n    \"direction\": \"decrease\",\n    \"baseline\": null,\n"
                + "    \"actuals\": [\n        { \"date\": \"2025-12\", \"value\": 21 }\n    ]\n}\n")
    }

    @Test func tabsNullActualsAndTextThatNeedsEscaping() throws {
        let text = "{\n\t\"id\": \"M\",\n\t\"title\": \"T\",\n\t\"unit\": \"count\",\n\t\"direction\": \"increase\",\n\t\"actuals\": null\n}\n"
        let written = try put([reading("2025-12", nil, text: "Not \"final\" — see \\ board\tpaper")], into: text)
        #expect(written == "{\n\t\"id\": \"M\",\n\t\"title\": \"T\",\n\t\"unit\": \"count\",\n\t\"direction\": \"increase\",\n"
                + "\t\"actuals\": [\n\t\t{ \"date\": \"2025-12\", \"value\": null, \"text\": \"Not \\\"final\\\" — see \\\\ board\\tpaper\" }\n\t]\n}\n")
        var editor = try MeasureFileEditor(bytes: Array(written.utf8), file: "Content/measures/m.json")
        #expect(editor.read().measures.first?.actuals.first?.text == "Not \"final\" — see \\ board\tpaper")
        // The same reading put again leaves the bytes as they are.
        try editor.put(reading("2025-12", nil, text: "Not \"final\" — see \\ board\tpaper"), in: .init(measure: "M"))
        #expect(String(decoding: editor.bytes, as: UTF8.self) == written)
    }

    @Test func placesAreFoundPastLettersWrittenInSeveralBytes() throws {
        // "Môn" and the emoji take more bytes than characters: the list after them on the same
        // line must still be found where it starts.
        let text = """
        [ { "id": "M", "title": "Ysgolion ☀️", "unit": "count", "direction": "increase", "breakdowns": [ { "by": "Area", "groups": [ { "label": "Ynys Môn", "actuals": [ { "date": "2025-06", "value": 3 } ] } ] } ] } ]

        """
        let written = try put([reading("2025-03", "2"), reading("2025-09", "4")], into: text, group: .init(by: "area", label: "YNYS MÔN"))
        #expect(written.contains("{ \"label\": \"Ynys Môn\", \"actuals\": [ { \"date\": \"2025-03\", \"value\": 2 }, { \"date\": \"2025-06\", \"value\": 3 }, { \"date\": \"2025-09\", \"value\": 4 } ] }"))
        #expect(written.hasPrefix("[ { \"id\": \"M\", \"title\": \"Ysgolion ☀️\", \"unit\": \"count\", \"direction\": \"increase\", \"breakdowns\""))
    }

    @Test func anUnknownMeasureOrGroupIsAProblemNotAGuess() throws {
        let text = "{ \"id\": \"M\", \"title\": \"T\", \"unit\": \"count\", \"direction\": \"increase\" }"
        var editor = try MeasureFileEditor(bytes: Array(text.utf8), file: "Content/measures/m.json")
        #expect(throws: MeasureFileEditor.Problem.noSuchMeasure("N")) { try editor.put(reading("2025-12", "1"), in: .init(measure: "N")) }
        #expect(throws: MeasureFileEditor.Problem.noSuchGroup(by: "Area", label: "Eden")) {
            try editor.put(reading("2025-12", "1"), in: .init(measure: "M", group: .init(by: "Area", label: "Eden")))
        }
        #expect(throws: MeasureFileEditor.Problem.self) { try MeasureFileEditor(bytes: Array("{ \"id\": ".utf8), file: "x.json") }
        #expect(editor.bytes == Array(text.utf8))
    }
}

/// Every measures file of the example site, in whatever layout it has: a reading put into
/// each measure changes one place of the file and reads back as one more reading.
@Suite struct MeasureFileEditorExampleSiteTests {
    static let measures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content/measures")

    @Test func aReadingGoesIntoEveryMeasureOfTheExampleSiteAndNowhereElse() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.measures.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 10)
        var measuresSeen = 0
        for name in files {
            let original = try [UInt8](Data(contentsOf: Self.measures.appendingPathComponent(name)))
            let file = "Content/measures/\(name)"
            let before = try MeasureFileEditor(bytes: original, file: file).read()
            for measure in before.measures {
                measuresSeen += 1
                var editor = try MeasureFileEditor(bytes: original, file: file)
                try editor.put(MeasureFileEditor.Reading(date: PlanDate("2099-12")!, number: "1.50"), in: .init(measure: measure.id))
                let after = editor.read()
                #expect(after.diagnostics.filter { $0.severity == .error }.isEmpty, "\(name): \(after.diagnostics)")
                for (old, new) in zip(before.measures, after.measures) {
                    let expected = old.id == measure.id ? old.actuals.count + 1 : old.actuals.count
                    #expect(new.actuals.count == expected, "\(name) \(old.id)")
                    #expect(new.targets == old.targets && new.baseline == old.baseline)
                }
                #expect(after.measures.first { $0.id == measure.id }?.actuals.last == DataPoint(date: PlanDate("2099-12")!, value: 1.5))
                // One contiguous change: what was there is nothing, or an empty list.
                let changed = editor.bytes
                var prefix = 0
                while prefix < min(original.count, changed.count), original[prefix] == changed[prefix] { prefix += 1 }
                var suffix = 0
                while suffix < min(original.count, changed.count) - prefix,
                      original[original.count - 1 - suffix] == changed[changed.count - 1 - suffix] { suffix += 1 }
                let replaced = String(decoding: original[prefix..<(original.count - suffix)], as: UTF8.self)
                #expect(replaced.isEmpty || replaced == "[]" || replaced == "[" || replaced == "]" || replaced == "[]\n", "\(name): replaced \(replaced)")
                #expect(String(decoding: changed, as: UTF8.self).contains("\"value\": 1.50"))
            }
        }
        #expect(measuresSeen > 20)
    }
}
