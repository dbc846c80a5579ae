import Mustache

/// A parsed template turned into a form that renders without dynamic casts, reflection or
/// splitting names on every tag: names are looked up once as `TemplateKey`s, partials are
/// resolved to templates once, and output goes into one buffer.
///
/// The parse itself is the template library's (`MustacheTemplate`), read back through
/// `Mirror`, so whitespace, standalone lines and partial indentation come out exactly as the
/// library would render them. Templates using anything this renderer does not implement
/// (transforms such as `{{uppercased(x)}}`, inheritance with `{{<` and `{{$`, dynamic
/// partials, other content types) make `CompiledTheme.compile` return nil, and the theme then
/// renders everything through the library instead.
struct CompiledTemplate: Sendable {
    var nodes: [TemplateNode]
}

indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, CompiledTemplate)
    case invertedSection(TemplatePath, CompiledTemplate)
    /// Index into `CompiledTheme.templates`, or nil for a template that does not exist (renders nothing).
    case partial(Int?, indentation: String?)
    case escaping(TemplateEscaping)
}

/// How `{{name}}` is escaped: the content type the template has selected.
enum TemplateEscaping: Sendable {
    /// `FastHTMLContentType`: `HTML.escape`, by Unicode scalar.
    case fastHTML
    /// The library's own HTML content type, which escapes whole characters only (a `"` with a
    /// combining mark after it is left as it is).
    case libraryHTML
    /// `{{% CONTENT_TYPE: TEXT}}`: no escaping.
    case text
}

/// A tag's name, worked out once.
enum TemplatePath: Sendable {
    /// `{{.}}`, or an empty name: the current object.
    case current
    /// `a.b.c`: `a` is looked for up the stack (from the stack top only when the name started
    /// with a dot), then `b` in it, then `c`. A nil key is a name no view has: never found.
    case keys(first: TemplateKey?, rest: [TemplateKey?], fromTopOnly: Bool)

    init(_ name: String) {
        if name == "." {
            self = .current
            return
        }
        let parts = name.split(separator: ".").map { TemplateKey(rawValue: String($0)) }
        guard let first = parts.first else {
            self = .current
            return
        }
        self = .keys(first: first, rest: Array(parts.dropFirst()), fromTopOnly: name.first == ".")
    }
}

/// Reads the library's parsed tokens. Each token is an enum case whose payload `Mirror` shows
/// as a value or a tuple; anything unexpected means "cannot compile", never a guess.
enum TemplateCompiler {
    struct Unsupported: Error {}

    static func compile(_ template: MustacheTemplate, partialIndex: [String: Int]) throws -> CompiledTemplate {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value,
              Mirror(reflecting: tokens).displayStyle == .collection else { throw Unsupported() }
        var nodes: [TemplateNode] = []
        for token in Mirror(reflecting: tokens).children.map(\.value) {
            nodes.append(try node(token, partialIndex: partialIndex))
        }
        return CompiledTemplate(nodes: nodes)
    }

    private static func node(_ token: Any, partialIndex: [String: Int]) throws -> TemplateNode {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let label = payload.label else {
            throw Unsupported()
        }
        let fields = Mirror(reflecting: payload.value).children.map { ($0.label, $0.value) }
        func field(_ i: Int) throws -> Any {
            guard i < fields.count else { throw Unsupported() }
            return fields[i].1
        }
        func name() throws -> String {
            guard let name = try field(0) as? String, let transforms = try field(1) as? [String], transforms.isEmpty else {
                throw Unsupported()
            }
            return name
        }
        func section() throws -> CompiledTemplate {
            guard let inner = try field(2) as? MustacheTemplate else { throw Unsupported() }
            return try compile(inner, partialIndex: partialIndex)
        }
        switch label {
        case "text":
            guard let text = payload.value as? String else { throw Unsupported() }
            return .text(text)
        case "variable":
            return .variable(TemplatePath(try name()), escaped: true)
        case "unescapedVariable":
            return .variable(TemplatePath(try name()), escaped: false)
        case "section":
            return .section(TemplatePath(try name()), try section())
        case "invertedSection":
            return .invertedSection(TemplatePath(try name()), try section())
        case "partial":
            // (name, indentation: String?, inherits: [String: MustacheTemplate]?): inheritance is not compiled.
            guard let name = try field(0) as? String, fields.count == 3,
                  Mirror(reflecting: fields[2].1).children.isEmpty else { throw Unsupported() }
            let indentation = Mirror(reflecting: fields[1].1).children.first?.value as? String
            return .partial(partialIndex[name], indentation: indentation)
        case "contentType":
            switch String(describing: type(of: payload.value)) {
            case String(describing: FastHTMLContentType.self): return .escaping(.fastHTML)
            case "HTMLContentType": return .escaping(.libraryHTML)
            case "TextContentType": return .escaping(.text)
            default: throw Unsupported()
            }
        default:
            throw Unsupported()
        }
    }
}
