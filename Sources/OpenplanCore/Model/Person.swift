/// A lead, shown to readers by role (and organisation), not by personal name.
public struct Person: Sendable, Hashable {
    public var id: ItemID
    public var role: String
    public var organisation: String?
    /// Optional; the theme shows roles, so names stay out of public pages unless a template uses them.
    public var name: String?
    public var location: SourceLocation
    public init(id: ItemID, role: String, organisation: String? = nil, name: String? = nil, location: SourceLocation) {
        self.id = id
        self.role = role
        self.organisation = organisation
        self.name = name
        self.location = location
    }
}

public struct GlossaryEntry: Sendable, Hashable {
    public var term: String
    public var standsFor: String?
    public var meaning: String
    public var location: SourceLocation
    public init(term: String, standsFor: String? = nil, meaning: String, location: SourceLocation) {
        self.term = term
        self.standsFor = standsFor
        self.meaning = meaning
        self.location = location
    }
    /// The anchor on the glossary page: `glossary/#ehcp`.
    public var anchor: String { Slug.make(term) }
}
