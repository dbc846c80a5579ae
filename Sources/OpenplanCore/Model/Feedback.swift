/// A "You said, we did" item: what families told the partnership and what it did about it.
public struct Feedback: Sendable {
    public var id: ItemID
    public var date: Day
    public var theme: String
    public var source: String?
    public var youSaid: String
    public var weDid: String?
    public var status: FeedbackStatus
    public var actions: [ItemID]
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()

    public init(id: ItemID, date: Day, theme: String, source: String? = nil, youSaid: String, weDid: String? = nil,
                status: FeedbackStatus, actions: [ItemID] = [], body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.date = date
        self.theme = theme
        self.source = source
        self.youSaid = youSaid
        self.weDid = weDid
        self.status = status
        self.actions = actions
        self.body = body
        self.location = location
    }
}

public enum FeedbackStatus: String, Sendable, Hashable, CaseIterable {
    case listening, inProgress = "in-progress", done

    /// The words families see.
    public var label: String {
        switch self {
        case .listening: return "We're listening"
        case .inProgress: return "In progress"
        case .done: return "Done"
        }
    }
}
