import Foundation

/// A small but complete site for the real pipeline, written into a new temporary folder: every
/// content type, with links between them (an action in a priority with a measure, feedback
/// about an action, two bulletins, a page in the navigation), and a preview folder beside it.
struct PipelineSite {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("preview") }

    static let asOf = "2026-01-31"
    static let secret = "PIPELINE-SECRET-NOT-FOR-THE-PREVIEW"

    static let files: [(String, String)] = [
        ("Content/site.yml", """
            title: Test SEND progress
            partnership: Test SEND Partnership
            base_url: https://example.org/send-progress/
            language: en-GB
            contact: { email: send@example.org }

            """),
        ("Content/people.yml", """
            - { id: NB, role: Improvement lead, organisation: Test Council }

            """),
        ("Content/glossary.yml", """
            - { term: EHCP, stands_for: "Education, Health and Care plan", meaning: "A legal document that describes the support a child needs." }

            """),
        ("Content/priorities/1.md", """
            ---
            title: Working together
            order: 1
            summary: Families and services plan together.
            ---
            We want families to feel heard.

            """),
        ("Content/priorities/2.md", """
            ---
            title: Plans on time
            order: 2
            summary: Plans arrive when they should.
            ---
            Plans should be finished within 20 weeks.

            {{measure WAIT}}

            """),
        ("Content/actions/1.1.md", """
            ---
            title: Meet the parent carer forum every month
            priority: "1"
            leads: [NB]
            due: 2026-03
            status: on-track
            updated: 2025-11-20
            measures: [WAIT]
            ---
            ## What we are doing

            Monthly meetings with the forum.

            """),
        ("Content/actions/1.2.md", """
            ---
            title: Publish the meeting notes
            priority: "1"
            leads: [NB]
            due: monthly
            status: not-started
            updated: 2025-11-20
            ---
            Notes go on the Local Offer.

            """),
        ("Content/actions/2.1.md", """
            ---
            title: Finish plans within 20 weeks
            priority: "2"
            leads: [NB]
            due: 2026-06-30
            status: off-track
            updated: 2025-12-01
            ---
            We are recruiting more staff.

            """),
        ("Content/measures/wait.json", """
            {
              "id": "WAIT",
              "title": "Weeks to finish a plan",
              "description": "How long families wait for a finished plan.",
              "unit": "weeks",
              "direction": "decrease",
              "priority": "2",
              "baseline": { "date": "2024-09", "value": 30 },
              "targets": [ { "date": "2026-09", "value": 20 } ],
              "actuals": [ { "date": "2025-09", "value": 26 } ]
            }

            """),
        ("Content/feedback/letters.md", """
            ---
            date: 2025-10-10
            theme: Communication
            you_said: Letters were hard to read.
            we_did: We rewrote the letters with families.
            status: done
            actions: [1.1]
            ---

            """),
        ("Content/bulletins/2025-11.md", """
            ---
            title: November 2025 update
            date: 2025-11-28
            summary: What happened in November.
            ---
            The forum met twice in November.

            """),
        ("Content/bulletins/2025-12.md", """
            ---
            title: December 2025 update
            date: 2025-12-19
            summary: What happened in December.
            ---
            The forum met once in December.

            {{progress}}

            {{action 1.1}}

            """),
        ("Content/pages/about.md", """
            ---
            title: About this plan
            nav: true
            ---
            Who we are and why we publish this.

            """),
        ("Content/pages/index.md", """
            ---
            title: Home
            ---
            Welcome to our progress site.

            """),
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("openplan-pipeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try write("secret.txt", Self.secret, under: root)
        for (path, text) in Self.files {
            try write(path, text)
        }
    }

    func write(_ path: String, _ text: String, under base: URL? = nil) throws {
        let url = (base ?? site).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    /// Rewrites a file, replacing the first `old` with `new`; fails the test if `old` is not there.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let url = site.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else {
            throw EditFailure(description: "\(path) has no “\(old)” to replace")
        }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    func delete(_ path: String) throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent(path))
    }

    /// A file of the preview folder, or nil when it is not there.
    func built(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file in the preview folder with its contents, to compare before and after.
    func snapshot() -> [String: Data] {
        Self.snapshot(of: output)
    }

    static func snapshot(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        while let next = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + next, isDirectory: &isFolder), !isFolder.boolValue {
                files[next] = FileManager.default.contents(atPath: root + "/" + next)
            }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    struct EditFailure: Error, CustomStringConvertible {
        var description: String
    }
}
