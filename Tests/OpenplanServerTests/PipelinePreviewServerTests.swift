import Foundation
import OpenplanCore
import Testing
@testable import OpenplanServer

/// `openplan serve` as an editor uses it: the real pipeline behind a real server on a free port,
/// over a temporary copy of a small site, through an edit, a mistake, its fix and a deletion.
@Suite(.serialized)
struct PipelinePreviewServerTests {
    @Test func previewsTheSiteThroughEditsMistakesAndDeletions() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let logs = LogLines()
        let builder = PipelinePreviewBuilder(siteFolder: site.site, asOf: Day(iso: PipelineSite.asOf)!)
        try await withPreview(siteFolder: site.site, outputFolder: site.output, builder: builder, logs: logs) { port in
            let home = try await RawHTTP.get("/", port: port)
            #expect(home.status == 200)
            #expect(home.body.contains("Test SEND progress"))
            #expect(home.body.contains("EventSource"))
            let stylesheet = try await RawHTTP.get("/assets/openplan.css", port: port)
            #expect(stylesheet.status == 200)
            #expect(stylesheet.header("Content-Type") == "text/css; charset=utf-8")

            let bulletin = try await RawHTTP.get("/bulletins/2025-11/", port: port)
            #expect(bulletin.status == 200)
            #expect(bulletin.body.contains("The forum met twice in November."))

            // An edit is served once rebuilt.
            try site.edit("Content/bulletins/2025-11.md", replacing: "met twice", with: "met three times")
            let edited = try await fetch("/bulletins/2025-11/", port: port) { $0.body.contains("met three times") }
            #expect(edited.status == 200)
            try await eventually("the rebuild's log line") { logs.all.contains("Rebuilt") }
            #expect(logs.all.contains("after a change to Content/bulletins/2025-11.md"))

            // A mistake: every page shows it, with the file, line and column.
            try site.edit("Content/actions/1.1.md", replacing: "status: on-track", with: "status: on-trak")
            let broken = try await fetch("/actions/1-1/", port: port) { $0.status == 500 }
            #expect(broken.body.contains("<code>Content/actions/1.1.md:6:9</code>"), "\(broken.body)")
            #expect(broken.body.contains("on-trak"))
            #expect(try await RawHTTP.get("/bulletins/2025-11/", port: port).status == 500)
            #expect(logs.all.contains("Content/actions/1.1.md:6:9: error:"))

            // The fix brings the site back.
            try site.edit("Content/actions/1.1.md", replacing: "status: on-trak", with: "status: off-track")
            let fixed = try await fetch("/actions/1-1/", port: port) { $0.status == 200 }
            #expect(fixed.body.contains("Not on track"))
            try await eventually("the fixed rebuild's log line") { logs.all.contains("The problems are fixed") }
            #expect(logs.all.contains("The problems are fixed"))

            // A deleted action's page is gone, and so is it from its priority's page.
            #expect(try await RawHTTP.get("/actions/1-2/", port: port).status == 200)
            try site.delete("Content/actions/1.2.md")
            let gone = try await fetch("/actions/1-2/", port: port) { $0.status == 404 }
            #expect(gone.body.contains("Page not found"), "the site's own not-found page")
            let priority = try await RawHTTP.get("/priorities/1/", port: port)
            #expect(priority.status == 200)
            #expect(!priority.body.contains("Publish the meeting notes"))

            // Nothing outside the preview folder is ever served.
            for attempt in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/bulletins/../../secret.txt",
                            "/../site/Content/site.yml", "/%2e%2e/site/Content/site.yml"] {
                let reply = try await RawHTTP.get(attempt, port: port)
                #expect(reply.status == 404, "\(attempt)")
                #expect(!reply.body.contains(PipelineSite.secret), "\(attempt)")
                #expect(!reply.body.contains("partnership: Test SEND Partnership"), "\(attempt)")
            }
        }
        #expect(!logs.all.contains("could not be written"), "\(logs.all)")
    }
}
