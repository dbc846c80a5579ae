import Foundation
import Testing
@testable import OpenplanCore

@Suite struct ValidationPlanTests {
    @Test func missingContentFolderIsAUsageProblem() {
        let result = TestSite(["README.md": "not a site"]).load()
        #expect(result.isUsageProblem)
        #expect(result.plan == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.file == "Content")
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func aSiteFolderThatDoesNotExistIsAUsageProblem() {
        let result = ContentLoader(siteFolder: URL(fileURLWithPath: "/nonexistent-openplan-site")).load()
        #expect(result.isUsageProblem)
    }

    @Test func planIsBuiltFromValidPartsAlongsideErrors() throws {
        let result = TestSite(basics: [
            "Content/priorities/2.md": "---\nsummary: no title\n---\n",
            "Content/actions/2.1.md": "---\ntitle: In priority 2\npriority: 2\nstatus: issues\n---\n",
        ]).load()
        #expect(result.hasErrors)
        #expect(!result.isUsageProblem)
        // Only the missing title is reported: the action naming priority 2 is not reported again.
        #expect(result.errorCount == 1, "\(result.listing)")
        let plan = try #require(result.plan)
        #expect(plan.priorities.map(\.id) == ["1"])
        #expect(plan.actionByID["2.1"]?.priorities == [])
    }

    @Test func unreadableFileIdsStillCountAsKnown() {
        let result = TestSite(basics: [
            "Content/actions/2.1.md": "---\ntitle: [broken\n---\n",
            "Content/feedback/f.md": "---\ndate: 2026-01-01\ntheme: T\nyou_said: Y\nactions: [2.1]\n---\n",
        ]).load()
        #expect(result.errorCount == 1, "\(result.listing)")
        #expect(result.diagnostics.first?.file == "Content/actions/2.1.md")
    }

    @Test func diagnosticsAreSortedAndTheSameEveryRun() {
        let files = [
            "Content/actions/b.md": "---\ntitle: B\npriority: 5\nstatus: x\n---\n",
            "Content/actions/a.md": "---\ntitle: A\npriority: 5\nstatus: y\n---\n",
            "Content/measures/m.json": "{\"title\": 1}",
        ]
        let first = TestSite(basics: files).load()
        let second = TestSite(basics: files).load()
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.diagnostics == first.diagnostics.sorted())
        #expect(first.diagnostics.first?.file == "Content/actions/a.md")
    }

    @Test func dotfilesAreIgnoredAndSubfoldersWarned() {
        let result = TestSite(basics: [
            "Content/actions/.DS_Store": "junk",
            "Content/.hidden": "junk",
            "Content/actions/old/1.1.md": "---\ntitle: Old\n---\n",
        ]).load()
        #expect(!result.hasErrors, "\(result.listing)")
        #expect(result.diagnostics.count == 1)
        #expect(result.matching("Content/actions/old:1:1", .warning, "Folders inside Content/actions are not read").count == 1)
    }

    @Test func peopleFileMissingExplainsWhyALeadIsUnknown() {
        let result = TestSite(basics: [:], removing: ["Content/people.yml"]).load()
        #expect(result.matching("Content/actions/1.1.md:4:9", .error, "there is no Content/people.yml").count == 1)
    }

    @Test func loadsManyFilesInSortedOrder() throws {
        var files: [String: String] = [:]
        for i in 0..<300 {
            files["Content/actions/3.\(i).md"] = "---\ntitle: A\(i)\npriority: 1\nstatus: on-track\n---\n"
        }
        let result = TestSite(basics: files).load()
        #expect(!result.hasErrors)
        let plan = try #require(result.plan)
        #expect(plan.actions.count == 301)
        #expect(plan.actions.last?.id == "3.299")
        #expect(plan.actions[1].id == "3.0")
    }
}

@Test func aMissingContentFolderIsReportedWithoutALineAndColumn() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = ContentLoader(siteFolder: folder).load()
    let problem = try #require(result.diagnostics.first)
    #expect(problem.description.hasPrefix("Content: error: There is no Content folder"))
    #expect(problem.place == "Content")
    // Every other problem keeps its place.
    #expect(Diagnostic.error("Content/a.md", line: 3, column: 4, "Bad.").description == "Content/a.md:3:4: error: Bad.")
}
