import Foundation

/// One run of the whole pipeline: load and validate content, check every link, anchor and
/// embed (`PlanResolution`), render every page, and publish only when nothing went wrong.
public struct SiteBuild: Sendable {
    public var siteFolder: URL
    public var outputFolder: URL
    public var asOf: Day
    /// Set to see where the time goes (`openplan build --timings`).
    public var timings: BuildTimings?

    public init(siteFolder: URL, outputFolder: URL? = nil, asOf: Day) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.outputFolder = (outputFolder ?? siteFolder.appendingPathComponent(SiteLayout.defaultOutput)).standardizedFileURL
        self.asOf = asOf
    }

    /// Builds into a staging folder and swaps it into place when there are no errors.
    /// Throws only for problems outside the content: `OutputFolderError` when the output
    /// folder may not be replaced (checked first, before any content is read), or
    /// `PublishingError` when it cannot be written.
    public func run() throws -> BuildReport {
        let started = MonotonicClock.now()
        let byShape = try OutputFolderCheck.check(output: outputFolder, siteFolder: siteFolder)
        let prepared = prepare()
        guard var renderer = prepared.renderer, let plan = prepared.plan else {
            return BuildReport(diagnostics: prepared.diagnostics, filesWritten: 0, published: false,
                               usageProblem: prepared.usageProblem, seconds: MonotonicClock.seconds(since: started))
        }
        // The check parses every body; it also keeps them rendered, for the pages.
        let resolved = stage("Check links, anchors and embeds") {
            PlanResolution.resolve(plan, outline: renderer.site.outline, asOf: asOf, rendersBodies: true)
        }
        renderer.preparedBodies = resolved.bodies
        let found = (prepared.diagnostics + resolved.diagnostics).sorted()
        if found.contains(where: { $0.severity == .error }) {
            // Every problem shows in one run, though nothing is rendered or written.
            return BuildReport(diagnostics: found, filesWritten: 0,
                               published: false, usageProblem: false, seconds: MonotonicClock.seconds(since: started))
        }

        let staging = try StagingFolder(replacing: outputFolder)
        var published = false
        // Whatever goes wrong from here on, the staged files do not outlive this build.
        defer { if !published { staging.discard() } }
        let counter = Counter()
        let failure = FirstError()
        let timings = self.timings
        let jobs = stage("List the pages") { renderer.jobs() }
        let write: @Sendable (OutputFile) -> Void = { file in
            do {
                try staging.write(file.path, bytes: file.bytes)
                counter.increment()
            } catch {
                failure.record(error)
            }
        }
        try stage("Render and write pages") {
            guard let timings else { return try renderer.render(jobs, emit: write) }
            // Writing is timed here, around the renderer's calls to it; rendering by the renderer.
            let profile = try renderer.renderProfiled(jobs) { file in
                let before = CPUClock.thread()
                write(file)
                timings.add("write files", seconds: CPUClock.thread() - before, count: 1)
            }
            timings.add(profile)
        }
        stage("Copy theme files") {
            for (path, bytes) in prepared.assets.sorted(by: { $0.key < $1.key }) {
                do { try staging.write(path, bytes: bytes); counter.increment() } catch { failure.record(error) }
            }
        }
        if let error = failure.error { throw error }
        try stage("Publish (swap folders)") { try staging.publish() }
        published = true
        var report = BuildReport(diagnostics: found, filesWritten: counter.value, published: true,
                                 usageProblem: false, seconds: MonotonicClock.seconds(since: started))
        if byShape {
            report.note = "\(outputFolder.path) was built by an earlier version of Openplan, without the file "
                + "\(BuildMarker.name) that says a folder is Openplan's to replace. It has it now."
        }
        return report
    }

    /// Everything `run()` checks, writing nothing.
    public func check() -> BuildReport {
        let started = MonotonicClock.now()
        let prepared = prepare()
        return BuildReport(diagnostics: diagnostics(of: prepared), filesWritten: 0, published: false,
                           usageProblem: prepared.usageProblem, seconds: MonotonicClock.seconds(since: started))
    }

    /// Every problem a build would report, sorted, rendering and writing nothing: the
    /// content's and the theme's, then the links, anchors and embeds in the Markdown, which
    /// `PlanResolution` checks against the plan (`openplan check`, `openplan bulletin`, the
    /// live preview and every build come here).
    ///
    /// The Markdown is checked only once the theme has loaded (there is a renderer), as the
    /// links to its static files are checked too.
    public func diagnostics(of prepared: Prepared) -> [Diagnostic] {
        guard let plan = prepared.plan, let renderer = prepared.renderer else { return prepared.diagnostics.sorted() }
        return (prepared.diagnostics + PlanResolution.resolve(plan, outline: renderer.site.outline, asOf: asOf).diagnostics)
            .sorted()
    }

    /// As `diagnostics(of:)`, parsing again only the bodies whose text changed since `earlier`,
    /// and giving what it parsed for the next call: for the live preview, which checks the
    /// whole plan after every save.
    public func diagnostics(of prepared: Prepared, reusing earlier: ParsedBodies) -> (diagnostics: [Diagnostic], parsed: ParsedBodies) {
        guard let plan = prepared.plan, let renderer = prepared.renderer else { return (prepared.diagnostics.sorted(), earlier) }
        let resolved = PlanResolution.resolve(plan, outline: renderer.site.outline, asOf: asOf, reusing: earlier)
        return ((prepared.diagnostics + resolved.diagnostics).sorted(), resolved.parsedBodies)
    }

    private func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        try timings.map { try $0.measure(name, body) } ?? body()
    }

    /// Loads content and the theme; the plan is there whenever a renderer could be made.
    ///
    /// - Parameter earlier: what an earlier preparation of this site read, to reuse: its
    ///   files, parsed again only where their bytes changed, and its theme, when the caller
    ///   knows `Templates/` and `Public/` have not changed since (the live preview does).
    ///   Without it (a one-off build or check) nothing is kept: holding every file's bytes while
    ///   pages render would only raise the build's peak memory.
    public func prepare(reusing earlier: Reusable? = nil) -> Prepared {
        let loaded = load(reusing: earlier?.documents)
        let keeps = earlier != nil
        var diagnostics = loaded.diagnostics
        guard let plan = loaded.plan else {
            return Prepared(plan: nil, renderer: nil, assets: [:], diagnostics: diagnostics,
                            usageProblem: loaded.isUsageProblem, reusable: Reusable(documents: keeps ? loaded.documents : nil))
        }
        let theme: Theme
        do {
            theme = try earlier?.theme ?? stage("Load and compile the theme") { try Theme.load(siteFolder: siteFolder) }
        } catch let error as ThemeError {
            diagnostics += error.diagnostics
            return Prepared(plan: plan, renderer: nil, assets: [:], diagnostics: diagnostics, usageProblem: error.isUsageProblem,
                            reusable: Reusable(documents: keeps ? loaded.documents : nil))
        } catch {
            diagnostics.append(.error(SiteLayout.templates, "the theme could not be read: \(error)"))
            return Prepared(plan: plan, renderer: nil, assets: [:], diagnostics: diagnostics, usageProblem: false,
                            reusable: Reusable(documents: keeps ? loaded.documents : nil))
        }
        diagnostics += theme.warnings
        if plan.site.baseURL == nil {
            diagnostics.append(.warning(SiteLayout.siteFile,
                "there is no base_url, so the feeds, the sitemap and bulletin emails cannot be made, and the links on the \"Page not found\" page work only for missing pages at the top of the site; add the address the site will be published at, like base_url: https://example.org/send-progress/"))
        }
        let renderer = stage("Work out what every page shares") { SiteRenderer(plan: plan, theme: theme, asOf: asOf) }
        return Prepared(plan: plan, renderer: renderer,
                        assets: theme.assets, diagnostics: diagnostics, usageProblem: false,
                        reusable: keeps ? Reusable(documents: loaded.documents, theme: theme) : Reusable())
    }

    /// `ContentLoader.load()`, step by step so that each step is timed.
    private func load(reusing earlier: ReadDocuments?) -> LoadResult {
        let loader = ContentLoader(siteFolder: siteFolder)
        let files: ContentLoader.Files
        switch stage("List content files", loader.listFiles) {
        case .stopped(let result): return result
        case .next(let next): files = next
        }
        switch stage("Read files (front matter, YAML, JSON)", { loader.read(files, reusing: earlier) }) {
        case .stopped(let result): return result
        case .next(let documents): return stage("Validate (raw to model)") { loader.validate(documents) }
        }
    }

    public struct Prepared: Sendable {
        public var plan: Plan?
        public var renderer: SiteRenderer?
        public var assets: [String: [UInt8]]
        public var diagnostics: [Diagnostic]
        public var usageProblem: Bool
        /// What the next preparation of the same site may reuse.
        public var reusable = Reusable()
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// What one preparation hands to the next: the files it read and the theme it compiled.
    public struct Reusable: Sendable {
        public var documents: ReadDocuments?
        public var theme: Theme?
        public init(documents: ReadDocuments? = nil, theme: Theme? = nil) {
            self.documents = documents
            self.theme = theme
        }
    }
}

/// What a build did, for the command line to report and turn into an exit status.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var filesWritten: Int
    public var published: Bool
    /// The site folder itself is missing or unreadable: a usage problem, not a content one.
    public var usageProblem: Bool
    public var seconds: Double
    /// Something worth saying once about the output folder, such as that it was an earlier build.
    public var note: String?

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
