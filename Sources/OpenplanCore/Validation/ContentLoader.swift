import Foundation

/// Reads a site's `Content/` folder into a validated `Plan`, collecting every problem on the
/// way. Content problems never throw: they become diagnostics, so an editor sees all of them
/// in one run.
///
/// `load()` runs the three steps in turn. They are public one by one so that a caller who
/// wants to know where the time goes (`openplan build --timings`) can time each from outside.
public struct ContentLoader: Sendable {
    public let siteFolder: URL

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// What one step hands to the next, or the result when loading stops there.
    public enum Step<Next: Sendable>: Sendable {
        case next(Next)
        case stopped(LoadResult)
    }

    /// The content files found, with what was noticed while looking.
    public struct Files: Sendable {
        let inventory: ContentInventory
        /// About the site folder itself (links out of it, unreadable entries at its top).
        let found: [Diagnostic]
    }

    /// Every content file read and parsed.
    public struct Documents: Sendable {
        let documents: [RawDocument]
        let files: Files
    }

    public func load() -> LoadResult {
        let files: Files
        switch listFiles() {
        case .stopped(let result): return result
        case .next(let next): files = next
        }
        switch read(files) {
        case .stopped(let result): return result
        case .next(let documents): return validate(documents)
        }
    }

    /// Finds every content file. Stops when there is no Content folder or a file in it cannot
    /// be listed: without every file the plan cannot be judged (a missing folder of actions
    /// would give an error for every link to one of them, and a build would publish a site
    /// without them).
    public func listFiles() -> Step<Files> {
        let reader = SiteFolderReader(siteFolder: siteFolder)
        let (contentFolder, found) = reader.topFolder(SiteLayout.content)
        guard let contentFolder else {
            return .stopped(LoadResult(plan: nil, diagnostics: found + [.about(.error, SiteLayout.content,
                "There is no Content folder in the site folder. Run openplan in the folder that holds Content, "
                + "or say where it is with --site.")], isUsageProblem: true))
        }
        let inventory = ContentInventory.scan(contentFolder: contentFolder, reader: reader)
        if !inventory.unreadable.isEmpty {
            return .stopped(LoadResult(plan: nil, diagnostics: found + inventory.diagnostics, isUsageProblem: true))
        }
        return .next(Files(inventory: inventory, found: found))
    }

    /// Reads and parses every file (front matter, YAML, JSON) in parallel. Stops when a file
    /// cannot be opened.
    public func read(_ files: Files) -> Step<Documents> {
        let documents = ConcurrentMap.map(files.inventory.entries) { RawDocument.load($0) }
        let unopened = documents.filter(\.couldNotOpen)
        if !unopened.isEmpty {
            return .stopped(LoadResult(plan: nil, diagnostics: files.found + files.inventory.diagnostics + unopened.flatMap(\.diagnostics),
                                       isUsageProblem: true))
        }
        return .next(Documents(documents: documents, files: files))
    }

    /// Turns the raw documents into the plan, every problem collected.
    public func validate(_ documents: Documents) -> LoadResult {
        let output = PlanValidator().validate(documents.documents)
        return LoadResult(plan: output.plan, diagnostics: output.diagnostics + documents.files.inventory.diagnostics + documents.files.found)
    }
}
