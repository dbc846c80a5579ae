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
            guard let node = try Yams.compose(yaml: yaml, .basic) else { return Output(root: nil, diagnostics: []) }
            var converter = Converter(reader: self, source: SourceLines(yaml))
            let root = converter.convert(node)
            guard converter.budget >= 0 else {
                return Output(root: nil, diagnostics: [.error(file, line: firstLine, column: 1,
                    "This YAML is too big to read: it repeats parts of itself (with & and *) so often that it "
                    + "would hold more than \(Converter.maximumNodes) values.")])
            }
            return Output(root: root, diagnostics: converter.diagnostics)
        } catch let error as YamlError {
            return Output(root: nil, diagnostics: [diagnostic(for: error, in: yaml)])
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
            return RawNode(value: .scalar(RawScalar(text: scalar.string, isQuoted: quoted)), line: line, column: markColumn)
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

/// The YAML's lines, for looking at what was written at a mark.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    var count: Int { lines.count }

    func line(_ number: Int) -> Substring? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    func character(line: Int, column: Int) -> Character? {
        guard let text = self.line(line) else { return nil }
        let scalars = text.unicodeScalars
        guard column >= 1, column <= scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)])
    }

    /// The text between two marks (columns counted in characters, as libyaml counts them).
    func text(from start: Mark, to end: Mark) -> String {
        var out = ""
        guard start.line <= end.line else { return out }
        for number in start.line...end.line {
            guard let text = line(number) else { break }
            let scalars = Array(text.unicodeScalars)
            let lower = number == start.line ? min(max(start.column - 1, 0), scalars.count) : 0
            let upper = number == end.line ? min(max(end.column - 1, lower), scalars.count) : scalars.count
            out.unicodeScalars.append(contentsOf: scalars[lower..<upper])
            if number != end.line { out += "\n" }
        }
        return out
    }
}
