/// An inline `style` for each kind of element rendered Markdown holds, for output read where
/// stylesheets are dropped (an HTML email). A nil or empty style writes no attribute.
///
/// The style goes straight after the tag name (`<h2 style="…" id="…">`), before the
/// attributes cmark-gfm writes. Elements with no entry here (`<strong>`, `<em>`, `<del>`,
/// `<br />`, `<thead>`, `<tr>`, a task list's checkbox) are written without one. Raw HTML, which
/// a site may allow, is the editor's own and is written as it is.
public struct ElementStyles: Sendable, Hashable {
    public var paragraph: String?
    /// Levels 1 to 6, as published (after headings are moved down).
    public var headings: [String?]
    public var bulletList: String?
    public var orderedList: String?
    public var listItem: String?
    public var link: String?
    public var blockQuote: String?
    public var table: String?
    public var headerCell: String?
    public var cell: String?
    public var image: String?
    public var thematicBreak: String?
    /// The `<pre>` of a code block; its `<code>` takes `code`.
    public var codeBlock: String?
    public var code: String?

    public init(paragraph: String? = nil, headings: [String?] = [], bulletList: String? = nil, orderedList: String? = nil,
                listItem: String? = nil, link: String? = nil, blockQuote: String? = nil, table: String? = nil,
                headerCell: String? = nil, cell: String? = nil, image: String? = nil, thematicBreak: String? = nil,
                codeBlock: String? = nil, code: String? = nil) {
        self.paragraph = paragraph
        self.headings = headings
        self.bulletList = bulletList
        self.orderedList = orderedList
        self.listItem = listItem
        self.link = link
        self.blockQuote = blockQuote
        self.table = table
        self.headerCell = headerCell
        self.cell = cell
        self.image = image
        self.thematicBreak = thematicBreak
        self.codeBlock = codeBlock
        self.code = code
    }

    func heading(_ level: Int) -> String? {
        level >= 1 && level <= headings.count ? headings[level - 1] : nil
    }
}
