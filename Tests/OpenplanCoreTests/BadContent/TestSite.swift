import Foundation
@testable import OpenplanCore

/// A site written into a fresh temporary folder from `[path: content]`, removed again when
/// the value goes away. Paths are relative to the site folder: `Content/actions/1.2.md`.
final class TestSite {
    let folder: URL

    init(_ files: [String: String], bytes: [String: [UInt8]] = [:]) {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("openplan-test-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files { write(path, Data(text.utf8)) }
        for (path, data) in bytes { write(path, Data(data)) }
    }

    /// A valid small site, with `overrides` replacing or adding files (an empty string
    /// value for a path still writes an empty file; use `removing` to leave one out).
    convenience init(basics overrides: [String: String], removing: [String] = []) {
        var files = TestSite.basics
        for (path, text) in overrides { files[path] = text }
        for path in removing { files[path] = nil }
        self.init(files)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func write(_ path: String, _ data: Data) {
        let url = folder.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func load() -> LoadResult { ContentLoader(siteFolder: folder).load() }

    static let siteYML = """
        title: Test SEND progress
        partnership: Test Partnership
        base_url: https://example.org/send
        """

    static let basics: [String: String] = [
        "Content/site.yml": siteYML,
        "Content/people.yml": """
            - { id: NB, role: SEND Lead, organisation: Test Council }
            - { id: CB, role: Designated Clinical Officer, organisation: Test ICB }
            """,
        "Content/priorities/1.md": """
            ---
            title: Working together
            ---
            Body.
            """,
        "Content/actions/1.1.md": """
            ---
            title: First action
            priority: 1
            leads: [NB]
            due: 2026-03
            status: on-track
            updated: 2025-11-20
            ---
            Body.
            """,
        "Content/measures/visits.json": """
            { "id": "LO-VISITS", "title": "Visits", "unit": "count", "direction": "increase",
              "baseline": null, "targets": [], "actuals": [] }
            """,
    ]
}

extension LoadResult {
    /// Every diagnostic, one per line, for failure messages.
    var listing: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Diagnostics at exactly `place` (`FILE:LINE:COLUMN`) with the severity, whose message contains `fragment`.
    func matching(_ place: String, _ severity: Diagnostic.Severity, _ fragment: String) -> [Diagnostic] {
        diagnostics.filter {
            "\($0.file):\($0.line):\($0.column)" == place && $0.severity == severity && $0.message.contains(fragment)
        }
    }
}
