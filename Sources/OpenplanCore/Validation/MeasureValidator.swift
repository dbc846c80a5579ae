/// Reads `Content/measures/*.json`: one measure object or a list of them per file.
struct MeasureValidator {
    static let known = ["id", "title", "description", "unit", "direction", "priority", "source", "baseline", "targets", "actuals",
                        "archived", "next_reading_due", "comparators", "breakdowns"]

    func validate(_ document: RawDocument) -> [Checked<Measure>] {
        guard let root = document.root else { return [] }
        switch root.value {
        case .map(let map):
            return [measure(map, at: root, in: document, defaultID: ItemID(document.stem))]
        case .list(let items):
            if items.isEmpty {
                return [Checked(diagnostics: [.warning(document.file, line: root.line, column: root.column,
                                                       "This measures file holds an empty list, so it adds no measures.")])]
            }
            return items.map { node in
                guard let map = node.map else {
                    return Checked(diagnostics: [.error(document.file, line: node.line, column: node.column,
                        "Each item in this list should be a measure object { \"id\": …, \"title\": … }, but this one is \(node.kindDescription).")])
                }
                return measure(map, at: node, in: document, defaultID: nil)
            }
        default:
            return [Checked(diagnostics: [.error(document.file, line: root.line, column: root.column,
                "A measures file should hold one measure object { … } or a list of them [ … ], but this holds \(root.kindDescription).")])]
        }
    }

    /// `defaultID` is the file name for a file holding a single measure; in a list each needs its own id.
    private func measure(_ map: RawMap, at node: RawNode, in document: RawDocument, defaultID: ItemID?) -> Checked<Measure> {
        var checked = Checked<Measure>()
        let location = SourceLocation(file: document.file, line: node.line, column: node.column)
        var fields = FieldReader(map, file: document.file, subject: "This measure", origin: node.position,
                                 known: Self.known, isJSON: true)
        let id = defaultID == nil ? fields.id("id", required: true) : fields.optionalID("id")
        if let id {
            checked.identity = Identity(id: id.value, location: SourceLocation(file: document.file, line: id.line, column: id.column))
        } else if let defaultID {
            checked.identity = Identity(id: defaultID, location: location)
        }
        let title = fields.text("title", required: true, hint: "what is measured, in plain words")
        let description = fields.text("description")
        let unit = fields.choice("unit", required: true, as: MeasureUnit.self)
        let direction = fields.choice("direction", required: true, as: Direction.self)
        let priority = fields.id("priority")
        let source = fields.text("source")
        let points = DataPointReader(file: document.file, unit: unit)
        let baseline = points.baseline(&fields)
        let targets = points.list("targets", &fields, noun: "target")
        let actuals = points.list("actuals", &fields, noun: "reading")
        let comparison = ComparisonReader(file: document.file, points: points)
        let comparators = comparison.comparators(&fields)
        let breakdowns = comparison.breakdowns(&fields)
        let archived = fields.bool("archived") ?? false
        let nextReadingDue = fields.planDate("next_reading_due")
        if let priority { checked.references.append(document.reference(.priority, priority)) }
        checked.diagnostics = fields.diagnostics
        if let identity = checked.identity, let title, let unit, let direction {
            checked.item = Measure(id: identity.id, title: title, description: description, unit: unit, direction: direction,
                                   priority: priority?.value, source: source, baseline: baseline,
                                   targets: DataPointReader.sorted(targets), actuals: DataPointReader.sorted(actuals),
                                   location: location, archived: archived, nextReadingDue: nextReadingDue)
            checked.item?.places = fields.places
            checked.item?.comparators = comparators
            checked.item?.breakdowns = breakdowns
        }
        return checked
    }
}
