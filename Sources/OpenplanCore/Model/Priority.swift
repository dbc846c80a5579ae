/// A priority or area for improvement: the top level of the plan.
public struct Priority: Sendable {
    public var id: ItemID
    public var title: String
    public var order: Int?
    public var summary: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()
    public init(id: ItemID, title: String, order: Int? = nil, summary: String? = nil, body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.order = order
        self.summary = summary
        self.body = body
        self.location = location
    }
}
