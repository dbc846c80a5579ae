import Dispatch
import Foundation
import OpenplanCore

/// The real pipeline behind `openplan serve`: content → plan → pages, written into the
/// preview folder, rebuilding after a save only the pages that save can change.
///
/// A build that finds any error writes nothing, so the preview keeps the last good pages on
/// disk while the server shows the problems; the changes it could not publish are carried into
/// the next build, so fixing the mistake also brings in everything saved meanwhile.
///
/// Builds run one at a time on a queue of their own, off Swift's shared thread pool: rendering
/// keeps every core busy for a moment, and the web server must still answer meanwhile.
public final class PipelinePreviewBuilder: PreviewBuilding, @unchecked Sendable {
    public let siteFolder: URL
    public let asOf: Day
    private let queue = DispatchQueue(label: "openplan.preview-builder", qos: .userInitiated)

    // Everything below is touched only on `queue`.
    /// The preview folder as the last good build left it; nil until one succeeds.
    private var record: PreviewRecord?
    /// Changes seen by builds that failed, still to be published.
    private var unpublished = Set<String>()
    /// A whole build failed, or a write did: nothing less than a whole build can be trusted.
    private var owesWholeBuild = true
    private var output: PreviewOutputFolder?
    /// What the last preparation read: files are parsed again only when their bytes change,
    /// and the theme is compiled again only after a change to `Templates/` or `Public/`.
    private var reusable = SiteBuild.Reusable()
    /// Each body's findings from the last check, so a save parses again only what changed.
    private var parsedBodies = ParsedBodies()
    private var report = PreviewBuildReport() {
        didSet { onBuild?(report) }
    }
    private let onBuild: (@Sendable (PreviewBuildReport) -> Void)?

    /// - Parameters:
    ///   - siteFolder: the folder holding `Content/`.
    ///   - asOf: the day treated as today, fixed for as long as the preview runs.
    ///   - onBuild: called after every build with what it did, for measuring where time goes.
    public init(siteFolder: URL, asOf: Day, onBuild: (@Sendable (PreviewBuildReport) -> Void)? = nil) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.asOf = asOf
        self.onBuild = onBuild
    }

    public func buildAll(into folder: URL) async -> PreviewOutcome {
        await onQueue { $0.build(changed: nil, into: folder).outcome }
    }

    public func rebuild(changed: Set<String>, into folder: URL) async -> PreviewOutcome {
        await rebuild(changed: changed, into: folder, whenOwnPagesAreOut: { _ in })
    }

    /// Rebuilds in two steps when it can: first the pages made from the saved files themselves
    /// (an action's own page, a bulletin's page and its email), written at once and announced
    /// through `whenOwnPagesAreOut`; then every other page the change affects (lists, the
    /// home page, the whole-plan report, feeds). The page an editor is looking at does not wait
    /// for the pages that show every action. Returns when both steps are done.
    public func rebuild(changed: Set<String>, into folder: URL,
                        whenOwnPagesAreOut: @escaping @Sendable (PreviewOutcome) async -> Void) async -> PreviewOutcome {
        switch await onQueue({ $0.build(changed: changed, into: folder, ownPagesFirst: true) }) {
        case .finished(let outcome):
            return outcome
        case .ownPagesOut(let outcome):
            await whenOwnPagesAreOut(outcome)
            return await onQueue { $0.finishBuild() }
        }
    }

    /// What the most recent build did: which files it wrote and removed, and how long each
    /// step took.
    public var lastBuild: PreviewBuildReport {
        queue.sync { report }
    }

    private func onQueue<Result: Sendable>(_ work: @escaping @Sendable (PipelinePreviewBuilder) -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work(self)) }
        }
    }

    private enum Step: Sendable {
        case finished(PreviewOutcome)
        /// The first step is written; `unfinished` holds the second.
        case ownPagesOut(PreviewOutcome)

        var outcome: PreviewOutcome {
            switch self {
            case .finished(let outcome), .ownPagesOut(let outcome): outcome
            }
        }
    }

    /// What the second step of a rebuild needs from the first.
    private struct Unfinished {
        var build: Build
        var jobs: [PageJob]
        var report: PreviewBuildReport
    }

    /// One build's fixed inputs, shared by its steps.
    private struct Build {
        var folder: URL
        var pending: Set<String>
        var previous: PreviewRecord?
        var renderer: SiteRenderer
        var assets: [String: [UInt8]]
        var allJobs: [PageJob]
        var diagnostics: [Diagnostic]
        var clock = ContinuousClock()
        var started: ContinuousClock.Instant

        mutating func lap() -> Duration {
            let now = clock.now
            defer { started = now }
            return now - started
        }
    }

    private var unfinished: Unfinished?

    /// One build: the whole site when `changed` is nil, otherwise what the changes (and any
    /// left over from failed builds) affect. With `ownPagesFirst`, a partial build that also
    /// touches other pages stops after writing the changed files' own pages, leaving the rest
    /// in `unfinished` for `finishBuild()`.
    private func build(changed: Set<String>?, into folder: URL, ownPagesFirst: Bool = false) -> Step {
        let clock = ContinuousClock()
        let began = clock.now
        let pending = unpublished.union(changed ?? [])
        let previous = owesWholeBuild || changed == nil || PreviewRebuildScope.needsFullBuild(pending) ? nil : record
        var next = PreviewBuildReport()
        next.scope = previous == nil ? .whole : .partial

        // The same preparation as `openplan build`, so the preview renders what a build would.
        if changed == nil || PreviewRebuildScope.needsFullBuild(pending) || PreviewRebuildScope.touchesTheme(pending) {
            reusable.theme = nil
        }
        if changed == nil { reusable.documents = nil }
        let siteBuild = SiteBuild(siteFolder: siteFolder, asOf: asOf)
        let prepared = siteBuild.prepare(reusing: reusable)
        reusable = prepared.reusable
        next.filesParsed = prepared.reusable.documents?.parsed ?? 0
        next.filesRead = prepared.reusable.documents?.count ?? 0
        next.loading = clock.now - began
        guard prepared.plan != nil, var renderer = prepared.renderer else {
            report = next
            return .finished(fail(prepared.diagnostics, pending: pending, partial: previous != nil))
        }
        // The preview is served at `/`, whatever path `base_url` publishes the site under, so
        // its not-found page links from there.
        renderer.notFoundRoot = "/"
        let jobs = renderer.jobs()
        let selected = previous.flatMap { previous in
            // Every page without a date of its own shows the plan's latest date.
            renderer.lastUpdated == previous.lastUpdated
                ? PreviewRebuildScope.jobsToRender(jobs, previous: previous, changed: PreviewRebuildScope.contentChanges(pending))
                : nil
        } ?? jobs
        let checked = siteBuild.diagnostics(of: prepared, reusing: parsedBodies)
        parsedBodies = checked.parsed
        var build = Build(folder: folder, pending: pending, previous: previous, renderer: renderer,
                          assets: prepared.assets, allJobs: jobs, diagnostics: checked.diagnostics, started: clock.now)
        let own = ownPagesFirst && previous != nil
            ? PreviewRebuildScope.ownPages(selected, changed: PreviewRebuildScope.contentChanges(pending)) : []
        guard !own.isEmpty, own.count < selected.count else {
            return .finished(publish(selected, &build, report: &next, last: true))
        }
        let outcome = publish(own, &build, report: &next, last: false)
        guard case .built = outcome else { return .finished(outcome) }
        let ownPaths = Set(own.map(\.path))
        unfinished = Unfinished(build: build, jobs: selected.filter { !ownPaths.contains($0.path) }, report: next)
        return .ownPagesOut(outcome)
    }

    /// The second step of a rebuild: every other page the change affects.
    private func finishBuild() -> PreviewOutcome {
        guard var rest = unfinished else { return .built(pagesWritten: 0) }
        unfinished = nil
        var next = rest.report
        let outcome = publish(rest.jobs, &rest.build, report: &next, last: true)
        if case .built(let count) = outcome { return .built(pagesWritten: count + next.jobsRendered - rest.jobs.count) }
        return outcome
    }

    // Only errors stop a build, so only errors are shown: warnings are for `openplan check`.
    private func fail(_ diagnostics: [Diagnostic], pending: Set<String>, partial: Bool) -> PreviewOutcome {
        if partial { unpublished = pending } else { owesWholeBuild = true }
        return .failed(diagnostics.filter { $0.severity == .error })
    }

    /// Renders `selected` and writes what came out different. The last step of a build also
    /// copies changed theme files, removes the files of pages that are gone, and records the
    /// build as done; an earlier step leaves the folder consistent page by page.
    private func publish(_ selected: [PageJob], _ build: inout Build, report next: inout PreviewBuildReport,
                         last: Bool) -> PreviewOutcome {
        // The report is made public once, when the build is over: after its last step, or
        // when a step fails.
        var failed = true
        defer { if last || failed { report = next } }
        let rendered = PreviewPages.render(selected, with: build.renderer)
        next.jobsRendered += selected.count
        next.jobsInSite = build.allJobs.count
        next.rendering += build.lap()
        let diagnostics = Array(Set(build.diagnostics + rendered.diagnostics)).sorted()
        if diagnostics.contains(where: { $0.severity == .error }) {
            return fail(diagnostics, pending: build.pending, partial: build.previous != nil)
        }

        // Files are compared with what the folder holds only while it holds what was recorded.
        let folder = build.folder
        let sameFolder = output?.root == folder.standardizedFileURL
        var changes = PreviewFileChanges(known: sameFolder ? record?.fingerprints ?? [:] : [:])
        // A second step builds on what the first recorded.
        var newRecord = build.previous == nil && next.jobsRendered == selected.count ? PreviewRecord() : record ?? PreviewRecord()
        for job in selected {
            let files = rendered.files[job.path] ?? []
            changes.write(files)
            newRecord.jobs[job.path] = PreviewRecord.Job(dependsOn: job.dependsOn, files: files.map(\.path))
        }
        if last {
            let livePaths = Set(build.allJobs.map(\.path))
            for path in newRecord.jobs.keys where !livePaths.contains(path) {
                newRecord.jobs[path] = nil
            }
            let assets = build.assets
            if let previous = build.previous {
                let publicChanges = PreviewRebuildScope.publicChanges(build.pending)
                let touched = PreviewRebuildScope.assetsTouched(by: publicChanges, now: assets.keys, before: previous.assets)
                for path in touched.sorted() {
                    if let bytes = assets[path] { changes.write([OutputFile(path: path, bytes: bytes)]) }
                }
            } else {
                changes.write(assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) })
            }
            newRecord.assets = Set(assets.keys)
            newRecord.lastUpdated = build.renderer.lastUpdated
            if sameFolder { changes.remove(record?.allFiles ?? [], keeping: newRecord.allFiles) }
        }

        var folderOutput = sameFolder ? output! : PreviewOutputFolder(root: folder)
        defer { output = folderOutput }
        do {
            try changes.apply(to: &folderOutput)
        } catch {
            next.writing += build.lap()
            owesWholeBuild = true
            record?.fingerprints = [:]
            return .failed([.error("the preview folder", "The preview could not be written to \(folder.path): \(error). Check there is free disk space, then save again.")])
        }
        next.writing += build.lap()
        failed = false
        next.succeeded = last
        next.rendered = (Set(next.rendered).union(changes.produced.keys)).sorted()
        next.written = (Set(next.written).union(changes.written)).sorted()
        next.removed = changes.removed.sorted()
        newRecord.fingerprints = changes.fingerprintsAfter
        record = newRecord
        if last {
            unpublished = []
            owesWholeBuild = false
        }
        // Pages as the editor thinks of them (a bulletin with its email is one), or the files
        // copied when a save changed only `Public/`.
        return .built(pagesWritten: selected.isEmpty ? changes.produced.count : selected.count)
    }

}
