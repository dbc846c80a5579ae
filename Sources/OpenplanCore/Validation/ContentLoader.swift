import Foundation

/// Reads a site's `Content/` folder into a validated `Plan`, collecting every problem on the
/// way. Content problems never throw: they become diagnostics, so an editor sees all of them
/// in one run.
public struct ContentLoader: Sendable {
    public let siteFolder: URL

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// - Parameter timings: where to record the time reading and validating take, if anywhere.
    public func load(timings: BuildTimings? = nil) -> LoadResult {
        let content = siteFolder.appendingPathComponent("Content", isDirectory: true)
        guard ContentInventory.isDirectory(content) else {
            return LoadResult(plan: nil, diagnostics: [.about(.error, "Content",
                "There is no Content folder in the site folder. Run openplan in the folder that holds Content, "
                + "or say where it is with --site.")], isUsageProblem: true)
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: content.path)) != nil else {
            return LoadResult(plan: nil, diagnostics: [.about(.error, "Content",
                "The Content folder could not be read. Check that you have permission to open it.")], isUsageProblem: true)
        }
        func stage<T>(_ name: String, _ body: () -> T) -> T { timings.map { $0.measure(name, body) } ?? body() }
        let inventory = stage("List content files") { ContentInventory.scan(contentFolder: content) }
        let documents = stage("Read files (front matter, YAML, JSON)") {
            ConcurrentMap.map(inventory.entries) { RawDocument.load($0) }
        }
        let output = stage("Validate (raw to model)") { PlanValidator().validate(documents) }
        return LoadResult(plan: output.plan, diagnostics: output.diagnostics + inventory.diagnostics)
    }
}
