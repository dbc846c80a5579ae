/// A value read from content together with where it was written.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var line: Int
    var column: Int
}

extension Located: Equatable where Value: Equatable {}
