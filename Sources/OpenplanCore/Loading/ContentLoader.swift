import Foundation

/// Reads a site's `Content/` folder into a validated `Plan`, collecting every problem on the
/// way. Content problems never throw: they become diagnostics, so an editor sees all of them
/// in one run.
public struct ContentLoader: Sendable {
    public let siteFolder: URL

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    public func load() -> LoadResult {
        let content = siteFolder.appendingPathComponent("Content", isDirectory: true)
        guard ContentInventory.isDirectory(content) else {
            return LoadResult(plan: nil, diagnostics: [.error("Content",
                "There is no Content folder in the site folder. Run openplan in the folder that holds Content, "
                + "or say where it is with --site.")], isUsageProblem: true)
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: content.path)) != nil else {
            return LoadResult(plan: nil, diagnostics: [.error("Content",
                "The Content folder could not be read. Check that you have permission to open it.")], isUsageProblem: true)
        }
        let inventory = ContentInventory.scan(contentFolder: content)
        let documents = ConcurrentMap.map(inventory.entries) { RawDocument.load($0) }
        let output = PlanValidator().validate(documents)
        return LoadResult(plan: output.plan, diagnostics: output.diagnostics + inventory.diagnostics)
    }
}
