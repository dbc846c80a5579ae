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

    /// Every content file read and parsed, with its bytes and its own checks for the next load.
    public struct Documents: Sendable {
        let documents: [RawDocument]
        let files: Files
        let read: ReadDocuments
    }

    /// - Parameter earlier: what an earlier load of this site read; files whose bytes are
    ///   unchanged are not parsed or checked on their own again (the live preview passes the
    ///   previous save's).
    public func load(reusing earlier: ReadDocuments? = nil) -> LoadResult {
        let files: Files
        switch listFiles() {
        case .stopped(let result): return result
        case .next(let next): files = next
        }
        switch read(files, reusing: earlier) {
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
    public func read(_ files: Files, reusing earlier: ReadDocuments? = nil) -> Step<Documents> {
        let entries = files.inventory.entries
        let loaded = ConcurrentMap.map(entries) { entry -> (document: RawDocument, bytes: [UInt8]?, reused: Bool, checks: FileChecks?) in
            let before = earlier?.byPath[entry.path]
            let (document, bytes, reused) = RawDocument.load(entry, reusing: before.map { ($0.bytes, $0.document) })
            // Each file's own checks need nothing from other files, so an unchanged file keeps its results.
            let checks = reused ? before?.checks : (document.isReadable ? FileChecks.run(document) : nil)
            return (document, bytes, reused, checks)
        }
        let documents = loaded.map(\.document)
        var read = ReadDocuments()
        for (entry, file) in zip(entries, loaded) {
            guard let bytes = file.bytes else { continue }
            if !file.reused { read.parsed += 1 }
            read.byPath[entry.path] = ReadDocuments.Read(bytes: bytes, document: file.document, checks: file.checks)
        }
        let unopened = documents.filter(\.couldNotOpen)
        if !unopened.isEmpty {
            return .stopped(LoadResult(plan: nil, diagnostics: files.found + files.inventory.diagnostics + unopened.flatMap(\.diagnostics),
                                       isUsageProblem: true))
        }
        return .next(Documents(documents: documents, files: files, read: read))
    }

    /// Turns the raw documents into the plan, every problem collected.
    public func validate(_ documents: Documents) -> LoadResult {
        let checked = documents.documents.compactMap { documents.read.byPath[$0.file]?.checks }
        let output = PlanValidator().validate(documents.documents, checked: checked)
        var result = LoadResult(plan: output.plan, diagnostics: output.diagnostics + documents.files.inventory.diagnostics + documents.files.found)
        result.documents = documents.read
        return result
    }
}
