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
        let file = entry.path
        var document = RawDocument(kind: entry.kind, file: file, stem: entry.stem, root: nil,
                                   origin: SourceLocation(file: file, line: 1, column: 1),
                                   body: .empty(file: file), isReadable: false, diagnostics: [])
        let data: [UInt8]
        switch SiteFolderReader.read(entry.filePath) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            document.couldNotOpen = true
            document.diagnostics.append(.error(file, "This file could not be read (\(failure.reason)). "
                + "Openplan stops rather than build the site without it. Check that the user who runs openplan can open it."))
            return document
        }
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
            body = MarkdownSource(text: split.body, file: file, firstLine: split.bodyFirstLine)
            let output = YAMLReader(file: file, firstLine: split.yamlFirstLine).read(split.yaml)
            root = output.root
            diagnostics += output.diagnostics
            isReadable = output.diagnostics.allSatisfy { $0.severity != .error }
        }
    }
}
