import CCmarkGFM

extension MarkdownRenderer {
    /// Writes Markdown as plain text into `writer` (see `PlainTextWriter`): the same parse as
    /// `render`, with raw HTML withheld unless allowed, links rewritten and unsafe ones reduced to
    /// their text, and headings moved to start at `minimumHeadingLevel`.
    ///
    /// - Parameters:
    ///   - fromTemplate: the Markdown was written by a theme template, with its values escaped
    ///     (`MarkdownEscaping`): headings keep the levels written, and link addresses are kept as
    ///     given rather than percent-encoded as in the editor's HTML.
    ///   - embed: writes each embed in its place, into the same writer.
    public func renderText(_ text: String, into writer: inout PlainTextWriter, fromTemplate: Bool = false,
                           rewriteLink: (String) -> String = { $0 },
                           embed: (EmbedCall, inout PlainTextWriter) -> Void = { _, _ in }) {
        let source = SourceText(text)
        let options = CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        let document = ParsedDocument(source: source, options: options)
        if !allowRawHTML, source.mayContainHTML {
            _ = RawHTMLRemoval.remove(from: document.root, source: source)
        }
        cmark_consolidate_text_nodes(document.root.pointer)
        var scan = DocumentScan(source: source, rawHTMLKept: allowRawHTML, collectsProse: false)
        scan.walk(document.root)
        var unused = RenderedMarkdown()
        publishLinks(scan.links, rewriteLink: rewriteLink, into: &unused)
        if !fromTemplate, let top = scan.headings.map(\.level).min() {
            let shift = min(max(minimumHeadingLevel, 1), 6) - top
            for site in scan.headings { site.node.setHeadingLevel(min(max(site.level + shift, 1), 6)) }
        }
        var embeds: [OpaquePointer: EmbedCall] = [:]
        for site in scan.embeds { embeds[site.node.pointer] = site.call }
        writer.write(document.root, embeds: embeds, encodesAddresses: !fromTemplate, embed: embed)
    }
}

/// Escapes text for Markdown, so a value put into a template's Markdown reads as written:
/// every ASCII punctuation character gets a backslash (no `*`, `[`, `#`, `|`, `<` or `&` can
/// start markup), line breaks become spaces (a value cannot end a paragraph), and a leading
/// space or tab is written as a character reference (it cannot indent a code block).
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        let first = text.utf8.first
        guard first == 0x20 || first == 0x09 || text.utf8.contains(where: needsEscaping) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for (i, byte) in text.utf8.enumerated() {
            if i == 0, byte == 0x20 || byte == 0x09 {
                out.append(contentsOf: Array((byte == 0x20 ? "&#32;" : "&#9;").utf8))
            } else if byte == 0x0A || byte == 0x0D {
                out.append(0x20)
            } else if isPunctuation(byte) {
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        isPunctuation(byte) || byte == 0x0A || byte == 0x0D
    }

    /// `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`: what CommonMark lets a backslash escape.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
