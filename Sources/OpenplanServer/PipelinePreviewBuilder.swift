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
        await onQueue { $0.build(changed: nil, into: folder) }
    }

    public func rebuild(changed: Set<String>, into folder: URL) async -> PreviewOutcome {
        await onQueue { $0.build(changed: changed, into: folder) }
    }

    /// What the most recent build did: which files it wrote and removed, and how long each
    /// step took.
    public var lastBuild: PreviewBuildReport {
        queue.sync { report }
    }

    private func onQueue(_ work: @escaping @Sendable (PipelinePreviewBuilder) -> PreviewOutcome) async -> PreviewOutcome {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work(self)) }
        }
    }

    /// One build: the whole site when `changed` is nil, otherwise what the changes (and any
    /// left over from failed builds) affect.
    private func build(changed: Set<String>?, into folder: URL) -> PreviewOutcome {
        let clock = ContinuousClock()
        var started = clock.now
        func lap() -> Duration {
            let now = clock.now
            defer { started = now }
            return now - started
        }
        let pending = unpublished.union(changed ?? [])
        let previous = owesWholeBuild || changed == nil || PreviewRebuildScope.needsFullBuild(pending) ? nil : record
        var next = PreviewBuildReport()
        next.scope = previous == nil ? .whole : .partial
        defer { report = next }
        // Only errors stop a build, so only errors are shown: warnings are for `openplan check`.
        func fail(_ diagnostics: [Diagnostic]) -> PreviewOutcome {
            if previous == nil { owesWholeBuild = true } else { unpublished = pending }
            return .failed(diagnostics.filter { $0.severity == .error })
        }

        // The same preparation as `openplan build`, so the preview renders what a build would.
        if changed == nil || PreviewRebuildScope.needsFullBuild(pending) || PreviewRebuildScope.touchesTheme(pending) {
            reusable.theme = nil
        }
        if changed == nil { reusable.documents = nil }
        let prepared = SiteBuild(siteFolder: siteFolder, asOf: asOf).prepare(reusing: reusable)
        reusable = prepared.reusable
        next.filesParsed = prepared.reusable.documents?.parsed ?? 0
        next.filesRead = prepared.reusable.documents?.count ?? 0
        next.loading = lap()
        guard let plan = prepared.plan, let renderer = prepared.renderer else { return fail(prepared.diagnostics) }
        let assets = prepared.assets
        let publicChanges = PreviewRebuildScope.publicChanges(pending)
        let jobs = renderer.jobs()
        let selected = previous.flatMap { previous in
            // Every page without a date of its own shows the plan's latest date.
            renderer.lastUpdated == previous.lastUpdated
                ? PreviewRebuildScope.jobsToRender(jobs, previous: previous, changed: PreviewRebuildScope.contentChanges(pending))
                : nil
        } ?? jobs
        let rendered = PreviewPages.render(selected, with: renderer, baseURL: plan.site.baseURL)
        next.jobsRendered = selected.count
        next.jobsInSite = jobs.count
        next.rendering = lap()
        let diagnostics = Array(Set(prepared.diagnostics + rendered.diagnostics)).sorted()
        if diagnostics.contains(where: { $0.severity == .error }) { return fail(diagnostics) }

        // Files are compared with what the folder holds only while it holds what was recorded.
        let sameFolder = output?.root == folder.standardizedFileURL
        var changes = PreviewFileChanges(known: sameFolder ? record?.fingerprints ?? [:] : [:])
        var newRecord = previous ?? PreviewRecord()
        for job in selected {
            let files = rendered.files[job.path] ?? []
            changes.write(files)
            newRecord.jobs[job.path] = PreviewRecord.Job(dependsOn: job.dependsOn, files: files.map(\.path))
        }
        let livePaths = Set(jobs.map(\.path))
        for path in newRecord.jobs.keys where !livePaths.contains(path) {
            newRecord.jobs[path] = nil
        }
        if let previous {
            let touched = PreviewRebuildScope.assetsTouched(by: publicChanges, now: assets.keys, before: previous.assets)
            for path in touched.sorted() {
                if let bytes = assets[path] { changes.write([OutputFile(path: path, bytes: bytes)]) }
            }
        } else {
            changes.write(assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) })
        }
        newRecord.assets = Set(assets.keys)
        newRecord.lastUpdated = renderer.lastUpdated
        if sameFolder { changes.remove(record?.allFiles ?? [], keeping: newRecord.allFiles) }

        var folderOutput = sameFolder ? output! : PreviewOutputFolder(root: folder)
        defer { output = folderOutput }
        do {
            try changes.apply(to: &folderOutput)
        } catch {
            next.writing = lap()
            owesWholeBuild = true
            record?.fingerprints = [:]
            return .failed([.error("the preview folder", "The preview could not be written to \(folder.path): \(error). Check there is free disk space, then save again.")])
        }
        next.writing = lap()
        next.succeeded = true
        next.rendered = changes.produced.keys.sorted()
        next.written = changes.written.sorted()
        next.removed = changes.removed.sorted()
        newRecord.fingerprints = changes.fingerprintsAfter
        record = newRecord
        unpublished = []
        owesWholeBuild = false
        // Pages as the editor thinks of them (a bulletin with its email is one), or the files
        // copied when a save changed only `Public/`.
        return .built(pagesWritten: selected.isEmpty ? changes.produced.count : selected.count)
    }
}
