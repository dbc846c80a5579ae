import Foundation
import Testing
@testable import OpenplanServer

/// A small site in a new temporary folder, with the preview's output folder beside it, and a
/// `secret.txt` beside both that no request may ever read.
struct TemporarySite {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("preview") }

    static let secret = "TOP-SECRET-NOT-FOR-THE-PREVIEW"

    init(name: String = #function) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("openplan-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try write("secret.txt", Self.secret, under: root)
        try write("Content/site.yml", "title: Test site\npartnership: Test partnership\n")
        try write("Content/bulletins/2025-11.md", "---\ntitle: November\n---\nFirst version of the bulletin.\n")
        try write("Content/pages/about.md", "About this plan.\n")
        try write("Templates/page.html", "<main>{{content}}</main>\n")
        try write("Public/style.css", "body { color: black; }\n")
        try write("Public/data/actions.json", "{\"actions\": []}\n")
        try write("Public/feed.xml", "<feed/>\n")
        try write("Public/rss.xml", "<rss/>\n")
        try write("Public/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        try write("Public/data/measures.csv", "id,value\nA,1\n")
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: site.appendingPathComponent("Public/logo.png"))
    }

    func write(_ path: String, _ text: String, under base: URL? = nil) throws {
        let url = (base ?? site).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Collects what the server prints, for tests to read.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: String { lock.withLock { lines.joined(separator: "\n") } }
}

struct Timeout: Error, CustomStringConvertible {
    var description: String
}

/// Runs `operation`, failing if it takes longer than `seconds`.
func withTimeout<T: Sendable>(
    _ seconds: Double,
    _ what: String,
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            throw Timeout(description: "Timed out after \(seconds) s: \(what)")
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Starts a preview of `site` on a free port, runs `body` with the port, then stops the server
/// and checks that it stopped cleanly.
func withPreview(
    of site: TemporarySite,
    builder: some PreviewBuilding,
    logs: LogLines = LogLines(),
    _ body: (Int) async throws -> Void
) async throws {
    try await withPreview(siteFolder: site.site, outputFolder: site.output, builder: builder, logs: logs, body)
}

func withPreview(
    siteFolder: URL,
    outputFolder: URL,
    builder: some PreviewBuilding,
    logs: LogLines = LogLines(),
    _ body: (Int) async throws -> Void
) async throws {
    let (ready, readyContinuation) = AsyncStream.makeStream(of: URL.self)
    let server = PreviewServer(
        siteFolder: siteFolder, port: 0, builder: builder, outputFolder: outputFolder, log: logs.append
    )
    let running = Task { try await server.run(onReady: { readyContinuation.yield($0) }) }
    let address = try await withTimeout(30, "server start") { await ready.first { _ in true } }
    let port = try #require(address?.port)
    #expect(address?.host == "127.0.0.1")
    do {
        try await body(port)
    } catch {
        running.cancel()
        _ = try? await running.value
        throw error
    }
    running.cancel()
    try await withTimeout(10, "server stop") { try await running.value }
    #expect(logs.all.hasSuffix("Preview stopped."))
    #expect(throws: (any Error).self, "nothing listens after the server stopped") { try RawSocket(port: port) }
}

/// Fetches `target` until `condition` holds for the reply, or fails after `seconds`.
@discardableResult
/// Waits until `condition` holds, polling; throws after `seconds`. The preview writes a
/// saved file's own page before the lists and logs the rebuild when all are done, so a test
/// that has seen the page waits for the log line.
func eventually(within seconds: Double = 10, _ what: String, _ condition: @escaping @Sendable () -> Bool) async throws {
    try await withTimeout(seconds, what) {
        while !condition() {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

func fetch(
    _ target: String,
    port: Int,
    within seconds: Double = 10,
    until condition: @escaping @Sendable (RawHTTPReply) -> Bool
) async throws -> RawHTTPReply {
    try await withTimeout(seconds, "waiting for \(target)") {
        while true {
            let reply = try await RawHTTP.get(target, port: port)
            if condition(reply) { return reply }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
