import CCmarkGFM

/// One walk over the parsed tree that gathers everything the renderer reports or changes:
/// links and images, headings, embed paragraphs, readable prose, and the text nodes where
/// glossary terms may be marked. The tree is not changed during the walk; the renderer
/// changes it afterwards using the nodes gathered here.
struct DocumentScan {
    struct LinkSite {
        var node: CmarkNode
        var isImage: Bool
        var destination: String
        var position: TextPosition
        var alt: [UInt8] = []
    }

    struct HeadingSite {
        var node: CmarkNode
        var level: Int
        /// Plain text including inline code, for the id and the table of contents.
        var text: [UInt8]
        var position: TextPosition
    }

    struct EmbedSite {
        var node: CmarkNode
        var call: EmbedCall
    }

    private(set) var links: [LinkSite] = []
    private(set) var headings: [HeadingSite] = []
    private(set) var embeds: [EmbedSite] = []
    private(set) var prose: [ProseBlock] = []
    /// Embed calls written inside other text, which stay as text.
    private(set) var misplacedEmbeds: [EmbedCall] = []
    /// Text nodes outside headings, links, images and raw `<a>`/`<abbr>`, in document order.
    private(set) var glossaryCandidates: [CmarkNode] = []
    /// Raw HTML blocks and inlines, gathered only when the site allows raw HTML: a body placed
    /// below other headings or beside other bodies moves their headings and prefixes their ids.
    private(set) var rawHTML: [CmarkNode] = []

    private let source: SourceText
    private let rawHTMLKept: Bool
    private let collectsProse: Bool
    private var locator: InlineLocator
    private var containers: [ProseBlock.Kind] = []
    private var proseKind: ProseBlock.Kind?
    private var proseStart = TextPosition(line: 1, column: 1)
    private var proseText: [UInt8] = []
    /// The source line the prose has reached, counted by its line breaks.
    private var proseLine = 1
    /// Where each later source line of the prose starts: a byte offset in `proseText`.
    private var proseAnchors: [(offset: Int, position: TextPosition)] = []
    private var heading: HeadingSite?
    private var linkDepth = 0
    private var openImages: [Int] = []
    private var rawAnchorDepth = 0

    init(source: SourceText, rawHTMLKept: Bool, collectsProse: Bool = true) {
        self.source = source
        self.rawHTMLKept = rawHTMLKept
        self.collectsProse = collectsProse
        self.locator = InlineLocator(source: source)
    }

    mutating func walk(_ root: CmarkNode) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        var skipping: CmarkNode?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            let node = CmarkNode(cmark_iter_get_node(iterator))
            if let skip = skipping {
                if event == CMARK_EVENT_EXIT, node == skip { skipping = nil }
                continue
            }
            if event == CMARK_EVENT_ENTER {
                if enter(node) { skipping = node }
            } else {
                exit(node)
            }
        }
    }

    /// Returns true when the node's children are to be skipped (an embed paragraph).
    private mutating func enter(_ node: CmarkNode) -> Bool {
        let type = node.type
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            containers.append(.quote)
        case CMARK_NODE_ITEM:
            containers.append(.listItem)
        case CMARK_NODE_PARAGRAPH:
            locator.enterBlock(node)
            if let call = embedCall(node) {
                embeds.append(EmbedSite(node: node, call: call))
                return true
            }
            startProse(containers.last ?? .paragraph, node)
        case CMARK_NODE_HEADING:
            locator.enterBlock(node)
            heading = HeadingSite(node: node, level: node.headingLevel, text: [], position: blockPosition(node))
            startProse(.heading, node)
        case CMARK_NODE_TEXT:
            let bytes = node.literalBytes
            if proseKind != nil, openImages.isEmpty { proseText.append(contentsOf: bytes) }
            heading?.text.append(contentsOf: bytes)
            for index in openImages { links[index].alt.append(contentsOf: bytes) }
            if heading == nil, linkDepth == 0, rawAnchorDepth == 0 { glossaryCandidates.append(node) }
            findMisplacedEmbeds(in: node, bytes)
        case CMARK_NODE_CODE:
            let bytes = node.literalBytes
            heading?.text.append(contentsOf: bytes)
            for index in openImages { links[index].alt.append(contentsOf: bytes) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            if proseKind != nil {
                if openImages.isEmpty { proseText.append(0x20) }
                proseLine += 1
                proseAnchors.append((offset: proseText.count, position: source.contentStart(line: proseLine)))
            }
            heading?.text.append(0x20)
            for index in openImages { links[index].alt.append(0x20) }
        case CMARK_NODE_HTML_INLINE:
            if rawHTMLKept {
                trackRawAnchor(node.literalBytes)
                rawHTML.append(node)
            }
        case CMARK_NODE_HTML_BLOCK:
            locator.enterBlock(node)
            if rawHTMLKept { rawHTML.append(node) }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let isImage = type == CMARK_NODE_IMAGE
            var needle: [UInt8]?
            if let child = node.firstChild, child.type == CMARK_NODE_TEXT {
                needle = Array(child.literalBytes)
            }
            var openers: [UInt8] = isImage ? [UInt8(ascii: "!")] : [UInt8(ascii: "["), UInt8(ascii: "<")]
            if !isImage, let first = needle?.first { openers.append(first) }
            let position = locator.locate(node, openers: openers, needle: isImage ? nil : needle)
            links.append(LinkSite(node: node, isImage: isImage, destination: node.url, position: position))
            linkDepth += 1
            if isImage { openImages.append(links.count - 1) }
        default:
            if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                locator.enterBlock(node)  // table cells hold inline content too
            }
        }
        return false
    }

    private mutating func exit(_ node: CmarkNode) {
        switch node.type {
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM:
            _ = containers.popLast()
        case CMARK_NODE_PARAGRAPH:
            finishProse()
            rawAnchorDepth = 0
        case CMARK_NODE_HEADING:
            finishProse()
            if var site = heading {
                site.text = Self.collapsingWhitespace(site.text)
                headings.append(site)
            }
            heading = nil
            rawAnchorDepth = 0
        case CMARK_NODE_LINK:
            linkDepth -= 1
        case CMARK_NODE_IMAGE:
            linkDepth -= 1
            _ = openImages.popLast()
        default:
            break
        }
    }

    private func blockPosition(_ node: CmarkNode) -> TextPosition {
        source.position(line: node.startLine, byteColumn: node.startColumn)
    }

    /// A paragraph is an embed when its only content is one line of text reading `{{kind …}}`
    /// and its source really starts with `{{`, so `\{{kind}}` can be written to show the braces.
    private func embedCall(_ paragraph: CmarkNode) -> EmbedCall? {
        guard let child = paragraph.firstChild, child.type == CMARK_NODE_TEXT, child.next == nil,
              source.byte(line: paragraph.startLine, byteColumn: paragraph.startColumn) == UInt8(ascii: "{"),
              let (kind, argument) = EmbedSyntax.parse(child.literalBytes) else { return nil }
        return EmbedCall(kind: kind, argument: argument, position: blockPosition(paragraph))
    }

    /// Looks for `{{kind …}}` inside a text node that is not an embed paragraph, so the editor
    /// can be told to put it on a line of its own.
    private mutating func findMisplacedEmbeds(in node: CmarkNode, _ bytes: UnsafeBufferPointer<UInt8>) {
        let brace = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else { index += 1; continue }
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            guard end + 1 < bytes.count else { return }
            let call = Array(bytes[index..<end + 2])
            if let (kind, argument) = EmbedSyntax.parse(call) {
                let position = locator.locate(node, openers: [brace], needle: call)
                misplacedEmbeds.append(EmbedCall(kind: kind, argument: argument, position: position))
                index = end + 2
            } else {
                index += 2
            }
        }
    }

    private mutating func startProse(_ kind: ProseBlock.Kind, _ node: CmarkNode) {
        guard collectsProse else { return }
        proseKind = kind
        proseStart = blockPosition(node)
        proseLine = node.startLine
        proseText.removeAll(keepingCapacity: true)
        proseAnchors.removeAll(keepingCapacity: true)
    }

    private mutating func finishProse() {
        guard let kind = proseKind else { return }
        proseKind = nil
        let (text, anchors) = Self.collapsingWhitespace(proseText, anchors: proseAnchors)
        if !text.isEmpty {
            prose.append(ProseBlock(kind: kind, text: String(decoding: text, as: UTF8.self), position: proseStart,
                                    anchors: anchors))
        }
    }

    /// Keeps count of raw `<a …>` and `<abbr …>` left open, so no glossary link goes inside one.
    private mutating func trackRawAnchor(_ html: UnsafeBufferPointer<UInt8>) {
        func tagIs(_ name: [UInt8], from start: Int) -> Bool {
            guard html.count > start + name.count else { return false }
            for (k, byte) in name.enumerated() where html[start + k] | 0x20 != byte { return false }
            let after = html[start + name.count]
            return after == UInt8(ascii: ">") || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D
        }
        guard html.count > 2, html[0] == UInt8(ascii: "<") else { return }
        if html[1] == UInt8(ascii: "/") {
            if tagIs(Self.anchor, from: 2) || tagIs(Self.abbr, from: 2) { rawAnchorDepth = max(rawAnchorDepth - 1, 0) }
        } else if tagIs(Self.anchor, from: 1) || tagIs(Self.abbr, from: 1) {
            rawAnchorDepth += 1
        }
    }

    private static let anchor = Array("a".utf8)
    private static let abbr = Array("abbr".utf8)

    /// `collapsingWhitespace`, carrying each anchor's byte offset over to a character offset
    /// in the collapsed text (the offset of the first character at or after it).
    static func collapsingWhitespace(_ bytes: [UInt8], anchors: [(offset: Int, position: TextPosition)])
        -> ([UInt8], [ProseBlock.Anchor]) {
        guard !anchors.isEmpty else { return (collapsingWhitespace(bytes), []) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var placed: [ProseBlock.Anchor] = []
        var next = 0
        var characters = 0
        var pendingSpace = false
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(0x20); characters += 1 }
            pendingSpace = false
            // Several anchors can meet at one place (a line with only an image on it): the
            // last one is where this character stands.
            var position: TextPosition?
            while next < anchors.count, anchors[next].offset <= index {
                position = anchors[next].position
                next += 1
            }
            if let position { placed.append(ProseBlock.Anchor(offset: characters, position: position)) }
            out.append(byte)
            if byte & 0xC0 != 0x80 { characters += 1 }
        }
        return (out, placed)
    }

    /// Runs of spaces, tabs and line breaks become one space, with none at either end: text
    /// with inline code taken out reads "a b", not "a  b".
    static func collapsingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
            } else {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return out
    }
}
