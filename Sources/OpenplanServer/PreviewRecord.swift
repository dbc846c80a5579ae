import OpenplanCore

/// What the preview folder holds after the last good build: which files each page job wrote,
/// what each job was built from, and which theme files were copied.
///
/// A partial rebuild needs the previous build's view of the site as well as the new one: when
/// an action is deleted, the new plan no longer knows that its priority page listed it, or that
/// its page exists at all; only this record does.
struct PreviewRecord: Sendable {
    struct Job: Sendable {
        var dependsOn: Dependencies
        /// Every file the job wrote (a page, and for some pages a data file or search index).
        var files: [String]
    }

    /// By the job's main path (`actions/1-2/index.html`).
    var jobs: [String: Job] = [:]
    /// Theme and `Public/` files, by their path in the output (`assets/openplan.css`).
    var assets: Set<String> = []
    /// The site-wide "last updated" date the pages were rendered with.
    var lastUpdated: Day?
    /// Every file in the preview folder, to skip writing one that comes out the same.
    var fingerprints: [String: PreviewFingerprint] = [:]

    var allFiles: Set<String> {
        assets.union(jobs.values.flatMap(\.files))
    }
}

/// Which changes the preview can rebuild page by page, and which pages that means.
enum PreviewRebuildScope {
    /// Files every page reads: the site settings, the people named as leads and the glossary
    /// (whose terms are marked on every page). Any change to them rebuilds the whole site, as
    /// do templates and a watched folder appearing or vanishing as a whole.
    static let sharedFiles = SiteLayout.sharedFiles

    static func needsFullBuild(_ changed: Set<String>) -> Bool {
        PreviewChangeScope.needsFullBuild(changed) || !changed.isDisjoint(with: sharedFiles)
    }

    /// A change under `Templates/` or `Public/` (or to either folder as a whole): the theme
    /// must be read and compiled again.
    static func touchesTheme(_ changed: Set<String>) -> Bool {
        changed.contains { path in
            [SiteLayout.templates, SiteLayout.publicFiles].contains { path == $0 || path.hasPrefix($0 + "/") }
        }
    }

    /// `Public/` paths changed, as paths in the output (`Public/assets/x.css` → `assets/x.css`).
    static func publicChanges(_ changed: Set<String>) -> Set<String> {
        Set(changed.filter { $0.hasPrefix(SiteLayout.publicFiles + "/") }.map { String($0.dropFirst(SiteLayout.publicFiles.count + 1)) })
    }

    static func contentChanges(_ changed: Set<String>) -> Set<String> {
        changed.filter { $0.hasPrefix(SiteLayout.content + "/") }
    }

    /// The jobs to render after `changed` (content paths): every page that is new, and every
    /// page that was built from a changed file before or is built from one now. Asking both
    /// the old and the new dependencies is what catches a deleted or renamed file: the list
    /// that showed it depended on it only in the previous build.
    static func jobsToRender(_ jobs: [PageJob], previous: PreviewRecord, changed: Set<String>) -> [PageJob] {
        guard !changed.isEmpty else { return jobs.filter { previous.jobs[$0.path] == nil } }
        let files = expand(changed, against: jobs.map(\.dependsOn) + previous.jobs.values.map(\.dependsOn))
        return jobs.filter { job in
            guard let before = previous.jobs[job.path] else { return true }
            return job.dependsOn.intersects(files) || before.dependsOn.intersects(files)
        }
    }

    /// The jobs whose page is about one of the changed files (an action's own page), which the
    /// preview writes before the rest.
    static func ownPages(_ jobs: [PageJob], changed: Set<String>) -> [PageJob] {
        jobs.filter { job in job.source.map(changed.contains) ?? false }
    }

    /// Changed paths plus every dependency inside a changed folder: when a whole folder is
    /// moved in or out, the watcher may name only the folder.
    static func expand(_ changed: Set<String>, against dependencies: [Dependencies]) -> Set<String> {
        var files = changed
        var known = Set<String>()
        for case .files(let set) in dependencies { known.formUnion(set) }
        for file in known where !files.contains(file) {
            var folder = Substring(file)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if changed.contains(String(folder)) {
                    files.insert(file)
                    break
                }
            }
        }
        return files
    }

    /// Output asset paths a `Public/` change touches: the path itself, or everything under it
    /// when it names a folder, in the new theme or the previous build.
    static func assetsTouched(by changed: Set<String>, now: some Collection<String>, before: Set<String>) -> Set<String> {
        var touched = Set<String>()
        for path in Set(now).union(before) {
            if changed.contains(path) || changed.contains(where: { path.hasPrefix($0 + "/") }) {
                touched.insert(path)
            }
        }
        return touched
    }
}
