import Foundation
import Testing
@testable import OpenplanServer

struct PreviewFileResolverTests {
    @Test func findsFilesAndFolderIndexesAndRefusesWhatLeadsOutside() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let root = site.output
        try site.write("index.html", "home", under: root)
        try site.write("actions/1-2/index.html", "action", under: root)
        try site.write("empty/readme.txt", "no index here", under: root)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/escape", withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/up", withDestinationPath: "..")
        let resolver = PreviewFileResolver(root: root)
        let real = try #require(PreviewFileResolver.realPath(root.path))

        func resolve(_ raw: String) throws -> PreviewFileResolver.Resolution {
            resolver.resolve(try #require(PreviewRequestPath(raw: Substring(raw))))
        }
        #expect(try resolve("/") == .file(real + "/index.html"))
        #expect(try resolve("/actions/1-2/") == .file(real + "/actions/1-2/index.html"))
        #expect(try resolve("/actions/1-2") == .addSlash)
        #expect(try resolve("/empty/") == .notFound)
        #expect(try resolve("/index.html/") == .notFound)
        #expect(try resolve("/missing.html") == .notFound)
        #expect(try resolve("/escape") == .notFound)
        #expect(try resolve("/up/secret.txt") == .notFound)
        #expect(try resolve("/up/") == .notFound)
        #expect(resolver.notFoundPage() == nil)
    }

    @Test func insideMeansUnderTheFolderNotJustSharingItsName() {
        #expect(PreviewFileResolver.isInside("/tmp/preview/a.html", root: "/tmp/preview"))
        #expect(PreviewFileResolver.isInside("/tmp/preview", root: "/tmp/preview"))
        #expect(!PreviewFileResolver.isInside("/tmp/preview-other/a.html", root: "/tmp/preview"))
        #expect(!PreviewFileResolver.isInside("/tmp/secret", root: "/tmp/preview"))
    }
}
