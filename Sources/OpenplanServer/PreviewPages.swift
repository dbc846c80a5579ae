import Foundation
import Synchronization
import OpenplanCore

/// Renders page jobs for the preview, keeping each job's files apart so the preview knows which
/// files belong to which page when that page later disappears.
enum PreviewPages {
    struct Rendered {
        /// By the job's main path.
        var files: [String: [OutputFile]] = [:]
        var diagnostics: [Diagnostic] = []
    }

    /// Renders the jobs in parallel, one renderer call per job.
    ///
    /// One call per job costs nothing measurable, and tells exactly which files each job wrote.
    /// The content's problems are not found here but before rendering
    /// (`SiteBuild.diagnostics(of:)`); the only problem here is a page that could not be made.
    static func render(_ jobs: [PageJob], with renderer: SiteRenderer) -> Rendered {
        let jobs = slowestFirst(jobs)
        let results = ConcurrentMap.map(jobs) { job -> (files: [OutputFile], diagnostics: [Diagnostic]) in
            let files: [OutputFile]
            var diagnostics: [Diagnostic] = []
            do {
                let collected = OneJobFiles()
                try renderer.render([job], emit: { collected.append($0) })
                files = collected.files
            } catch {
                files = []
                diagnostics = [.error(job.path, "This page could not be made: \(error).")]
            }
            return (files, diagnostics)
        }
        var rendered = Rendered()
        for (job, result) in zip(jobs, results) {
            rendered.files[job.path] = result.files
            rendered.diagnostics += result.diagnostics
        }
        return rendered
    }

    /// Pages built from everything (the home page, search, the whole-plan report, pages with
    /// `{{progress}}` or `{{changes}}`) take the longest to render. Starting them first keeps
    /// one of them from being left to run alone at the end while the other cores sit idle.
    static func slowestFirst(_ jobs: [PageJob]) -> [PageJob] {
        jobs.filter { $0.dependsOn == .all } + jobs.filter { $0.dependsOn != .all }
    }
}

/// One job's files, in the order it made them. `render(_:emit:)` may call `emit` from the
/// threads it renders on, so the list is guarded.
private final class OneJobFiles: Sendable {
    private let made = Mutex<[OutputFile]>([])
    func append(_ file: OutputFile) { made.withLock { $0.append(file) } }
    var files: [OutputFile] { made.withLock { $0 } }
}
