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
    let library: MustacheLibrary

    /// The default theme, overridden by `siteFolder/Templates/*.mustache` and `siteFolder/Public/**`.
    /// - Throws: `ThemeError` listing every template that cannot be parsed, with file, line and column.
    public static func load(siteFolder: URL) throws -> Theme {
        var templates = DefaultTheme.templates
        var origin: [String: String] = [:]
        var assets = DefaultTheme.assets
        let fm = FileManager.default
        let templatesFolder = siteFolder.appendingPathComponent(SiteLayout.templates)
        for relative in ThemeFiles.list(templatesFolder) where relative.hasSuffix(".mustache") {
            let name = String(relative.dropLast(".mustache".count))
            let url = templatesFolder.appendingPathComponent(relative)
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw ThemeError(diagnostics: [.error(SiteLayout.templates + "/" + relative, "This template could not be read as UTF-8 text.")])
            }
            templates[name] = text
            origin[name] = SiteLayout.templates + "/" + relative
        }
        let publicFolder = siteFolder.appendingPathComponent(SiteLayout.publicFiles)
        for relative in ThemeFiles.list(publicFolder) {
            if let data = fm.contents(atPath: publicFolder.appendingPathComponent(relative).path) {
                assets[relative] = [UInt8](data)
            }
        }
        return try Theme(templates: templates, assets: assets, origin: origin)
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
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for name in templates.keys.sorted() {
            let file = origin[name] ?? "\(SiteLayout.templates)/\(name).mustache (built-in theme)"
            do {
                var text = templates[name]!
                if text.hasSuffix("\r\n") { text.removeLast(1) } else if text.hasSuffix("\n") { text.removeLast() }
                let template = try MustacheTemplate(string: FastHTMLContentType.pragma + text)
                library.register(template, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber - (line == 1 ? FastHTMLContentType.pragma.count : 0)
                var shown = error.context.line
                if line == 1, shown.hasPrefix(FastHTMLContentType.pragma) { shown.removeFirst(FastHTMLContentType.pragma.count) }
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

    /// Renders a view with a named template; an unknown name renders nothing. Goes through the
    /// template library's public API only: views answer its `MustacheParent` look-ups by name.
    func render(_ view: some TemplateView, _ name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
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
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
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

/// Lists files under a folder as relative paths with `/`, sorted, skipping hidden files.
enum ThemeFiles {
    static func list(_ folder: URL) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        guard let enumerator = fm.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let item = enumerator.nextObject() as? String {
            let parts = item.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }
            var dir: ObjCBool = false
            if fm.fileExists(atPath: folder.appendingPathComponent(item).path, isDirectory: &dir), !dir.boolValue {
                out.append(item)
            }
        }
        return out.sorted()
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
