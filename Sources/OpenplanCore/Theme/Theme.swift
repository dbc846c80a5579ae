import Markdown
import Foundation
import Mustache

/// The templates and static files a site is published with: the built-in default theme,
/// overridden file by file by the site's own `Templates/` and `Public/`.
///
/// Templates are parsed once here, never per page.
public struct Theme: Sendable {
    /// `Public/` relative path → bytes, copied as they are to the output root.
    public var assets: [String: [UInt8]]
    /// Template names (file names without `.mustache`), for checks and tests.
    public let templateNames: [String]
    /// Files in `Templates/` and `Public/` left out, such as links to places outside the site.
    public internal(set) var warnings: [Diagnostic] = []
    let library: MustacheLibrary

    /// The default theme, overridden by `siteFolder/Templates/*.mustache` and `siteFolder/Public/**`.
    /// - Throws: `ThemeError` listing every template that cannot be parsed, with file, line and column.
    public static func load(siteFolder: URL) throws -> Theme {
        var templates = DefaultTheme.templates
        var origin: [String: String] = [:]
        var assets = DefaultTheme.assets
        let reader = SiteFolderReader(siteFolder: siteFolder)
        var found = ThemeFiles.list(SiteLayout.templates, reader: reader)
        found += ThemeFiles.list(SiteLayout.publicFiles, reader: reader)
        var problems = found.diagnostics
        var couldNotRead = found.unreadable
        for file in found.files {
            let bytes: [UInt8]
            switch SiteFolderReader.read(file.path) {
            case .success(let read): bytes = read
            case .failure(let failure):
                couldNotRead = true
                problems.append(.about(.error, file.shown, "This file could not be read (\(failure.reason)). "
                    + "Openplan stops rather than build the site without it. Check that the user who runs openplan can open it."))
                continue
            }
            if file.shown.hasPrefix(SiteLayout.publicFiles + "/") {
                assets[String(file.shown.dropFirst(SiteLayout.publicFiles.count + 1))] = bytes
            } else if file.shown.hasSuffix(".mustache") {
                let relative = file.shown.dropFirst(SiteLayout.templates.count + 1)
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    problems.append(.error(file.shown, "This template could not be read as UTF-8 text."))
                    continue
                }
                let name = String(relative.dropLast(".mustache".count))
                templates[name] = text
                if name.hasPrefix("text-"), let html = TextTemplateHTML.first(in: text) {
                    problems.append(.warning(file.shown, line: html.line, column: html.column,
                        "This plain-text email template holds HTML (\(html.tag)), but the text- templates are now written in "
                            + "Markdown, and HTML in them is left out of email.txt. Rewrite it in Markdown, starting from the "
                            + "built-in template (see the theme's Templates/README.md)."))
                }
                origin[name] = file.shown
            }
        }
        if problems.contains(where: { $0.severity == .error }) {
            throw ThemeError(diagnostics: problems.sorted(), isUsageProblem: couldNotRead)
        }
        var theme = try Theme(templates: templates, assets: assets, origin: origin)
        theme.warnings = problems.sorted()
        return theme
    }

    /// The built-in theme alone, as used by a site with only `Content/`.
    public static func builtIn() throws -> Theme {
        try Theme(templates: DefaultTheme.templates, assets: DefaultTheme.assets, origin: [:])
    }

    /// Parses every template, collecting every parse error before throwing.
    ///
    /// A template's final line break is dropped, so a one-line partial such as `status-tag`
    /// can sit inside a sentence or a table cell without adding a line break there.
    init(templates: [String: String], assets: [String: [UInt8]], origin: [String: String] = [:]) throws {
        _ = FastHTMLContentType.registered
        _ = MarkdownContentType.registered
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for name in templates.keys.sorted() {
            let file = origin[name] ?? "\(SiteLayout.templates)/\(name).mustache (built-in theme)"
            do {
                var text = templates[name]!
                if text.hasSuffix("\r\n") { text.removeLast(1) } else if text.hasSuffix("\n") { text.removeLast() }
                let pragma = Self.pragma(name)
                let template = try MustacheTemplate(string: pragma + text)
                library.register(template, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let pragma = Self.pragma(name)
                let column = error.context.columnNumber - (line == 1 ? pragma.count : 0)
                var shown = error.context.line
                if line == 1, shown.hasPrefix(pragma) { shown.removeFirst(pragma.count) }
                problems.append(.error(file, line: line, column: column, ThemeError.describe(error.error, line: shown)))
            } catch {
                problems.append(.error(file, "This template could not be read: \(error)."))
            }
        }
        guard problems.isEmpty else { throw ThemeError(diagnostics: problems.sorted()) }
        self.library = library
        self.assets = assets
        self.templateNames = templates.keys.sorted()
    }

    /// `text-` templates write Markdown for the plain-text email, so their values are escaped
    /// for Markdown; every other template writes HTML.
    static func pragma(_ name: String) -> String {
        name.hasPrefix("text-") ? MarkdownContentType.pragma : FastHTMLContentType.pragma
    }

    /// Renders a view with a named template; an unknown name renders nothing. Goes through the
    /// template library's public API only: views answer its `MustacheParent` look-ups by name.
    func render(_ view: some TemplateView, _ name: String) -> String {
        library.render(ViewReference(view), withTemplate: name) ?? ""
    }

    /// As `render`, as UTF-8 bytes.
    func renderBytes(_ view: some TemplateView, _ name: String) -> [UInt8] {
        Array(render(view, name).utf8)
    }

    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}

/// A theme that cannot be used, with a diagnostic for each problem.
public struct ThemeError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// A file or folder could not be read at all, rather than read and found wrong.
    public var isUsageProblem: Bool
    public init(diagnostics: [Diagnostic], isUsageProblem: Bool = false) {
        self.diagnostics = diagnostics
        self.isUsageProblem = isUsageProblem
    }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    static func describe(_ error: Error, line: String) -> String {
        let shown = line.trimmedSpaces()
        let at = shown.isEmpty ? "" : " (in: \(shown.count > 60 ? String(shown.prefix(60)) + "…" : shown))"
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return "A section is closed with a different name from the one that opened it\(at). Close {{#name}} with {{/name}}."
        case .unfinishedName?:
            return "A tag is not finished\(at). Each {{ needs a matching }}."
        case .expectedSectionEnd?:
            return "A section is opened but never closed. Add {{/name}} for each {{#name}} or {{^name}}."
        case .invalidSetDelimiter?:
            return "A set-delimiter tag is written wrongly\(at)."
        default:
            return "This template could not be read\(at): \(error)."
        }
    }
}

/// The files of a site's `Templates/` or `Public/`, found the way `SiteFolderReader` allows:
/// hidden names and links leading out of the site are left out, each with a warning.
enum ThemeFiles {
    struct File {
        /// Relative to the site folder, with `/`: `Public/images/logo.svg`.
        var shown: String
        /// Where to read it.
        var path: String
    }

    struct Found {
        var files: [File] = []
        var diagnostics: [Diagnostic] = []
        var unreadable = false

        static func += (a: inout Found, b: Found) {
            a.files += b.files
            a.diagnostics += b.diagnostics
            a.unreadable = a.unreadable || b.unreadable
        }
    }

    /// Every file under the site's folder `name`, sorted by path.
    static func list(_ name: String, reader: SiteFolderReader) -> Found {
        var found = Found()
        let (folder, diagnostics) = reader.topFolder(name)
        found.diagnostics = diagnostics
        guard let folder else { return found }
        // Real paths of the folders walked: a link inside the site back to a folder above
        // must not make the walk go round for ever.
        var seen: Set<String> = []
        func walk(_ path: String, shown: String) {
            guard seen.insert(SiteFolderReader.realPath(path) ?? path).inserted else { return }
            let listing = reader.list(path, shownAs: shown)
            found.diagnostics += listing.diagnostics
            if !listing.isReadable { found.unreadable = true }
            for entry in listing.entries {
                if entry.isFolder {
                    walk(entry.path, shown: shown + "/" + entry.name)
                } else {
                    found.files.append(File(shown: shown + "/" + entry.name, path: entry.path))
                }
            }
        }
        walk(folder, shown: name)
        found.files.sort { $0.shown < $1.shown }
        return found
    }

    /// Every file under `folder`, relative to it, sorted: for tests that compare a folder's files.
    static func list(_ folder: URL) -> [String] {
        let reader = SiteFolderReader(siteFolder: folder.deletingLastPathComponent())
        return list(folder.lastPathComponent, reader: reader).files.map {
            String($0.shown.dropFirst(folder.lastPathComponent.count + 1))
        }
    }
}

/// HTML escaping for `{{value}}`, the same five characters as the engine's own (`& < > " '`)
/// but without a dictionary lookup per character: escaping is most of the time spent
/// rendering a page. Every template is parsed with a leading pragma selecting it.
struct FastHTMLContentType: MustacheContentType {
    static let name = "OPENPLAN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}

/// A view struct a template can read: its stored properties, by name. The conformances are
/// generated by `scripts/generate-view-keys` (`Views/Views+TemplateKeys.swift`), one switch case
/// a property, so the template library never falls back to reflection; `scripts/test` checks
/// the generated file is up to date.
protocol TemplateView: MustacheParent {}

/// A view as the template library is given it: by reference. The library looks each
/// `{{name}}` up by casting the views on its stack to `MustacheParent`, and a cast copies the
/// value it casts; a page's view struct, with dozens of fields, would be copied whole (every
/// field retained and released) for every name on the page. A reference is copied by one retain.
final class ViewReference<View: TemplateView>: MustacheParent {
    let view: View
    init(_ view: View) { self.view = view }
    func child(named name: String) -> Any? { view.child(named: name) }
}
