import Dispatch
import Foundation
import Testing
@testable import OpenplanServer

/// The server end to end: a real server on a free port over a temporary site, spoken to over
/// real sockets. Serialized, because each test starts file watching and a server, and the
/// machines these run on are small.
@Suite(.serialized)
struct PreviewServerTests {
    @Test func servesBuiltPagesWithTheReloadScriptAddedOnlyOnTheWay() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let builder = FakePreviewBuilder(siteFolder: site.site)
        try await withPreview(of: site, builder: builder) { port in
            let home = try await RawHTTP.get("/", port: port)
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.header("Cache-Control") == "no-store")
            #expect(home.body.contains("<h1>Home</h1>"))
            #expect(home.body.contains("new EventSource(\"/_openplan/events\")"))
            let scriptAt = try #require(home.body.range(of: "<script>"))
            let bodyCloseAt = try #require(home.body.range(of: "</body>"))
            #expect(scriptAt.lowerBound < bodyCloseAt.lowerBound, "the script goes just before </body>")

            let bulletin = try await RawHTTP.get("/bulletins/2025-11/", port: port)
            #expect(bulletin.status == 200)
            #expect(bulletin.body.contains("First version of the bulletin."))
        }
        let written = FakePreviewBuilder.files(under: site.root, in: "preview")
        #expect(written.contains("preview/index.html"))
        for file in written {
            let text = try String(contentsOf: site.root.appendingPathComponent(file), encoding: .isoLatin1)
            #expect(!text.contains("EventSource"), "\(file) must not carry the reload script")
        }
        #expect(await builder.calls == [.buildAll])
    }

    @Test func answersWithTheRightStatusAndContentType() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await withPreview(of: site, builder: FakePreviewBuilder(siteFolder: site.site)) { port in
            let expected: [(String, String)] = [
                ("/style.css", "text/css; charset=utf-8"),
                ("/data/actions.json", "application/json; charset=utf-8"),
                ("/feed.xml", "application/atom+xml; charset=utf-8"),
                ("/rss.xml", "application/rss+xml; charset=utf-8"),
                ("/chart.svg", "image/svg+xml; charset=utf-8"),
                ("/logo.png", "image/png"),
                ("/data/measures.csv", "text/csv; charset=utf-8"),
            ]
            for (path, type) in expected {
                let reply = try await RawHTTP.get(path, port: port)
                #expect(reply.status == 200, "\(path)")
                #expect(reply.header("Content-Type") == type, "\(path)")
                #expect(reply.header("Cache-Control") == "no-store", "\(path)")
                #expect(!reply.body.contains("EventSource"), "only HTML gets the reload script: \(path)")
            }
            let index = try await RawHTTP.get("/index.html", port: port)
            #expect(index.header("Content-Type") == "text/html; charset=utf-8")
            let css = try await RawHTTP.get("/style.css?v=2", port: port)
            #expect(css.body == "body { color: black; }\n")

            let missing = try await RawHTTP.get("/no/such/page/", port: port)
            #expect(missing.status == 404)
            #expect(missing.header("Content-Type") == "text/html; charset=utf-8")
            #expect(missing.body.contains("This site has no such page"))
            #expect(missing.body.contains("EventSource"))

            let folder = try await RawHTTP.get("/bulletins/2025-11?x=1", port: port)
            #expect(folder.status == 301)
            #expect(folder.header("Location") == "/bulletins/2025-11/?x=1")

            let fileWithSlash = try await RawHTTP.get("/style.css/", port: port)
            #expect(fileWithSlash.status == 404)

            let head = try await RawHTTP.request("HEAD", "/style.css", port: port)
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == "23")
            #expect(head.body.isEmpty)

            let post = try await RawHTTP.request("POST", "/", port: port)
            #expect(post.status == 405)
            #expect(post.header("Allow") == "GET, HEAD")
        }
    }

    @Test func neverServesAnythingOutsideThePreviewFolder() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await withPreview(of: site, builder: FakePreviewBuilder(siteFolder: site.site)) { port in
            let manager = FileManager.default
            try manager.createSymbolicLink(
                atPath: site.output.appendingPathComponent("leak.txt").path,
                withDestinationPath: site.root.appendingPathComponent("secret.txt").path
            )
            try manager.createSymbolicLink(
                atPath: site.output.appendingPathComponent("outside").path, withDestinationPath: site.root.path
            )
            try manager.createSymbolicLink(
                atPath: site.output.appendingPathComponent("inside.css").path, withDestinationPath: "style.css"
            )
            let attempts = [
                "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
                "/..%2fsecret.txt", "/..%2f..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/bulletins/../../secret.txt",
                "/a%2fb", "/..%5csecret.txt", "/%00/secret.txt", "/leak.txt", "/outside/secret.txt",
                "/outside/", "/./index.html", "//secret.txt", "/%zz", "/%c0%ae%c0%ae/secret.txt",
            ]
            for attempt in attempts {
                let reply = try await RawHTTP.get(attempt, port: port)
                #expect(reply.status == 404, "\(attempt)")
                #expect(!reply.body.contains(TemporarySite.secret), "\(attempt)")
            }
            // Sent raw, a backslash may be refused by the HTTP parser itself: either way, no file.
            let backslash = try await RawHTTP.get("/..\\secret.txt", port: port)
            #expect(backslash.status == 404 || backslash.status == 400)
            #expect(!backslash.body.contains(TemporarySite.secret))

            let linkInside = try await RawHTTP.get("/inside.css", port: port)
            #expect(linkInside.status == 200, "a symlink that stays inside the folder is fine")
        }
    }

    @Test func aSaveRebuildsOnlyThatFileAndTellsOpenPagesToReload() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let builder = FakePreviewBuilder(siteFolder: site.site)
        try await withPreview(of: site, builder: builder) { port in
            let events = try await RawHTTP.offPool { try RawSocket(port: port) }
            defer { events.close() }
            try events.send("GET /_openplan/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let connected = try await RawHTTP.offPool { events.read(until: "event: hello\ndata: 1\n", deadline: .now() + 10) }
            #expect(connected, "got: \(events.everything)")
            #expect(events.everything.contains("text/event-stream"))

            try site.write("Content/bulletins/2025-11.md", "---\ntitle: November\n---\nSecond version, saved.\n")
            let reloaded = try await RawHTTP.offPool { events.read(until: "event: reload\ndata: 2\n", deadline: .now() + 10) }
            #expect(reloaded, "got: \(events.everything)")
            let page = try await RawHTTP.get("/bulletins/2025-11/", port: port)
            #expect(page.body.contains("Second version, saved."))
            #expect(await builder.calls == [.buildAll, .rebuild(["Content/bulletins/2025-11.md"])])

            try site.write("Templates/page.html", "<main class=\"new\">{{content}}</main>\n")
            #expect(try await RawHTTP.offPool { events.read(until: "data: 3\n", deadline: .now() + 10) })
            try site.write("Content/site.yml", "title: Renamed\npartnership: Test partnership\n")
            #expect(try await RawHTTP.offPool { events.read(until: "data: 4\n", deadline: .now() + 10) })
            #expect(await builder.calls.suffix(2) == [.buildAll, .buildAll], "site.yml and templates rebuild everything")
        }
    }

    @Test func contentErrorsShowAnAccessiblePageUntilTheNextGoodSave() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let logs = LogLines()
        try await withPreview(of: site, builder: FakePreviewBuilder(siteFolder: site.site), logs: logs) { port in
            try site.write("Content/bulletins/2025-11.md", "---\ntitle: November\n    BROKEN here\n")
            let broken = try await fetch("/bulletins/2025-11/", port: port) { $0.status != 200 }
            #expect(broken.status == 500)
            #expect(broken.header("Content-Type") == "text/html; charset=utf-8")
            #expect(broken.body.contains("<html lang=\"en-GB\">"))
            #expect(broken.body.contains("<title>Content problem – Openplan preview</title>"))
            #expect(broken.body.contains("<h1>"))
            #expect(broken.body.contains("<code>Content/bulletins/2025-11.md:3:5</code>"))
            #expect(broken.body.contains("The word &lt;BROKEN&gt; &amp; friends is not allowed here."))
            #expect(!broken.body.contains("<BROKEN>"))
            #expect(broken.body.contains("EventSource"), "the problems page reloads itself too")
            #expect(logs.all.contains("Content/bulletins/2025-11.md:3:5: error: The word <BROKEN> & friends is not allowed here."))

            let otherPage = try await RawHTTP.get("/pages/about/", port: port)
            #expect(otherPage.status == 500, "every page shows the problem while it lasts")
            let stylesheet = try await RawHTTP.get("/style.css", port: port)
            #expect(stylesheet.status == 200, "files other than pages are still served")

            try site.write("Content/bulletins/2025-11.md", "---\ntitle: November\n---\nMended.\n")
            let mended = try await fetch("/bulletins/2025-11/", port: port) { $0.status == 200 }
            #expect(mended.body.contains("Mended."))
            #expect(logs.all.contains("The problems are fixed"))
        }
    }

    @Test func savesDuringARebuildAreQueuedAndBuiltTogether() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let builder = FakePreviewBuilder(siteFolder: site.site)
        try await withPreview(of: site, builder: builder) { port in
            await builder.hold()
            try site.write("Content/pages/about.md", "First save.\n")
            try await withTimeout(10, "first rebuild to start") {
                while await builder.rebuildsStarted == 0 { try await Task.sleep(for: .milliseconds(10)) }
            }
            try site.write("Content/pages/a.md", "A\n")
            try await Task.sleep(for: .milliseconds(150))
            try site.write("Content/pages/b.md", "B\n")
            try await Task.sleep(for: .milliseconds(600))
            #expect(await builder.rebuildsStarted == 1, "only one rebuild runs at a time")
            await builder.release()
            try await fetch("/pages/b/", port: port) { $0.status == 200 }
            try await Task.sleep(for: .milliseconds(300))
            #expect(await builder.calls == [
                .buildAll,
                .rebuild(["Content/pages/about.md"]),
                .rebuild(["Content/pages/a.md", "Content/pages/b.md"]),
            ])
        }
    }

    @Test func stoppingClosesOpenEventStreams() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var events: RawSocket?
        try await withPreview(of: site, builder: FakePreviewBuilder(siteFolder: site.site)) { port in
            let socket = try await RawHTTP.offPool { try RawSocket(port: port) }
            try socket.send("GET /_openplan/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try await RawHTTP.offPool { socket.read(until: "event: hello", deadline: .now() + 10) })
            events = socket
        }
        let socket = try #require(events)
        defer { socket.close() }
        #expect(try await RawHTTP.offPool { socket.waitForClose(deadline: .now() + 5) })
    }

    @Test func aBusyPortIsReportedInPlainWords() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try await withPreview(of: site, builder: FakePreviewBuilder(siteFolder: site.site)) { port in
            let second = PreviewServer(
                siteFolder: site.site, port: port, builder: FakePreviewBuilder(siteFolder: site.site),
                outputFolder: site.root.appendingPathComponent("second"), log: { _ in }
            )
            let error = await #expect(throws: PreviewServerError.self) {
                try await withTimeout(30, "second server") { try await second.run() }
            }
            #expect(error?.description.contains("port \(port) on 127.0.0.1 is already in use") == true, "\(String(describing: error))")
        }
    }

    @Test func aTerminationSignalStopsThePreviewCleanly() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let logs = LogLines()
        let (ready, readyContinuation) = AsyncStream.makeStream(of: URL.self)
        let server = PreviewServer(
            siteFolder: site.site, port: 0, builder: FakePreviewBuilder(siteFolder: site.site),
            outputFolder: site.output, log: logs.append
        )
        let running = Task { try await server.runUntilInterrupted(onReady: { readyContinuation.yield($0) }) }
        let address = try await withTimeout(30, "server start") { await ready.first { _ in true } }
        let port = try #require(address?.port)
        #expect(try await RawHTTP.get("/", port: port).status == 200)
        kill(getpid(), SIGTERM)
        try await withTimeout(10, "stop after SIGTERM") { try await running.value }
        #expect(logs.all.hasSuffix("Preview stopped."))
        #expect(throws: (any Error).self) { try RawSocket(port: port) }
    }
}
