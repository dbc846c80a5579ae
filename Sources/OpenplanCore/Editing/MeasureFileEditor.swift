import Foundation

/// Adds readings to a measures file, or corrects one, by splicing text at the places the JSON
/// reader reports. Only the reading written changes: every other byte of the file (key order,
/// indentation, how each number is written, CRLF line endings, a byte order mark) stays as
/// the editor or tool that wrote the file left it. Writing the whole file back through a JSON
/// writer would reorder keys, reformat numbers (`52.0` becomes `52`) and churn every line.
///
/// Each edit reads the file again: measures files are small, and it keeps every splice based
/// on the text as it now is.
public struct MeasureFileEditor: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// The file is not JSON the reader accepts: its own located problem.
        case unreadable(Diagnostic)
        /// No measure with this id in the file.
        case noSuchMeasure(ItemID)
        /// The measure has no breakdown by `by` with a group `label`.
        case noSuchGroup(by: String, label: String)
        /// `actuals` holds something other than a list, at this line.
        case notAList(line: Int)

        public var description: String {
            switch self {
            case .unreadable(let d): return d.description
            case .noSuchMeasure(let id): return "the file holds no measure \"\(id.raw)\""
            case .noSuchGroup(let by, let label): return "the measure has no group \"\(by): \(label)\""
            case .notAList(let line): return "line \(line): \"actuals\" should be a list [ … ], so no reading can be added to it"
            }
        }
    }

    /// One reading as it is to be written.
    public struct Reading: Sendable, Hashable {
        public var date: PlanDate
        /// The number exactly as it is to be written (`52.0`, `1234`); nil for a reading
        /// with no figure, which then needs `text` saying why.
        public var number: String?
        public var text: String?
        public var note: String?

        public init(date: PlanDate, number: String?, text: String? = nil, note: String? = nil) {
            self.date = date
            self.number = number
            self.text = text
            self.note = note
        }
    }

    /// Which readings: the measure's own `actuals`, or a breakdown group's.
    public struct Series: Sendable, Hashable {
        public var measure: ItemID
        /// The breakdown's `by` and the group's `label` (both matched ignoring case), or nil
        /// for the measure's own readings.
        public var group: GroupName?

        public init(measure: ItemID, group: GroupName? = nil) {
            self.measure = measure
            self.group = group
        }
    }

    /// A breakdown group, as a readings spreadsheet names it: `Area: Eden`.
    public struct GroupName: Sendable, Hashable, CustomStringConvertible {
        public var by: String
        public var label: String
        public init(by: String, label: String) {
            self.by = by
            self.label = label
        }
        public var description: String { "\(by): \(label)" }
    }

    /// The file as it now is.
    public private(set) var bytes: [UInt8]
    /// Relative to the site folder, for the places in problems.
    public let file: String

    public init(bytes: [UInt8], file: String) throws {
        self.bytes = bytes
        self.file = file
        _ = try JSONLayout(bytes: bytes, file: file)
    }

    /// Puts `reading` into the series: in place of the reading on the same date, if there is
    /// one, otherwise before the first reading with a later date (so readings written in date
    /// order stay so). A missing or empty `actuals` list is written in the style of the file's
    /// other readings and targets.
    public mutating func put(_ reading: Reading, in series: Series) throws {
        let layout = try JSONLayout(bytes: bytes, file: file)
        let owner = try self.owner(of: series, in: layout)
        guard let map = owner.map else { throw Problem.noSuchMeasure(series.measure) }
        let ownerRange = layout.range(of: owner)
        let entry = map["actuals"]
        var items: [RawNode] = []
        switch entry?.value.value {
        case .list(let list)?: items = list
        case .null?, nil: break
        default: throw Problem.notAList(line: entry?.value.line ?? owner.line)
        }
        if let same = items.first(where: { Self.date(of: $0) == reading.date }) {
            let range = layout.range(of: same)
            let style = JSONItemStyle(item: same, layout: layout)
            splice(range, with: style.render(reading, replacing: same, layout: layout))
            return
        }
        if !items.isEmpty {
            let ranges = items.map { layout.range(of: $0) }
            let index = items.firstIndex { Self.date(of: $0).map { reading.date < $0 } ?? false } ?? items.count
            let neighbour = items[max(0, min(index, items.count) - 1)]
            let text = JSONItemStyle(item: neighbour, layout: layout).render(reading, replacing: nil, layout: layout)
            let separator: String
            if ranges.count >= 2 {
                separator = layout.text(ranges[0].upperBound..<ranges[1].lowerBound)
            } else {
                let open = layout.start(of: entry!.value)
                let before = layout.text((open + 1)..<ranges[0].lowerBound)
                separator = before.contains("\n") || before.contains("\r") ? "," + before : ", "
            }
            if index < items.count {
                let at = ranges[index].lowerBound
                splice(at..<at, with: text + separator)
            } else {
                let at = ranges[ranges.count - 1].upperBound
                splice(at..<at, with: separator + text)
            }
            return
        }
        // No readings yet: the list is written whole, laid out like the object that holds it.
        let oneLine = !layout.spansLines(ownerRange)
        let keyIndent: String
        if let entry {
            keyIndent = layout.indent(at: layout.keyRange(of: entry).lowerBound)
        } else {
            keyIndent = map.entries.last.map { layout.indent(at: layout.keyRange(of: $0).lowerBound) } ?? layout.indent(at: ownerRange.lowerBound)
        }
        let itemIndent = keyIndent + layout.indentStep
        let template = Self.templateItem(in: layout)
        var style = template.map { JSONItemStyle(item: $0, layout: layout) } ?? JSONItemStyle.plain
        // (a template from elsewhere keeps its own key order and spacing, at this list's depth)
        if oneLine { style = style.onOneLine() } else { style = style.reindented(to: itemIndent) }
        let item = style.render(reading, replacing: nil, layout: layout)
        let list = oneLine ? "[ " + item + " ]"
            : "[" + layout.newline + itemIndent + item + layout.newline + keyIndent + "]"
        if let entry {
            splice(layout.range(of: entry.value), with: list)
        } else {
            guard let last = map.entries.last else { throw Problem.noSuchMeasure(series.measure) }
            let at = layout.range(of: last.value).upperBound
            let gap = oneLine ? ", " : "," + layout.newline + keyIndent
            splice(at..<at, with: gap + "\"actuals\": " + list)
        }
    }

    private mutating func splice(_ range: Range<Int>, with text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    /// The object whose `actuals` the series names: the measure, or one group of it.
    private func owner(of series: Series, in layout: JSONLayout) throws -> RawNode {
        let measure: RawNode
        switch layout.root.value {
        case .map(let map):
            if let id = Self.scalar(map["id"]?.value), ItemID(id) != series.measure { throw Problem.noSuchMeasure(series.measure) }
            measure = layout.root
        case .list(let items):
            guard let found = items.first(where: { item in
                item.map.flatMap { Self.scalar($0["id"]?.value) }.map { ItemID($0) == series.measure } ?? false
            }) else { throw Problem.noSuchMeasure(series.measure) }
            measure = found
        default:
            throw Problem.noSuchMeasure(series.measure)
        }
        guard let by = series.group?.by, let label = series.group?.label else { return measure }
        func matches(_ node: RawNode, _ key: String, _ wanted: String) -> Bool {
            Self.scalar(node.map?[key]?.value)?.lowercased() == wanted.lowercased()
        }
        guard case .list(let breakdowns)? = measure.map?["breakdowns"]?.value.value,
              let breakdown = breakdowns.first(where: { matches($0, "by", by) }),
              case .list(let groups)? = breakdown.map?["groups"]?.value.value,
              let group = groups.first(where: { matches($0, "label", label) }) else {
            throw Problem.noSuchGroup(by: by, label: label)
        }
        return group
    }

    static func scalar(_ node: RawNode?) -> String? {
        if case .scalar(let s)? = node?.value { return s.text }
        return nil
    }

    static func date(of item: RawNode) -> PlanDate? {
        scalar(item.map?["date"]?.value).flatMap(PlanDate.init)
    }

    /// The first reading, target or figure written anywhere in the file: a new list's item
    /// is written like it.
    static func templateItem(in layout: JSONLayout) -> RawNode? {
        func search(_ node: RawNode, underList: Bool) -> RawNode? {
            switch node.value {
            case .map(let map):
                if underList, map["date"] != nil { return node }
                for entry in map.entries { if let found = search(entry.value, underList: false) { return found } }
            case .list(let items):
                for item in items { if let found = search(item, underList: true) { return found } }
            default: break
            }
            return nil
        }
        return search(layout.root, underList: false)
    }
}
