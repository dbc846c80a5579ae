import Foundation

/// One content file after reading, before validation: its YAML or JSON as a `RawNode` tree
/// and its Markdown body with the line it starts on.
struct RawDocument: Sendable {
    var kind: ContentKind
    /// Relative to the site folder.
    var file: String
    /// The file name without extension: the default id.
    var stem: String
    /// The front matter, YAML file or JSON; nil when there is none or it could not be read.
    var root: RawNode?
    /// Where "this file has no title" points: line 1, the opening `---` of front matter.
    var origin: SourceLocation
    var body: MarkdownSource
    /// False when the file could not be read or parsed at all; validation then skips it.
    var isReadable: Bool
    /// True when the file itself could not be opened or read (as opposed to read and found wrong).
    var couldNotOpen = false
    var diagnostics: [Diagnostic]

    static func load(_ entry: ContentInventory.Entry) -> RawDocument {
        load(entry, reusing: nil).document
    }

    /// Reads the file, and parses it unless `earlier` holds the same bytes for the same path,
    /// in which case that document is the answer. Also gives the bytes read, for the next load
    /// to compare with (nil when the file could not be read), and whether the document was reused.
    static func load(_ entry: ContentInventory.Entry,
                     reusing earlier: (bytes: [UInt8], document: RawDocument)?) -> (document: RawDocument, bytes: [UInt8]?, reused: Bool) {
        let file = entry.path
        var document = RawDocument(kind: entry.kind, file: file, stem: entry.stem, root: nil,
                                   origin: SourceLocation(file: file, line: 1, column: 1),
                                   body: .empty(file: file), isReadable: false, diagnostics: [])
        let data: [UInt8]
        switch SiteFolderReader.read(entry.filePath) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            document.couldNotOpen = true
            document.diagnostics.append(.about(.error, file, "This file could not be read (\(failure.reason)). "
                + "Openplan stops rather than build the site without it. Check that the user who runs openplan can open it."))
            return (document, nil, false)
        }
        if let earlier, earlier.bytes == data, earlier.document.kind == entry.kind { return (earlier.document, data, true) }
        return (parsed(data, into: document), data, false)
    }

    private static func parsed(_ data: [UInt8], into empty: RawDocument) -> RawDocument {
        var document = empty
        let file = document.file
        switch SourceText.decode(data, file: file) {
        case .failure(let diagnostic):
            document.diagnostics.append(diagnostic)
        case .success(let text):
            document.parse(text)
        }
        return document
    }

    /// Reads already-decoded text according to the file's kind.
    mutating func parse(_ text: String) {
        switch kind {
        case .site, .people, .glossary:
            let output = YAMLReader(file: file, firstLine: 1).read(text)
            root = output.root
            diagnostics += output.diagnostics
            isReadable = output.diagnostics.allSatisfy { $0.severity != .error }
        case .measure:
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.append(.error(file, "This measures file is empty. It should hold one measure { … } or a list of them [ … ]."))
                return
            }
            switch JSONReader(file: file).read(text) {
            case .success(let node):
                root = node
                isReadable = true
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        case .priority, .action, .feedback, .bulletin, .page:
            parseMarkdown(text)
        }
    }

    private mutating func parseMarkdown(_ text: String) {
        let split = FrontMatter.split(text)
        switch split.shape {
        case .absent:
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.append(.error(file, "This file is empty. It should start with front matter: "
                                          + "a line \"---\", keys such as \"title: …\", then another line \"---\"."))
            } else {
                diagnostics.append(.error(file, "This file has no front matter. Start it with a line \"---\", "
                                          + "then keys such as \"title: …\", then another line \"---\" before the text."))
            }
            body = MarkdownSource(text: text, file: file, firstLine: 1)
        case .unclosed:
            diagnostics.append(.error(file, "The front matter that starts here is never closed. "
                                      + "Add a line holding only \"---\" after its last key."))
        case .closed:
            body = Self.withoutControlCharacters(MarkdownSource(text: split.body, file: file, firstLine: split.bodyFirstLine),
                                                 reportingTo: &diagnostics)
            let output = YAMLReader(file: file, firstLine: split.yamlFirstLine).read(split.yaml)
            root = output.root
            diagnostics += output.diagnostics
            isReadable = output.diagnostics.allSatisfy { $0.severity != .error }
        }
    }

    /// Control characters other than tab and line feed (an escape, a bell, a NUL, C1 codes)
    /// are invisible in an editor and not allowed in HTML. Each is published as a space and
    /// reported where it is; after the first few in a file, only their number is given.
    static func withoutControlCharacters(_ source: MarkdownSource, reportingTo diagnostics: inout [Diagnostic]) -> MarkdownSource {
        // Nearly every body has none: look at the bytes first (C1 codes start with 0xC2).
        var bytes = source.text
        let suspect = bytes.withUTF8 { $0.contains { ($0 < 0x20 && $0 != 9 && $0 != 10) || $0 == 0x7F || $0 == 0xC2 } }
        guard suspect else {
            return source
        }
        let shown = 10
        var line = source.firstLine, column = 1, found = 0
        var text = String.UnicodeScalarView()
        for scalar in source.text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 9 && v != 10) || (v >= 0x7F && v <= 0x9F) {
                found += 1
                if found <= shown {
                    diagnostics.append(.warning(source.file, line: line, column: column,
                        "This text holds an invisible control character (U+\(String(format: "%04X", v))), which is "
                            + "published as a space. Delete it, or retype the text around it."))
                }
                text.append(" ")
            } else {
                text.append(scalar)
            }
            if v == 10 { line += 1; column = 1 } else { column += 1 }
        }
        if found > shown {
            diagnostics.append(.warning(source.file, line: source.firstLine, column: 1,
                "The text holds \(found) control characters in all; only the first \(shown) are listed. Each is published as a space."))
        }
        return MarkdownSource(text: String(text), file: source.file, firstLine: source.firstLine)
    }
}
