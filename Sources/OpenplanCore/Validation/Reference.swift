/// A place in content that names another item by id, checked once every id is known.
struct Reference: Sendable {
    enum Kind: Sendable {
        case priority, person, measure, action, status
    }

    var kind: Kind
    var id: ItemID
    var location: SourceLocation
}

/// An item's id and where it was set (the `id:` value, or line 1 when it came from the file name).
struct Identity: Sendable {
    var id: ItemID
    var location: SourceLocation
}

/// What validating one item gives: the item when it could be built, its identity even when
/// not (so others naming it are not reported too), the references to check, and the problems.
struct Checked<Item: Sendable>: Sendable {
    var item: Item?
    var identity: Identity?
    var references: [Reference] = []
    var diagnostics: [Diagnostic] = []
}
