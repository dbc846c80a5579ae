import Foundation

/// Reads a site's `Content/` folder into a validated `Plan`, collecting every problem on the
/// way. Content problems never throw: they become diagnostics, so an editor sees all of them
/// in one run.
public struct ContentLoader: Sendable {
    public let siteFolder: URL

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// - Parameters:
    ///   - timings: where to record the time reading and validating take, if anywhere.
    ///   - earlier: what an earlier load of this site read; files whose bytes are unchanged
    ///     are not parsed again (the live preview passes the previous save's).
    public func load(timings: BuildTimings? = nil, reusing earlier: ReadDocuments? = nil) -> LoadResult {
        let reader = SiteFolderReader(siteFolder: siteFolder)
        let (contentFolder, found) = reader.topFolder(SiteLayout.content)
        guard let contentFolder else {
            return LoadResult(plan: nil, diagnostics: found + [.about(.error, SiteLayout.content,
                "There is no Content folder in the site folder. Run openplan in the folder that holds Content, "
                + "or say where it is with --site.")], isUsageProblem: true)
        }
        func stage<T>(_ name: String, _ body: () -> T) -> T { timings.map { $0.measure(name, body) } ?? body() }
        let inventory = stage("List content files") { ContentInventory.scan(contentFolder: contentFolder, reader: reader) }
        // Without every file the plan cannot be judged: a missing folder of actions would give an
        // error for every link to one of them, and a build would publish a site without them.
        if !inventory.unreadable.isEmpty {
            return LoadResult(plan: nil, diagnostics: found + inventory.diagnostics, isUsageProblem: true)
        }
        let read = stage("Read files (front matter, YAML, JSON)") {
            ConcurrentMap.map(inventory.entries) { RawDocument.load($0, reusing: earlier?.byPath[$0.path]) }
        }
        let documents = read.map(\.document)
        let unopened = documents.filter(\.couldNotOpen)
        if !unopened.isEmpty {
            return LoadResult(plan: nil, diagnostics: found + inventory.diagnostics + unopened.flatMap(\.diagnostics),
                              isUsageProblem: true)
        }
        let output = stage("Validate (raw to model)") { PlanValidator().validate(documents) }
        var result = LoadResult(plan: output.plan, diagnostics: output.diagnostics + inventory.diagnostics + found)
        for (entry, (document, bytes, reused)) in zip(inventory.entries, read) {
            guard let bytes else { continue }
            if !reused { result.documents.parsed += 1 }
            result.documents.byPath[entry.path] = ReadDocuments.Read(bytes: bytes, document: document)
        }
        return result
    }
}
