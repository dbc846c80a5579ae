import Markdown

/// One problem found in a site's content, pointing at the place a content editor should look.
///
/// Every message is written once, in plain words, and names the bad value and what would be
/// accepted. The build collects all of them before stopping, so an editor fixes everything in
/// one pass rather than one error per run.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// Where: the file relative to the site folder (`Content/actions/1.2.md`) and the line and
    /// column (1-based; 0 when the problem is about the file as a whole and has no better place).
    public var location: SourceLocation
    public var message: String

    public var file: String {
        get { location.file }
        set { location.file = newValue }
    }
    public var line: Int {
        get { location.line }
        set { location.line = newValue }
    }
    public var column: Int {
        get { location.column }
        set { location.column = newValue }
    }

    public init(_ severity: Severity, _ file: String, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.location = SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
        self.message = message
    }

    public static func error(_ file: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.error, file, line: line, column: column, message)
    }

    public static func warning(_ file: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file, line: line, column: column, message)
    }

    /// A problem with a file or folder as a whole (a missing `Content` folder), which has no
    /// line to point at: shown as `Content: error: …`, not `Content:1:1: error: …`.
    public static func error(at place: SourceLocation, _ message: String) -> Diagnostic {
        .error(place.file, line: place.line, column: place.column, message)
    }

    public static func warning(at place: SourceLocation, _ message: String) -> Diagnostic {
        .warning(place.file, line: place.line, column: place.column, message)
    }

    public static func about(_ severity: Severity, _ file: String, _ message: String) -> Diagnostic {
        var d = Diagnostic(severity, file, line: 1, column: 1, message)
        d.line = 0
        d.column = 0
        return d
    }

    /// `FILE:LINE:COLUMN`, or the file alone for a problem about the whole file or folder.
    public var place: String { line == 0 ? file : "\(file):\(line):\(column)" }

    public var description: String { "\(place): \(severity.rawValue): \(message)" }

    /// Ordered by file, then position, so output is stable whatever order checks ran in.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.severity, a.message) < (b.file, b.line, b.column, b.severity, b.message)
    }
}

/// A place in a source file, carried from loading through validation so later stages can point at it.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    /// Line and column in the file, as an editor shows them: the same position type a
    /// Markdown body's places use (`MarkdownSource.location(of:)` turns one into this).
    public var position: TextPosition
    public var line: Int {
        get { position.line }
        set { position.line = newValue }
    }
    public var column: Int {
        get { position.column }
        set { position.column = newValue }
    }
    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.position = TextPosition(line: line, column: column)
    }
}
