import Yams

/// Reads YAML (site.yml, people.yml, glossary.yml, front matter) into `RawNode`s whose
/// positions are lines of the original file.
///
/// Scalars are kept as the text written: with no tag resolution a `1.10` stays "1.10" and a
/// `2026-03-31` stays a string for `Day` to parse, never a float or a timestamp.
struct YAMLReader {
    let file: String
    /// The file line on which the YAML's first line stands: 1 for a .yml file, 2 for front matter.
    let firstLine: Int

    struct Output: Sendable {
        /// nil for an empty document.
        var root: RawNode?
        var diagnostics: [Diagnostic]
    }

    func read(_ yaml: String) -> Output {
        do {
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return Output(root: nil, diagnostics: []) }
            var converter = Converter(reader: self, source: SourceLines(yaml))
            let root = converter.convert(node)
            guard converter.budget >= 0 else {
                return Output(root: nil, diagnostics: [.error(file, line: firstLine, column: 1,
                    "This YAML is too big to read: it repeats parts of itself (with & and *) so often that it "
                    + "would hold more than \(Converter.maximumNodes) values.")])
            }
            return Output(root: root, diagnostics: converter.diagnostics)
        } catch let error as YamlError {
            return Output(root: nil, diagnostics: diagnostics(for: error, in: yaml))
        } catch {
            return Output(root: nil, diagnostics: [.error(file, line: firstLine, column: 1,
                                                          "This YAML could not be read: \(error).")])
        }
    }

    func fileLine(_ yamlLine: Int) -> Int { yamlLine + firstLine - 1 }
}

/// Turns Yams nodes into `RawNode`s, one document at a time.
private struct Converter {
    let reader: YAMLReader
    let source: SourceLines
    var diagnostics: [Diagnostic] = []
    /// Aliases are expanded into copies, so a few lines could otherwise stand for billions of values.
    static let maximumNodes = 500_000
    var budget = maximumNodes

    init(reader: YAMLReader, source: SourceLines) {
        self.reader = reader
        self.source = source
    }

    mutating func convert(_ node: Node) -> RawNode {
        budget -= 1
        guard budget >= 0 else { return RawNode(value: .null, line: 1, column: 1) }
        let (markLine, markColumn) = node.mark.map { ($0.line, $0.column) } ?? (1, 1)
        let line = reader.fileLine(markLine)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && Self.nullWords.contains(scalar.string) {
                return RawNode(value: .null, line: line, column: markColumn)
            }
            let quoted = scalar.style != .plain && scalar.style != .any
            let anchors = source.anchors(of: scalar.string, style: scalar.style, line: markLine, column: markColumn)
                .map { TextAnchor(offset: $0.offset, line: reader.fileLine($0.line), column: $0.column) }
            return RawNode(value: .scalar(RawScalar(text: scalar.string, isQuoted: quoted, anchors: anchors)),
                           line: line, column: markColumn)
        case .sequence(let sequence):
            return RawNode(value: .list(sequence.map { convert($0) }), line: line, column: markColumn)
        case .mapping(let mapping):
            return RawNode(value: .map(convertMapping(mapping, line: markLine, column: markColumn)), line: line, column: markColumn)
        case .alias(let alias):
            // Yams resolves aliases while composing; an unresolved one has nothing to read.
            return RawNode(value: .null, line: line, column: alias.mark?.column ?? markColumn)
        }
    }

    private mutating func convertMapping(_ mapping: Node.Mapping, line: Int, column: Int) -> RawMap {
        let isFlow = source.character(line: line, column: column) == "{"
        var entries: [RawEntry] = []
        for (key, value) in mapping {
            let (keyLine, keyColumn) = key.mark.map { (reader.fileLine($0.line), $0.column) } ?? (reader.fileLine(line), column)
            guard case .scalar(let keyScalar) = key else {
                diagnostics.append(.error(reader.file, line: keyLine, column: keyColumn,
                                          "A key here is a list or a group of keys; keys must be single words such as title."))
                continue
            }
            // In `{ meaning: Action completed, monitoring impact }` the comma ends the value and
            // "monitoring impact" reads as a key with no value. Writers mean one piece of text,
            // and the content format's own examples are written this way, so join it back.
            if isFlow, let last = entries.last, isBareKey(key: keyScalar, value: value),
               case .scalar(var previous) = last.value.value, !previous.isQuoted {
                previous.text += ", " + keyScalar.string
                entries[entries.count - 1].value.value = .scalar(previous)
                continue
            }
            entries.append(RawEntry(key: keyScalar.string, keyLine: keyLine, keyColumn: keyColumn, value: convert(value)))
        }
        return RawMap(entries: entries)
    }

    /// A plain key followed by no colon at all, as opposed to `key:` with an empty value.
    private func isBareKey(key: Node.Scalar, value: Node) -> Bool {
        guard key.style == .plain, case .scalar(let v) = value, v.style == .plain, v.string.isEmpty,
              let from = key.mark, let to = v.mark else { return false }
        return !source.text(from: from, to: to).contains(":")
    }

    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
}

/// The YAML's lines, for looking at what was written at a mark. Only where each line starts
/// is stored, so building one costs a single pass over the bytes.
struct SourceLines {
    private let text: String
    /// Index of the first byte of each line.
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var i = utf8.startIndex
        while let newline = utf8[i...].firstIndex(of: 10) {
            i = utf8.index(after: newline)
            starts.append(i)
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }

    func character(line: Int, column: Int) -> Character? {
        guard let index = index(line: line, column: column), index < text.endIndex else { return nil }
        return Character(text.unicodeScalars[index])
    }

    /// The text between two marks (columns counted in characters, as libyaml counts them).
    func text(from start: Mark, to end: Mark) -> String {
        guard let from = index(line: start.line, column: start.column),
              let to = index(line: end.line, column: end.column), from <= to else { return "" }
        return String(text.unicodeScalars[from..<to])
    }

    /// The index of a line and column, clamped to the end of that line.
    private func index(line number: Int, column: Int) -> String.Index? {
        guard let line = line(number), column >= 1 else { return nil }
        let scalars = line.unicodeScalars
        return scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
    }
}
