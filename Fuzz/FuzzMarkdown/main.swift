import FuzzSupport
import Markdown

/// libFuzzer entry: a body through cmark-gfm and the safety passes, with raw HTML off as
/// sites have it by default. Besides not crashing, nothing that runs code may come out.
/// Built only by scripts/fuzz.
/// (`@_cdecl` too, so a plain libFuzzer build with its own `main` can use it.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    let glossary = [GlossaryMark(term: "EHCP", title: "Education, health and care plan", href: "/glossary/#ehcp")]
    let rendered = MarkdownRenderer().render(text, glossary: glossary)
    var html = ""
    for segment in rendered.segments {
        if case .html(let part) = segment { html += part }
    }
    let lower = html.lowercased()
    for tag in ["<script", "<iframe", "<object", "<embed", "<style", "<form", "<svg", "<math"] where lower.contains(tag) {
        fatalError("raw HTML published: \(tag)")
    }
    for scheme in ["href=\"javascript:", "src=\"javascript:", "href=\"vbscript:", "href=\"file:"] where lower.contains(scheme) {
        fatalError("unsafe link published: \(scheme)")
    }
    return 0
}

FuzzSupport.run(fuzzMarkdown)
