import Foundation
import OpenplanCore
import Testing
@testable import OpenplanServer

/// The preview shows what a build would publish, so a link in `Public/` to a file outside the
/// site is not served either.
@Suite(.serialized)
struct PreviewLinkedFileTests {
    @Test func aLinkToAFileOutsideTheSiteIsNotServed() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let secret = site.root.appendingPathComponent("secret.txt")
        try Data("SECRET-FROM-OUTSIDE".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: site.site.appendingPathComponent("Public"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.site.path + "/Public/x.txt", withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: site.site.path + "/Public/up.txt", withDestinationPath: "../../secret.txt")
        let logs = LogLines()
        let builder = PipelinePreviewBuilder(siteFolder: site.site, asOf: Day(iso: PipelineSite.asOf)!)
        try await withPreview(siteFolder: site.site, outputFolder: site.output, builder: builder, logs: logs) { port in
            #expect(try await RawHTTP.get("/", port: port).status == 200)
            for path in ["/x.txt", "/up.txt"] {
                let reply = try await RawHTTP.get(path, port: port)
                #expect(reply.status == 404, "\(path) was served")
                #expect(!reply.body.contains("SECRET-FROM-OUTSIDE"))
            }
        }
        #expect(!site.snapshot().values.contains { String(decoding: $0, as: UTF8.self).contains("SECRET") })
    }
}
