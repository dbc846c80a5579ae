/// Reads a measure's `comparators` and `breakdowns` (content format 1.1): figures from
/// elsewhere, and the same measure split by area, phase, age or SEND status.
struct ComparisonReader {
    let file: String
    let points: DataPointReader

    static let comparatorKeys = ["label", "values"]
    static let breakdownKeys = ["by", "groups"]
    static let groupKeys = ["label", "actuals"]

    func comparators(_ fields: inout FieldReader) -> [Comparator] {
        var out: [Comparator] = []
        var seen = Set<String>()
        for var reader in objects("comparators", &fields, like: "{ \"label\": \"England average\", \"values\": [ … ] }",
                                  subject: "This comparator", keys: Self.comparatorKeys) {
            let label = reader.located("label", required: true, hint: "where the figures come from, like \"England average\"")
            // Warn about a comparator with no figures only when it has none written: a value
            // that is not a list at all, or a figure with a bad date, is reported where it is.
            var noneWritten = false
            switch reader.entry("values")?.value.value {
            case nil, .null?: noneWritten = true
            case .list(let items)?: noneWritten = items.isEmpty
            default: break
            }
            let values = points.list("values", &reader, noun: "figure")
            if let label {
                if !seen.insert(label.value.lowercased()).inserted {
                    reader.error(label.line, label.column, "Another comparator of this measure is already called \"\(label.value)\". "
                                 + "Give each a different label, so readers can tell them apart.")
                } else if noneWritten {
                    reader.warning(label.line, label.column, "The comparator \"\(label.value)\" has no figures yet, so it is not shown.")
                }
            }
            fields.absorb(reader)
            if let label { out.append(Comparator(label: label.value, values: DataPointReader.sorted(values))) }
        }
        return out
    }

    func breakdowns(_ fields: inout FieldReader) -> [Breakdown] {
        var out: [Breakdown] = []
        var seen = Set<String>()
        for var reader in objects("breakdowns", &fields, like: "{ \"by\": \"Area\", \"groups\": [ … ] }",
                                  subject: "This breakdown", keys: Self.breakdownKeys) {
            var by = reader.located("by", required: true, hint: "what the figures are split by, like \"Area\"")
            if let name = by {
                if name.value.contains(":") {
                    // A readings spreadsheet names a group as "Area: Eden"; a colon in the
                    // dimension would make that ambiguous.
                    reader.error(name.line, name.column, "\"by\" should not contain a colon (\"\(name.value)\"): "
                                 + "a readings spreadsheet names a group as \"\(name.value.split(separator: ":").first ?? ""): Label\".")
                    by = nil
                } else if !seen.insert(name.value.lowercased()).inserted {
                    reader.error(name.line, name.column, "This measure already has a breakdown by \"\(name.value)\". "
                                 + "Put all its groups in one breakdown.")
                    by = nil
                }
            }
            let groups = self.groups(&reader)
            if let name = by, groups.isEmpty, reader.entry("groups") != nil {
                reader.warning(name.line, name.column, "The breakdown by \"\(name.value)\" has no groups, so it is not shown.")
            }
            fields.absorb(reader)
            if let by { out.append(Breakdown(by: by.value, groups: groups)) }
        }
        return out
    }

    private func groups(_ fields: inout FieldReader) -> [BreakdownGroup] {
        var out: [BreakdownGroup] = []
        var seen = Set<String>()
        for var reader in objects("groups", &fields, like: "{ \"label\": \"Eden\", \"actuals\": [ … ] }",
                                  subject: "This group", keys: Self.groupKeys, required: true) {
            let label = reader.located("label", required: true, hint: "the group's name, like \"Eden\"")
            let actuals = points.list("actuals", &reader, noun: "reading")
            if let label, !seen.insert(label.value.lowercased()).inserted {
                reader.error(label.line, label.column, "Another group of this breakdown is already called \"\(label.value)\". "
                             + "Put all of a group's readings under one label.")
                fields.absorb(reader)
                continue
            }
            fields.absorb(reader)
            if let label { out.append(BreakdownGroup(label: label.value, actuals: DataPointReader.sorted(actuals))) }
        }
        return out
    }

    /// A reader over each object in the list `key`; any other item is reported at its place
    /// ("Each item in \"groups\" should be an object like …"). Each reader's findings go back
    /// into `fields` through `absorb`.
    private func objects(_ key: String, _ fields: inout FieldReader, like example: String, subject: String,
                         keys: [String], required: Bool = false) -> [FieldReader] {
        var readers: [FieldReader] = []
        for node in fields.list(key, required: required, hint: required ? "a list like [ \(example) ]" : "") {
            guard let map = node.map else {
                fields.error(node.line, node.column, "Each item in \"\(key)\" should be an object like "
                             + "\(example), but this one is \(node.kindDescription).")
                continue
            }
            readers.append(FieldReader(map, file: file, subject: subject, origin: node.position, known: keys, isJSON: true))
        }
        return readers
    }
}
