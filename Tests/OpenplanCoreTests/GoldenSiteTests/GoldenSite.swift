import Foundation
@testable import OpenplanCore

/// A golden test: a site under `Tests/OpenplanCoreTests/Golden/<name>/input/` and the files it
/// must produce under `expected/`, compared file by file with a line diff on failure.
///
/// Run with `OPENPLAN_RECORD=1` to write what the build produces into `expected/` instead of
/// comparing, then review the change in `git diff` like code.
struct GoldenSite {
    let name: String

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["OPENPLAN_RECORD"] == "1" }

    var input: URL { Self.folder.appendingPathComponent(name).appendingPathComponent("input") }
    var expected: URL { Self.folder.appendingPathComponent(name).appendingPathComponent("expected") }

    /// Loads, validates and renders the input site, returning every output file by path, and
    /// every diagnostic.
    func build(asOf: Day) throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        let loaded = ContentLoader(siteFolder: input).load()
        guard let plan = loaded.plan else { return ([:], loaded.diagnostics) }
        let theme = try Theme.load(siteFolder: input)
        let renderer = SiteRenderer(plan: plan, theme: theme, asOf: asOf)
        let box = FileBox()
        try renderer.render { box.add($0) }
        let diagnostics = PlanResolution.resolve(plan, assetPaths: theme.assets.keys, asOf: asOf).diagnostics
        return (box.files, (loaded.diagnostics + diagnostics).sorted())
    }

    /// Compares `actual` (path relative to `expected/` → text) with the files in `expected/`,
    /// including files missing from either side. Returns one message per difference; empty
    /// when they match. When recording, writes `actual` into `expected/` and returns nothing.
    func compare(_ actual: [String: String]) throws -> [String] {
        let fm = FileManager.default
        if Self.recording {
            try? fm.removeItem(at: expected)
            for (path, text) in actual {
                let url = expected.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            return []
        }
        var onDisk: [String: String] = [:]
        for path in ThemeFiles.list(expected) {
            onDisk[path] = String(decoding: try Data(contentsOf: expected.appendingPathComponent(path)), as: UTF8.self)
        }
        var problems: [String] = []
        for path in Set(onDisk.keys).union(actual.keys).sorted() {
            switch (onDisk[path], actual[path]) {
            case (nil, _?): problems.append("\(name): \(path) was produced but is not in expected/ (record with OPENPLAN_RECORD=1)")
            case (_?, nil): problems.append("\(name): \(path) is expected but was not produced")
            case (let want?, let got?) where want != got:
                problems.append("\(name): \(path) differs (- expected, + actual):\n" + Self.lineDiff(want, got))
            default: break
            }
        }
        return problems
    }

    /// The lines that differ between two texts, after their common first and last lines, with
    /// two lines of context and line numbers from the expected text.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var start = 0
        while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start && endB > start && a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        var out: [String] = []
        for i in max(0, start - 2)..<start { out.append(" \(i + 1): \(a[i])") }
        for i in start..<endA { out.append("-\(i + 1): \(a[i])") }
        for i in start..<endB { out.append("+\(i + 1): \(b[i])") }
        for i in endA..<min(a.count, endA + 2) { out.append(" \(i + 1): \(a[i])") }
        return out.joined(separator: "\n")
    }
}
