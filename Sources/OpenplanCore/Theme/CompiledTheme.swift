import Mustache

/// Every template of a theme compiled (see `CompiledTemplate`), rendering views through
/// `TemplateView` with the same output as the template library.
///
/// Rendering a site is mostly rendering templates; the library finds every value by casting
/// it to several protocols and splitting its name, which made it most of the build's time.
struct CompiledTheme: Sendable {
    let templates: [CompiledTemplate]
    let index: [String: Int]

    /// nil when any template uses something only the library can render.
    static func compile(_ library: [String: MustacheTemplate]) -> CompiledTheme? {
        let names = library.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        do {
            let templates = try names.map { try TemplateCompiler.compile(library[$0]!, partialIndex: index) }
            return CompiledTheme(templates: templates, index: index)
        } catch {
            return nil
        }
    }

    /// nil for a template name the theme does not have.
    func render(_ view: some TemplateView, _ name: String) -> String? {
        renderBytes(view, name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The output as UTF-8: every piece written is a Swift string, so it is valid UTF-8 already.
    func renderBytes(_ view: some TemplateView, _ name: String) -> [UInt8]? {
        guard let i = index[name] else { return nil }
        var renderer = Renderer(theme: self, stack: [.view(view)])
        renderer.render(templates[i], indentation: nil, escaping: .libraryHTML)
        return renderer.out
    }

    /// One render call: the object stack and the output so far, as UTF-8.
    private struct Renderer {
        let theme: CompiledTheme
        var stack: [TemplateValue]
        var out: [UInt8] = []

        init(theme: CompiledTheme, stack: [TemplateValue]) {
            self.theme = theme
            self.stack = stack
            out.reserveCapacity(4096)
        }

        /// Renders a template or section body. With an indentation (a standalone partial on an
        /// indented line), the library puts it before each token that writes something when
        /// what this body has written so far ends with a line break; this does the same.
        mutating func render(_ template: CompiledTemplate, indentation: String?, escaping: TemplateEscaping) {
            var escaping = escaping
            guard let indentation, !indentation.isEmpty else {
                for node in template.nodes { render(node, indentation: indentation, escaping: &escaping) }
                return
            }
            let start = out.count
            let indentBytes = Array(indentation.utf8)
            for node in template.nodes {
                let atLineStart = endsWithLineBreak(after: start)
                if atLineStart { out += indentBytes }
                let written = out.count
                render(node, indentation: indentation, escaping: &escaping)
                if atLineStart && out.count == written {
                    // The token wrote nothing, so no indentation either.
                    out.removeLast(indentBytes.count)
                }
            }
        }

        /// The library checks `string.last == "\n"` on the body's own output: a final `\n`
        /// that is a character of its own (not the end of `\r\n`).
        private func endsWithLineBreak(after start: Int) -> Bool {
            let count = out.count
            guard count > start, out[count - 1] == 10 else { return false }
            return count - 1 == start || out[count - 2] != 13
        }

        private mutating func render(_ node: TemplateNode, indentation: String?, escaping: inout TemplateEscaping) {
            switch node {
            case .text(let text):
                out.appendUTF8(text)
            case .variable(let path, let escaped):
                guard let value = lookup(path) else { return }
                let text: String
                switch value {
                case .text(let s): text = s
                case .int(let i): text = String(i)
                case .bool(let b): text = b ? "true" : "false"
                case .view(let v): text = String(describing: v)
                case .list(let l): text = l.describing
                }
                if escaped { Self.append(text, escaping: escaping, to: &out) } else { out.appendUTF8(text) }
            case .section(let path, let body):
                switch lookup(path) {
                case .list(let list)?:
                    for i in 0..<list.count {
                        guard let element = list.templateElement(i) else { continue }
                        stack.append(element)
                        render(body, indentation: indentation, escaping: escaping)
                        stack.removeLast()
                    }
                case .bool(let b)?:
                    if b { render(body, indentation: indentation, escaping: escaping) }
                case let value?:
                    stack.append(value)
                    render(body, indentation: indentation, escaping: escaping)
                    stack.removeLast()
                case nil:
                    break
                }
            case .invertedSection(let path, let body):
                switch lookup(path) {
                case .list(let list)?:
                    guard list.count == 0 else { return }
                    stack.append(.list(list))
                    render(body, indentation: indentation, escaping: escaping)
                    stack.removeLast()
                case .bool(let b)?:
                    if !b { render(body, indentation: indentation, escaping: escaping) }
                case .some:
                    break
                case nil:
                    render(body, indentation: indentation, escaping: escaping)
                }
            case .partial(let index, let indented):
                guard let index else { return }
                let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
                // A partial starts with the library's HTML content type until it selects its own.
                render(theme.templates[index], indentation: inner, escaping: .libraryHTML)
            case .escaping(let e):
                escaping = e
            }
        }

        private func lookup(_ path: TemplatePath) -> TemplateValue? {
            switch path {
            case .current:
                return stack.last
            case .keys(let first, let rest, let fromTopOnly):
                guard let first else { return nil }
                var found: TemplateValue?
                if fromTopOnly {
                    found = stack.last.flatMap { Self.child(first, of: $0) }
                } else {
                    for object in stack.reversed() {
                        if let value = Self.child(first, of: object) {
                            found = value
                            break
                        }
                    }
                }
                for key in rest {
                    guard let current = found, let key else { return nil }
                    found = Self.child(key, of: current)
                }
                return found
            }
        }

        private static func child(_ key: TemplateKey, of value: TemplateValue) -> TemplateValue? {
            if case .view(let view) = value { return view.templateValue(key) }
            return nil
        }

        private static func append(_ text: String, escaping: TemplateEscaping, to out: inout [UInt8]) {
            switch escaping {
            case .text: out.appendUTF8(text)
            case .fastHTML: HTML.appendEscaped(text, to: &out)
            case .libraryHTML: HTML.appendEscapedCharacters(text, to: &out)
            }
        }
    }
}
