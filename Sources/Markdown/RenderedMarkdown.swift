/// The result of rendering one Markdown body: HTML split around embeds, plus what later
/// stages need to know about the text without parsing it again (headings for anchors, links
/// and images for checks, plain text for reading-age scoring).
///
/// All line and column numbers are 1-based and relative to the Markdown text given; callers
/// add the body's first line in its file.
public struct RenderedMarkdown: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case html(String)
        case embed(EmbedCall)
    }

    public var segments: [Segment]
    public var headings: [Heading]
    public var links: [LinkReference]
    public var images: [ImageReference]
    /// Places where raw HTML was written but not published (the site has not opted in).
    public var droppedHTML: [TextPosition]
    /// Readable prose: paragraphs, list items, headings, block quotes. Code, tables and embeds are left out.
    public var prose: [ProseBlock]
    /// Glossary terms marked on this body (their `term` values), so a page marks each only once.
    public var markedTerms: Set<String>
    /// Links and images (also listed in `links` and `images`) published as plain text because
    /// their destination could run code: `javascript:`, `vbscript:`, `file:`, non-image `data:`.
    public var droppedLinks: [LinkReference]
    /// `{{kind argument}}` written inside other text (a sentence, a heading, a table cell),
    /// published as written rather than as an embed. Embeds must be on a line of their own.
    public var misplacedEmbeds: [EmbedCall]

    public init(segments: [Segment] = [], headings: [Heading] = [], links: [LinkReference] = [],
                images: [ImageReference] = [], droppedHTML: [TextPosition] = [], prose: [ProseBlock] = [],
                markedTerms: Set<String> = [], droppedLinks: [LinkReference] = [],
                misplacedEmbeds: [EmbedCall] = []) {
        self.segments = segments
        self.headings = headings
        self.links = links
        self.images = images
        self.droppedHTML = droppedHTML
        self.prose = prose
        self.markedTerms = markedTerms
        self.droppedLinks = droppedLinks
        self.misplacedEmbeds = misplacedEmbeds
    }

    /// The HTML with each embed replaced by the closure's output.
    public func html(embedding render: (EmbedCall) -> String) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .html(let h): out += h
            case .embed(let e): out += render(e)
            }
        }
        return out
    }
}

public struct TextPosition: Sendable, Hashable {
    public var line: Int
    /// Counted in characters (Unicode scalars, a tab as one), as an editor shows them.
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A line that holds only `{{kind argument}}`: a paragraph of its own whose source starts with
/// `{{` (so `\{{kind}}` shows the braces instead). Inside a list item or block quote it is still
/// an embed, and its HTML lands inside the `<li>` or `<blockquote>`. In code, in inline code, or
/// with other text in the same paragraph it is ordinary text.
public struct EmbedCall: Sendable, Hashable {
    public var kind: String
    /// Everything after the kind, trimmed; empty when there is none.
    public var argument: String
    public var position: TextPosition
    public init(kind: String, argument: String, position: TextPosition) {
        self.kind = kind
        self.argument = argument
        self.position = position
    }
}

public struct Heading: Sendable, Hashable {
    /// As published, after the body's headings are moved to start at `minimumHeadingLevel`.
    public var level: Int
    public var text: String
    /// Stable and unique within the body: `what-we-are-doing`, then `what-we-are-doing-2`.
    public var id: String
    public var position: TextPosition
    public init(level: Int, text: String, id: String, position: TextPosition) {
        self.level = level
        self.text = text
        self.id = id
        self.position = position
    }
}

public struct LinkReference: Sendable, Hashable {
    /// As written, before any rewriting.
    public var destination: String
    public var position: TextPosition
    public init(destination: String, position: TextPosition) {
        self.destination = destination
        self.position = position
    }
}

public struct ImageReference: Sendable, Hashable {
    public var destination: String
    public var alt: String
    public var position: TextPosition
    public init(destination: String, alt: String, position: TextPosition) {
        self.destination = destination
        self.alt = alt
        self.position = position
    }
}

/// One block of readable prose as plain text, with where it starts.
public struct ProseBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case paragraph, heading, listItem, quote }

    /// A place in the text known to stand at a place in the source: the start of each source
    /// line of a wrapped paragraph, or of each run of words of a folded YAML value. The text
    /// has lost its line breaks, so without these every word would seem to be on the first line.
    public struct Anchor: Sendable, Hashable {
        /// In characters from the start of `text`.
        public var offset: Int
        public var position: TextPosition
        public init(offset: Int, position: TextPosition) {
            self.offset = offset
            self.position = position
        }
    }

    public var kind: Kind
    public var text: String
    public var position: TextPosition
    /// In order of offset; empty when the text is all on its first line, as written.
    public var anchors: [Anchor]
    public init(kind: Kind, text: String, position: TextPosition, anchors: [Anchor] = []) {
        self.kind = kind
        self.text = text
        self.position = position
        self.anchors = anchors
    }
}

/// A glossary term to mark up on first use: `<abbr title="…">` linked to its entry.
public struct GlossaryMark: Sendable, Hashable {
    public var term: String
    public var title: String
    public var href: String
    public init(term: String, title: String, href: String) {
        self.term = term
        self.title = title
        self.href = href
    }
}
