import Foundation
@testable import OpenplanImport

/// The committed fixture files (made by Fixtures/make_fixtures.py), found beside this source.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Reads a fixture, naming it by its bare file name in places.
    static func read(_ name: String, sheet: String? = nil) throws -> SourceDocument {
        try OfficeFileReader().read(path: path(name), displayName: name, sheet: sheet)
    }
}
