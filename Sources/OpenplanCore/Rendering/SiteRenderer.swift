import Dispatch
import Foundation
import Synchronization

/// Turns a validated plan into every file of the published site, except the theme's static
/// files (`Theme.assets`, which the publisher copies as they are).
///
/// Work is split into page jobs that share nothing but the read-only `SiteContext`, so they
/// run in parallel and each finished file is handed straight to `emit`: nothing holds every
/// page in memory at once.
public struct SiteRenderer: Sendable {
    let site: SiteContext
    /// Where the not-found page's links start. nil: from the path of `base_url`
    /// (`/send-progress/`), or `./` without one. The live preview, served at `/`, sets `/`.
    public var notFoundRoot: String?
    /// Bodies the checking stage has already rendered (`ResolvedPlan.bodies`), so a whole
    /// build parses each one once.
    public var preparedBodies: BodyRenderings = .none

    /// - Parameter linksFeeds: whether to publish the feeds and bulletin emails (`feed.xml`,
    ///   `rss.xml`, `you-said-we-did/feed.xml`, `bulletins/<slug>/email.html` and `email.txt`),
    ///   which needs a `base_url`. When they are published, pages advertise the feeds and
    ///   editors' links to those files are not reported as broken.
    public init(plan: Plan, theme: Theme, asOf: Day, linksFeeds: Bool = true) {
        site = SiteContext(plan: plan, theme: theme, asOf: asOf, linksFeeds: linksFeeds && plan.site.baseURL != nil)
    }

    /// Every job for the site, in a stable order.
    public func jobs() -> [PageJob] {
        let plan = site.plan
        let shared = site.sharedDependencies
        func files(_ extra: [String]) -> Dependencies { .files(shared.union(extra)) }
        func job(_ kind: PageKind, _ folder: String, _ deps: Dependencies, source: String? = nil) -> PageJob {
            PageJob(path: folder + "index.html", dependsOn: deps, source: source, kind: kind, page: PagePath(folder: folder))
        }
        let feedbackFiles = plan.feedback.map(\.location.file)
            + plan.feedback.flatMap { $0.actions.compactMap { plan.actionByID[$0]?.location.file } }
        var jobs: [PageJob] = [job(.home, "", .all)]
        for p in plan.priorities {
            let deps = [p.location.file] + (plan.actionsByPriority[p.id] ?? []).map(\.location.file)
                + (plan.measuresByPriority[p.id] ?? []).map(\.location.file)
            jobs.append(job(.priority(p.id), SitePaths.priority(p.id), EmbedScan.merge(files(deps), p.body, plan),
                            source: p.location.file))
        }
        for a in plan.actions {
            let deps = [a.location.file] + a.priorities.compactMap { plan.priorityByID[$0]?.location.file }
                + a.measures.compactMap { plan.measureByID[$0]?.location.file }
                + (plan.feedbackByAction[a.id] ?? []).map(\.location.file)
            jobs.append(job(.action(a.id), SitePaths.action(a.id), EmbedScan.merge(files(deps), a.body, plan),
                            source: a.location.file))
        }
        jobs.append(job(.measures, SitePaths.measures, files(plan.measures.map(\.location.file) + plan.priorities.map(\.location.file))))
        for m in plan.measures {
            let deps = [m.location.file] + (m.priority.flatMap { plan.priorityByID[$0]?.location.file }.map { [$0] } ?? [])
                + (plan.actionsByMeasure[m.id] ?? []).map(\.location.file)
            jobs.append(job(.measure(m.id), SitePaths.measure(m.id), files(deps), source: m.location.file))
        }
        jobs.append(job(.feedback(.all), SitePaths.feedback, files(feedbackFiles)))
        for t in site.feedbackThemes {
            jobs.append(job(.feedback(.theme(t.slug)), SitePaths.feedbackTheme(t.name), files(feedbackFiles)))
        }
        for s in FeedbackStatus.allCases {
            jobs.append(job(.feedback(.status(s)), SitePaths.feedbackStatus(s), files(feedbackFiles)))
        }
        let bulletinFiles = plan.bulletins.map(\.location.file)
        for n in 1...site.bulletinPageCount {
            jobs.append(job(.bulletins(page: n), SitePaths.bulletinsPage(n), files(bulletinFiles)))
        }
        for b in plan.bulletins {
            // Neighbours' titles appear as "newer" and "older" links.
            jobs.append(job(.bulletin(b.id), SitePaths.bulletin(b.id), EmbedScan.merge(files(bulletinFiles), b.body, plan),
                            source: b.location.file))
        }
        jobs.append(job(.glossary, SitePaths.glossary, files([])))
        jobs.append(job(.search, SitePaths.search, .all))
        for n in 1...site.reportPages.count {
            jobs.append(job(.report(page: n), SitePaths.reportPage(n), .all))
        }
        for (list, pages) in site.changesLists {
            for n in 1...pages {
                jobs.append(job(.changes(list, page: n), ChangesSummary.folder(list, page: n), .all))
            }
        }
        for p in plan.pages {
            jobs.append(job(.page(p.slug), SitePaths.page(p.slug), EmbedScan.merge(files([p.location.file]), p.body, plan),
                            source: p.location.file))
        }
        // A web server shows 404.html at whatever address was missing, at any depth, so
        // relative links cannot work there. With a base_url its links start from that URL's
        // path (`/send-progress/assets/…`); without one they are relative to the site root and
        // work only for missing pages at the top level.
        let notFoundRoot = self.notFoundRoot ?? plan.site.baseURL.flatMap(Self.rootPath(ofBaseURL:)) ?? "./"
        jobs.append(PageJob(path: "404.html", dependsOn: files([]), kind: .notFound,
                            page: PagePath(folder: "", fixedRoot: notFoundRoot)))
        if plan.site.baseURL != nil {
            jobs.append(PageJob(path: "sitemap.xml", dependsOn: .all, kind: .sitemap, page: nil))
            jobs.append(PageJob(path: "robots.txt", dependsOn: .files([SiteLayout.siteFile]), kind: .robots, page: nil))
        }
        if site.linksFeeds {
            for kind in [SiteFeeds.Kind.bulletinsAtom, .bulletinsRSS] {
                jobs.append(PageJob(path: kind.path, dependsOn: .all, kind: .feed(kind), page: nil))
            }
            jobs.append(PageJob(path: SiteFeeds.Kind.feedbackAtom.path, dependsOn: files(feedbackFiles),
                                kind: .feed(.feedbackAtom), page: nil))
        }
        return jobs
    }

    /// Renders every job. See `render(_:emit:)`.
    public func render(emit: @Sendable (OutputFile) throws -> Void) throws {
        try render(jobs(), emit: emit)
    }

    /// Renders the given jobs in parallel, handing each finished file to `emit`, which may be
    /// called from several threads at once.
    ///
    /// Reports nothing about the content: its problems (unknown embeds, links to pages or
    /// sections that do not exist) are found before rendering, by `PlanResolution`, and a
    /// build renders only a plan without errors. Throws the first error `emit` throws; jobs
    /// not yet started are then skipped.
    public func render(_ jobs: [PageJob], emit: @Sendable (OutputFile) throws -> Void) throws {
        _ = try render(jobs, profiles: false, emit: emit)
    }

    /// As `render(_:emit:)`, also giving the CPU time each kind of page took (not counting
    /// `emit`, which the caller can time itself).
    public func renderProfiled(_ jobs: [PageJob], emit: @Sendable (OutputFile) throws -> Void) throws -> RenderProfile {
        try render(jobs, profiles: true, emit: emit)
    }

    private func render(_ jobs: [PageJob], profiles: Bool, emit: @Sendable (OutputFile) throws -> Void) throws -> RenderProfile {
        let collector = RenderCollector()
        // First map: the bodies two pages of this render share, each parsed once.
        let before = profiles ? CPUClock.process() : 0
        let bodies = RenderedBodies.render(for: jobs, site: site, prepared: preparedBodies)
        if profiles, bodies.count > 0 {
            collector.addTime("action bodies shared with the whole plan", seconds: CPUClock.process() - before, count: bodies.count)
        }
        // Second map: the pages. Pages built from the whole plan take longest: start them first
        // so they do not finish last.
        let ordered = jobs.filter { $0.dependsOn == .all } + jobs.filter { $0.dependsOn != .all }
        withoutActuallyEscaping(emit) { emit in
            let run = RenderRun(site: site, bodies: bodies, profiles: profiles, collector: collector, emit: emit)
            ConcurrentMap.forEach(ordered) { job in run.perform(job) }
        }
        if let error = collector.error { throw error }
        return collector.profile
    }

    struct JobResult {
        var files: [OutputFile] = []
    }

    /// - Parameter bodies: bodies rendered before the pages, for the pages that share them.
    static func run(_ job: PageJob, site: SiteContext, bodies: RenderedBodies = .none) -> JobResult {
        guard let path = job.page else {
            let base = site.plan.site.baseURL ?? ""
            switch job.kind {
            case .sitemap:
                let pages = SiteRenderer(site: site).jobs()
                return JobResult(files: [OutputFile(path: job.path, text: Sitemap.xml(baseURL: base, entries: site.sitemapEntries(pages)))])
            case .robots:
                return JobResult(files: [OutputFile(path: job.path, text: Sitemap.robots(baseURL: base))])
            case .feed(let kind):
                return JobResult(files: [OutputFile(path: job.path, text: SiteFeeds.render(kind, site: site))])
            default:
                return JobResult()
            }
        }
        let page = PageContext(site: site, path: path)
        page.bodies = bodies
        var files: [OutputFile]
        let plan = site.plan
        func one(_ html: [UInt8]) -> [OutputFile] { [OutputFile(path: job.path, bytes: html)] }
        switch job.kind {
        case .home: files = one(page.homePage())
        case .priority(let id): files = plan.priorityByID[id].map { one(page.priorityPage($0)) } ?? []
        case .action(let id): files = plan.actionByID[id].map { one(page.actionPage($0)) } ?? []
        case .measures: files = one(page.measuresPage()) + [OutputFile(path: SitePaths.measuresData, text: MeasureData.siteCSV(plan.measures))]
        case .measure(let id): files = plan.measureByID[id].map { page.measurePage($0) } ?? []
        case .feedback(let filter): files = one(page.feedbackPage(filter))
        case .bulletins(let n): files = one(page.bulletinsPage(n))
        case .bulletin(let id):
            files = plan.bulletins.first { $0.id == id }.map { one(page.bulletinPage($0)) + BulletinEmail.files($0, site: site) } ?? []
        case .glossary: files = one(page.glossaryPage())
        case .search: files = page.searchPage()
        case .report(let n): files = one(page.reportPage(n))
        case .changes(let list, let n): files = one(page.changesPage(list, page: n))
        case .page(let slug): files = plan.pages.first { $0.slug == slug }.map { one(page.contentPage($0)) } ?? []
        case .notFound: files = one(page.notFoundPage())
        case .sitemap, .robots, .feed: files = []
        }
        return JobResult(files: files)
    }

    init(site: SiteContext) { self.site = site }

    /// `https://example.org/send-progress/` → `/send-progress/`.
    static func rootPath(ofBaseURL url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return url.hasPrefix("/") ? url : nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}

/// One call of `render`: runs a job, hands its files to `emit` and its time (or the error
/// `emit` threw) to the collector. Used from every rendering thread at once.
final class RenderRun: Sendable {
    let site: SiteContext
    let bodies: RenderedBodies
    /// Whether to add each job's CPU time to the collector's profile.
    let profiles: Bool
    let collector: RenderCollector
    let emit: @Sendable (OutputFile) throws -> Void

    init(site: SiteContext, bodies: RenderedBodies, profiles: Bool, collector: RenderCollector,
         emit: @escaping @Sendable (OutputFile) throws -> Void) {
        self.site = site
        self.bodies = bodies
        self.profiles = profiles
        self.collector = collector
        self.emit = emit
    }

    func perform(_ job: PageJob) {
        if collector.failed { return }
        let before = profiles ? CPUClock.thread() : 0
        let result = SiteRenderer.run(job, site: site, bodies: bodies)
        if profiles { collector.addTime(job.kind.timingName, seconds: CPUClock.thread() - before, count: 1) }
        do {
            for file in result.files { try emit(file) }
        } catch {
            collector.fail(error)
        }
    }
}

/// What the rendering threads hand back: the first error writing a file, and the time each
/// kind of page took when asked.
final class RenderCollector: Sendable {
    private let state = Mutex<(times: [String: RenderProfile.Kind], error: (any Error)?)>(([:], nil))
    var error: (any Error)? { state.withLock { $0.error } }
    var failed: Bool { error != nil }

    func fail(_ e: any Error) {
        state.withLock { if $0.error == nil { $0.error = e } }
    }

    func addTime(_ kind: String, seconds: Double, count: Int) {
        state.withLock {
            $0.times[kind, default: RenderProfile.Kind(name: kind, count: 0, cpuSeconds: 0)].count += count
            $0.times[kind]!.cpuSeconds += seconds
        }
    }

    var profile: RenderProfile { RenderProfile(state.withLock { $0.times }) }
}
