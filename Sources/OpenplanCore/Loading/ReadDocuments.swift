/// The documents one load read, each with the bytes it was read from, so that the next load
/// of the same site parses again only the files whose bytes changed.
///
/// The live preview keeps these between saves: a save changes one file, and reading the
/// front matter of a thousand others again would be most of the time before the page shows.
/// Comparing bytes, not modification times, means an edit is never missed and a file saved
/// unchanged costs nothing.
public struct ReadDocuments: Sendable {
    struct Read: Sendable {
        var bytes: [UInt8]
        var document: RawDocument
    }

    var byPath: [String: Read] = [:]
    /// How many of them this load parsed, rather than reused from an earlier one.
    public internal(set) var parsed = 0

    public init() {}

    /// How many files the load read.
    public var count: Int { byPath.count }
}
