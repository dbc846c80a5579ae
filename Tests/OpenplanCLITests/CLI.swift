import Foundation

/// Runs the built `openplan` binary the way a user would, capturing what it prints.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits beside the test bundle in SwiftPM's build folder.
    static var binary: URL {
        var dir = URL(fileURLWithPath: Swift.CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("openplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("openplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("could not find the openplan binary next to the tests")
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot stall the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}

/// A throwaway site folder written from inline text files.
struct ScratchSite {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-cli-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every file below `folder`, relative path → bytes.
    func snapshot(_ folder: String) throws -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = e?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            out[String(url.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    /// A small but complete site: every content type, one of each.
    static let minimal: [String: String] = [
        "Content/site.yml": """
        title: Test progress
        partnership: Test Partnership
        base_url: https://example.org/test/
        """,
        "Content/people.yml": "- { id: L1, role: Head of SEND, organisation: Test Council }\n",
        "Content/glossary.yml": "- { term: EHCP, stands_for: \"Education, Health and Care plan\", meaning: A legal plan. }\n",
        "Content/priorities/1.md": "---\ntitle: Working together\nsummary: We work with families.\n---\nWhy this matters.\n",
        "Content/actions/1.1.md": """
        ---
        title: Agree a new way to share plans
        priority: "1"
        leads: [L1]
        due: 2026-03
        status: on-track
        updated: 2025-12-01
        ---
        ## What we are doing

        Sharing every EHCP on time.
        """,
        "Content/measures/m.json": """
        {"id": "M1", "title": "Plans on time", "unit": "percent", "direction": "increase", "priority": "1",
         "baseline": {"date": "2025-01", "value": 40}, "targets": [{"date": "2026-03", "value": 60}],
         "actuals": [{"date": "2025-09", "value": 45}]}
        """,
        "Content/feedback/f1.md": """
        ---
        date: 2025-11-10
        theme: EHC plans
        you_said: We could not see our plans.
        we_did: We share them now.
        status: done
        actions: [1.1]
        ---
        """,
        "Content/bulletins/2025-12.md": "---\ntitle: December 2025 update\ndate: 2025-12-19\nsummary: News.\n---\n{{progress}}\n",
        "Content/pages/about.md": "---\ntitle: About\nnav: true\n---\nAbout us.\n",
    ]
}
