import Foundation
import Testing
@testable import OpenplanServer

/// Each test runs twice: with the kernel's notifications (inotify) and with scanning.
@Suite(.serialized)
struct ContentWatcherTests {
    /// Collects batches from a running watcher until `expected` have all been seen.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var seen = Set<String>()
        private var batches: [Set<String>] = []
        var all: Set<String> { lock.withLock { seen } }
        var count: Int { lock.withLock { batches.count } }
        func add(_ batch: Set<String>) {
            lock.withLock {
                seen.formUnion(batch)
                batches.append(batch)
            }
        }
    }

    func watching(_ site: TemporarySite, polling: Bool, configure: (inout ContentWatcher) -> Void = { _ in },
                  _ body: (Batches) async throws -> Void) async throws {
        var watcher = ContentWatcher(siteFolder: site.site, forcePolling: polling)
        configure(&watcher)
        let stream = watcher.changes()
        let batches = Batches()
        let collector = Task {
            for await batch in stream { batches.add(batch) }
        }
        defer { collector.cancel() }
        try await body(batches)
    }

    func waitFor(_ expected: Set<String>, in batches: Batches) async throws {
        try await withTimeout(10, "changes \(expected); saw \(batches.all)") {
            while !expected.isSubset(of: batches.all) { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    @Test(arguments: [false, true])
    func reportsSavedFilesRelativeToTheSiteAndIgnoresEditorScratchFiles(polling: Bool) async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await watching(site, polling: polling) { batches in
            try site.write("Content/bulletins/.2025-11.md.swp", "vim")
            try site.write("Content/bulletins/4913", "")
            try site.write("Content/bulletins/2025-11.md~", "backup")
            try site.write("Content/bulletins/.#2025-11.md", "lock")
            try site.write("Content/bulletins/2025-11.md", "edited\n")
            try await waitFor(["Content/bulletins/2025-11.md"], in: batches)
            try await Task.sleep(for: .milliseconds(250))
            #expect(batches.all == ["Content/bulletins/2025-11.md"])
        }
    }

    @Test(arguments: [false, true])
    func seesRenamesDeletionsAndNewFolders(polling: Bool) async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.site.appendingPathComponent("Templates"))
        try await watching(site, polling: polling) { batches in
            // An editor's safe save: write a temporary file, then rename it over the real one.
            try site.write("Content/pages/about.md.tmp", "new about\n")
            try FileManager.default.removeItem(at: site.site.appendingPathComponent("Content/pages/about.md"))
            try FileManager.default.moveItem(
                at: site.site.appendingPathComponent("Content/pages/about.md.tmp"),
                to: site.site.appendingPathComponent("Content/pages/about.md")
            )
            try FileManager.default.removeItem(at: site.site.appendingPathComponent("Public/style.css"))
            try site.write("Content/feedback/2025/autumn.md", "You said\n")
            try site.write("Templates/home.mustache", "{{title}}\n")
            try await waitFor([
                "Content/pages/about.md", "Public/style.css", "Content/feedback/2025/autumn.md", "Templates/home.mustache",
            ], in: batches)

            // Folders that appeared while watching are watched too.
            try site.write("Content/feedback/2025/winter.md", "We did\n")
            try site.write("Templates/page.mustache", "{{content}}\n")
            try await waitFor(["Content/feedback/2025/winter.md", "Templates/page.mustache"], in: batches)
        }
    }

    @Test func aBurstOfSavesArrivesAsOneBatch() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await watching(site, polling: false) { batches in
            for index in 1...5 {
                try site.write("Content/pages/page-\(index).md", "page \(index)\n")
            }
            try await waitFor(Set((1...5).map { "Content/pages/page-\($0).md" }), in: batches)
            // Normally one batch; a second is tolerated in case the machine stalls between writes.
            #expect(batches.count <= 2)
        }
    }

    /// The kernel says when a writer has closed a file: the batch goes at once, without
    /// waiting for the folders to be quiet for the quiet period.
    @Test func aClosedFileIsReportedWithoutWaitingForTheQuietPeriod() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await watching(site, polling: false, configure: { $0.quietPeriod = .seconds(3); $0.longestWait = .seconds(10) }) { batches in
            let started = ContinuousClock.now
            try site.write("Content/pages/about.md", "saved\n")
            try await waitFor(["Content/pages/about.md"], in: batches)
            #expect(ContinuousClock.now - started < .seconds(2))
        }
    }

    /// A file still open for writing may have more to come, so it waits for the quiet period.
    @Test func aFileStillOpenForWritingWaitsForTheQuietPeriod() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await watching(site, polling: false, configure: { $0.quietPeriod = .milliseconds(800); $0.longestWait = .seconds(10) }) { batches in
            let handle = try FileHandle(forWritingTo: site.site.appendingPathComponent("Content/pages/about.md"))
            defer { try? handle.close() }
            let started = ContinuousClock.now
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("more\n".utf8))
            try await Task.sleep(for: .milliseconds(300))
            #expect(batches.count == 0)
            try await waitFor(["Content/pages/about.md"], in: batches)
            #expect(ContinuousClock.now - started >= .milliseconds(750))
        }
    }

    @Test(arguments: [
        (".about.md.swp", true), ("4913", true), ("about.md~", true), (".#about.md", true), ("#about.md#", true),
        ("sedoNLdFO", true), (".goutputstream-AB12CD", true), ("about.md___jb_tmp___", true), ("about.tmp", true),
        ("about.md", false), ("swp.md", false), (".well-known", false), ("2025-11.md", false), ("sed.md", false),
        ("sedation.md", false),
    ])
    func editorScratchFiles(name: String, ignored: Bool) {
        #expect(ContentWatcher.isEditorScratchFile("Content/pages/" + name) == ignored)
    }
}
