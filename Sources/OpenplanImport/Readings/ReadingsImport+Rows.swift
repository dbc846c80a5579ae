import Foundation
import OpenplanCore

/// Reading one row of a readings spreadsheet: its measure, group, date and value, each checked
/// against the site's measures, with every problem put at its cell.
extension ReadingsImport {
    /// The row's reading, or nil when a cell has a problem (added to `outcome`).
    func read(_ row: SourceRow, columns: ReadingColumns, file: String, into outcome: inout Outcome) -> Row? {
        let problemsBefore = outcome.problems.count
        func problem(_ cell: SourceCell?, _ message: String) {
            let place = cell?.place ?? row.cells.first?.place
            outcome.problems.append(Finding(place: place?.description ?? file, message: message))
        }
        let measureCell = columns.cell(.measure, in: row)
        let measureText = measureCell?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !measureText.isEmpty else {
            problem(measureCell, "this row has no measure, so it is not known which measure the reading is for.")
            return nil
        }
        guard let measure = findMeasure(measureText) else {
            let ids = plan.measures.map(\.id.raw)
            problem(measureCell, "there is no measure \"\(measureText)\" in the site.\(Suggestion.phrase(for: measureText, in: ids))"
                    + " The measure column should hold a measure's id, as its file writes it.")
            return nil
        }
        var group: MeasureFileEditor.GroupName?
        if let groupCell = columns.cell(.group, in: row), !groupCell.isBlank {
            switch findGroup(groupCell.text, in: measure) {
            case .success(let found): group = found
            case .failure(let p): problem(groupCell, p.message)
            }
        }
        var date: PlanDate?
        if let dateCell = columns.cell(.date, in: row), !dateCell.isBlank || dateCell.excelDate != nil {
            switch ReadingDate.read(dateCell) {
            case .success(let d): date = d
            case .failure(let p): problem(dateCell, p.message)
            }
        } else {
            problem(columns.cell(.date, in: row), "this reading has no date. Give the date the figure is for, like \(ReadingDate.examples).")
        }
        let note = columns.cell(.note, in: row).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let valueCell = columns.cell(.value, in: row)
        var value: ReadingValue?
        if let valueCell, !valueCell.isBlank {
            switch ReadingValue.read(valueCell.text, unit: measure.unit) {
            case .success(let v):
                value = v
                if measure.unit == .percent, v.number > 100 {
                    outcome.warnings.append(Finding(place: valueCell.place.description, message: "\(valueCell.text.trimmingCharacters(in: .whitespaces)) "
                        + "is above 100 for a percentage. That is right only for growth beyond the whole (\"150% of last year\"); check it.",
                        isWarning: true))
                }
            case .failure(let p): problem(valueCell, p.message)
            }
        } else if note == nil {
            problem(valueCell, "this reading has no value. Give the figure; if there is none yet, leave the value empty and say why in the "
                    + "note column (like \"Not published yet\").")
        }
        guard outcome.problems.count == problemsBefore, let date else { return nil }
        let reading = value.map { MeasureFileEditor.Reading(date: date, number: $0.json, note: note) }
            ?? MeasureFileEditor.Reading(date: date, number: nil, text: note)
        return Row(measure: measure, group: group, reading: reading, value: value?.number, line: row.number,
                   valuePlace: (valueCell ?? row.cells[0]).place.description,
                   datePlace: (columns.cell(.date, in: row) ?? row.cells[0]).place.description)
    }

    /// The measure by its id as written, or ignoring case when that finds only one.
    func findMeasure(_ text: String) -> Measure? {
        if let exact = plan.measures.first(where: { $0.id == ItemID(text) }) { return exact }
        let loose = plan.measures.filter { $0.id.raw.lowercased() == text.lowercased() }
        return loose.count == 1 ? loose[0] : nil
    }

    /// `Area: Eden` → the breakdown and group, spelled as the measure's file spells them.
    func findGroup(_ text: String, in measure: Measure) -> Result<MeasureFileEditor.GroupName, ReadingProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":") else {
            let example = measure.breakdowns.first.map { "\"\($0.by): \($0.groups.first?.label ?? "…")\"" } ?? "\"Area: Eden\""
            return .failure(ReadingProblem("\"\(trimmed)\" should name the breakdown and the group with a colon between, like \(example)."))
        }
        let by = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
        let label = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !measure.breakdowns.isEmpty else {
            return .failure(ReadingProblem("the measure \(measure.id.raw) has no breakdowns, so it has no group \"\(trimmed)\". Add the breakdown "
                                           + "to its file first, or leave group empty for the measure's own figures."))
        }
        guard let breakdown = measure.breakdowns.first(where: { $0.by.lowercased() == by.lowercased() }) else {
            let names = measure.breakdowns.map(\.by)
            return .failure(ReadingProblem("the measure \(measure.id.raw) has no breakdown by \"\(by)\"."
                                           + Suggestion.phrase(for: by, in: names)
                                           + " Its breakdowns are by \(Suggestion.list(names.map { "\"\($0)\"" }, conjunction: "and"))."))
        }
        guard let group = breakdown.groups.first(where: { $0.label.lowercased() == label.lowercased() }) else {
            let labels = breakdown.groups.map(\.label)
            return .failure(ReadingProblem("the measure \(measure.id.raw) has no group \"\(label)\" in its breakdown by \(breakdown.by)."
                                           + Suggestion.phrase(for: label, in: labels)
                                           + " Its groups are \(Suggestion.list(labels.map { "\"\($0)\"" }, conjunction: "and"))."))
        }
        return .success(MeasureFileEditor.GroupName(by: breakdown.by, label: group.label))
    }
}
