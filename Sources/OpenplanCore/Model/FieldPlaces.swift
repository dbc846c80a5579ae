/// Where each front-matter or JSON value of an item was written, so findings about a value
/// (a past due date, an old `updated`, a long sentence in a summary) point at its own line
/// rather than at the top of the file.
public struct FieldPlaces: Sendable, Hashable {
    private var places: [String: SourceLocation]

    public init(_ places: [String: SourceLocation] = [:]) {
        self.places = places
    }

    /// The place of the value written for `key`, if the key was written.
    public subscript(key: String) -> SourceLocation? { places[key] }
}
