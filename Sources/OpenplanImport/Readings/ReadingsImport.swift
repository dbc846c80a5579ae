import Foundation
import OpenplanCore
#if canImport(Glibc)
import Glibc
#endif

/// `openplan import readings`: a data team's spreadsheet of figures (measure, date, value,
/// optionally group and note) into the measures' JSON files.
///
/// Everything is checked before anything is written: `prepare` either finds problems (each at
/// its cell) or returns the finished bytes of every file to change, already read back and found
/// to hold exactly the intended readings; `write` then saves them.
public struct ReadingsImport {
    /// A problem or a warning at its place (`readings.csv:7:3`).
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public var place: String
        public var message: String
        public var isWarning = false
        public var description: String { "\(place): \(isWarning ? "warning" : "error"): \(message)" }
    }

    /// A reading on a date that already had a different one: a figure re-issued.
    public struct Correction: Sendable, Hashable {
        public var date: PlanDate
        public var was: String
        public var now: String
    }

    /// What the file changes in one list of readings: a measure's own, or one group's.
    public struct SeriesChange: Sendable, Hashable {
        public var measure: ItemID
        /// Relative to the site folder: `Content/measures/ehcp.json`.
        public var file: String
        /// The group as the measure's file spells it; nil for the measure's own readings.
        public var group: MeasureFileEditor.GroupName?
        public var added: [PlanDate] = []
        public var corrected: [Correction] = []
        /// Readings the file gives that the measure already had, exactly.
        public var unchanged = 0
    }

    /// One measures file to rewrite, with every reading put in.
    public struct FileEdit: Sendable, Hashable {
        public var file: String
        public var bytes: [UInt8]
    }

    public struct Outcome: Sendable {
        public var changes: [SeriesChange] = []
        public var edits: [FileEdit] = []
        public var problems: [Finding] = []
        public var warnings: [Finding] = []
        /// Rows that gave a reading.
        public var rows = 0
        public var added: Int { changes.reduce(0) { $0 + $1.added.count } }
        public var corrected: Int { changes.reduce(0) { $0 + $1.corrected.count } }
        public var unchanged: Int { changes.reduce(0) { $0 + $1.unchanged } }
    }

    public let plan: Plan
    public let siteFolder: URL

    public init(plan: Plan, siteFolder: URL) {
        self.plan = plan
        self.siteFolder = siteFolder
    }

    /// Errors in the site's measures files: the import stops on these, since a measure that
    /// cannot be read cannot be found or safely changed.
    public static func measureFileErrors(_ loaded: LoadResult) -> [Diagnostic] {
        loaded.diagnostics.filter { $0.severity == .error && $0.file.hasPrefix(SiteLayout.folder(.measure) + "/") }
    }

    /// A reading from one row, checked, with where it came from.
    struct Row {
        var measure: Measure
        var group: MeasureFileEditor.GroupName?
        var reading: MeasureFileEditor.Reading
        var value: Double?
        var line: Int
        var valuePlace: String
        var datePlace: String
    }

    public func prepare(_ document: SourceDocument) -> Outcome {
        var outcome = Outcome()
        let tables = document.tables
        let table = tables.first { table in
            table.rows.first(where: { !$0.isBlank })?.cells.contains { UpdateImport.key($0.text) == "measure" } ?? false
        } ?? tables.first
        guard let table else {
            outcome.problems.append(Finding(place: document.file, message: "the file holds no table of readings."))
            return outcome
        }
        let found = ReadingColumns.find(in: table, file: document.file)
        guard let columns = found.columns else {
            outcome.problems = found.problems
            return outcome
        }
        if !columns.extra.isEmpty {
            let names = columns.extra.map { "\"\($0.text)\"" }
            outcome.warnings.append(Finding(place: columns.extra[0].place.description,
                                            message: "the column\(names.count == 1 ? "" : "s") \(Suggestion.list(names, conjunction: "and")) \(names.count == 1 ? "is" : "are") not read. "
                                                + "Openplan reads measure, date, value, group and note.", isWarning: true))
        }

        var rows: [Row] = []
        var seen: [String: Row] = [:]
        for row in table.rows[(columns.headerIndex + 1)...] where !row.isBlank {
            guard let found = read(row, columns: columns, file: document.file, into: &outcome) else { continue }
            let key = [found.measure.id.raw, found.group?.by.lowercased() ?? "", found.group?.label.lowercased() ?? "",
                       found.reading.date.iso].joined(separator: "\u{1F}")
            if let earlier = seen[key] {
                if earlier.value != found.value || earlier.reading.text != found.reading.text || earlier.reading.note != found.reading.note {
                    outcome.problems.append(Finding(place: found.valuePlace, message: "\(Self.name(found.measure.id, found.group)) for "
                        + "\(found.reading.date.long) is given twice, differently: also at line \(earlier.line). Keep the right one."))
                }
                continue
            }
            seen[key] = found
            rows.append(found)
        }
        outcome.rows = rows.count
        guard outcome.problems.isEmpty else { return outcome }
        apply(rows, to: &outcome)
        return outcome
    }

    static func name(_ measure: ItemID, _ group: MeasureFileEditor.GroupName?) -> String {
        group.map { "\(measure.raw) (\($0))" } ?? measure.raw
    }

    /// Compares each reading with the measure's, puts the new and corrected ones into the
    /// files, and reads every changed file back before trusting it.
    private func apply(_ rows: [Row], to outcome: inout Outcome) {
        var editors: [String: MeasureFileEditor] = [:]
        var files: [String] = []
        var changeIndex: [MeasureFileEditor.Series: Int] = [:]
        var expected: [MeasureFileEditor.Series: [DataPoint]] = [:]
        for row in rows {
            let series = MeasureFileEditor.Series(measure: row.measure.id, group: row.group)
            let current = expected[series] ?? readings(of: row.measure, row.group)
            if changeIndex[series] == nil {
                changeIndex[series] = outcome.changes.count
                outcome.changes.append(SeriesChange(measure: row.measure.id, file: row.measure.location.file, group: row.group))
                expected[series] = current
            }
            let c = changeIndex[series]!
            let reading = row.reading
            let old = current.firstIndex { $0.date == reading.date }
            var point = DataPoint(date: reading.date, value: row.value, text: reading.text, note: reading.note)
            if let old {
                let existing = current[old]
                let sameValue = existing.value == row.value && (row.value != nil || existing.text == reading.text)
                if sameValue && (reading.note == nil || reading.note == existing.note) {
                    outcome.changes[c].unchanged += 1
                    continue
                }
                point.note = reading.note ?? existing.note
                expected[series]![old] = point
                // Only the note changed: show the notes, or "was 52, now 52" would say nothing.
                outcome.changes[c].corrected.append(Correction(date: reading.date, was: Self.shown(existing, note: sameValue),
                                                               now: Self.shown(point, note: sameValue)))
            } else {
                // A day inside a month that already has a reading (31 December 2025 beside
                // December 2025) is most likely the same figure dated another way.
                if let near = current.first(where: { $0.date.start <= reading.date.end && reading.date.start <= $0.date.end }) {
                    outcome.warnings.append(Finding(place: row.datePlace, message: "\(Self.name(row.measure.id, row.group)) already has a reading "
                        + "for \(near.date.long) (\(near.date.iso)); this one, for \(reading.date.long), is added beside it. If it is the "
                        + "same figure, write the date as \(near.date.iso) and import again.", isWarning: true))
                }
                let at = current.firstIndex { reading.date < $0.date } ?? current.count
                expected[series]!.insert(point, at: at)
                outcome.changes[c].added.append(reading.date)
            }
            let file = row.measure.location.file
            do {
                if editors[file] == nil {
                    let bytes = try [UInt8](Data(contentsOf: siteFolder.appendingPathComponent(file)))
                    editors[file] = try MeasureFileEditor(bytes: bytes, file: file)
                    files.append(file)
                }
                try editors[file]!.put(reading, in: series)
            } catch {
                outcome.problems.append(Finding(place: row.valuePlace, message: "the file \(file) could not be changed for this reading: \(error)."))
            }
        }
        guard outcome.problems.isEmpty else { return }
        for file in files {
            let editor = editors[file]!
            let (measures, diagnostics) = editor.read()
            let errors = diagnostics.filter { $0.severity == .error }
            let touched = expected.filter { entry in plan.measures.first { $0.id == entry.key.measure }?.location.file == file }
            let wrong = touched.first { series, points in
                guard let measure = measures.first(where: { $0.id == series.measure }) else { return true }
                return Self.sorted(points) != Self.sorted(readings(of: measure, series.group))
            }
            if !errors.isEmpty || wrong != nil {
                let why = errors.first.map { "it would read back with a problem: \($0)" }
                    ?? "it did not read back with exactly the readings intended for \(Self.name(wrong!.key.measure, wrong!.key.group))"
                outcome.problems.append(Finding(place: file, message: "the readings could not be added safely (\(why)). Nothing was written."))
                continue
            }
            if editor.bytes != (try? [UInt8](Data(contentsOf: siteFolder.appendingPathComponent(file)))) {
                outcome.edits.append(FileEdit(file: file, bytes: editor.bytes))
            }
        }
        if !outcome.problems.isEmpty { outcome.edits = [] }
    }

    private func readings(of measure: Measure, _ group: MeasureFileEditor.GroupName?) -> [DataPoint] {
        guard let group else { return measure.actuals }
        return measure.breakdowns.first { $0.by.lowercased() == group.by.lowercased() }?
            .groups.first { $0.label.lowercased() == group.label.lowercased() }?.actuals ?? []
    }

    /// Oldest first; readings on the same date keep their order (as the loader sorts them).
    static func sorted(_ points: [DataPoint]) -> [DataPoint] {
        points.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// A reading's figure for the summary: `52.0`, or its words when it has none.
    static func shown(_ point: DataPoint, note: Bool = false) -> String {
        let figure = point.value.map(XLSXReader.plainNumber) ?? "no figure (\(point.text ?? ""))"
        guard note else { return figure }
        return figure + (point.note.map { " with the note \"\($0)\"" } ?? " with no note")
    }

    /// Writes every file in two steps: first each new text beside its file under a temporary
    /// name, then, only when all of those are written, each renamed into place. If anything
    /// fails in the first step the temporary files are removed and no file has changed.
    public func write(_ edits: [FileEdit]) throws {
        var staged: [(temporary: URL, final: URL)] = []
        do {
            for edit in edits {
                let url = siteFolder.appendingPathComponent(edit.file)
                let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).openplan-import")
                try Data(edit.bytes).write(to: temporary)
                staged.append((temporary, url))
            }
        } catch {
            for s in staged { try? FileManager.default.removeItem(at: s.temporary) }
            throw error
        }
        // rename(2) replaces a file in one step; Foundation's replaceItemAt does not on Linux.
        for s in staged where rename(s.temporary.path, s.final.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: s.final.path])
        }
    }
}
