import Dispatch
import Foundation

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
        // Pages built from the whole plan take longest: start them first so they do not finish last.
        var ordered = jobs.filter { $0.dependsOn == .all } + jobs.filter { $0.dependsOn != .all }
        var actionJobs: [ItemID: PageJob] = [:]
        for job in ordered { if case .action(let id) = job.kind { actionJobs[id] = job } }
        let shares = ordered.contains { $0.kind.isReport } && !actionJobs.isEmpty
        if shares { ordered = Self.actionsFromTheEnd(ordered, plan: site.plan) }
        let allJobs = ordered
        site.sharedBodies.begin(actions: shares ? Set(actionJobs.keys) : [])
        defer { site.sharedBodies.end() }
        withoutActuallyEscaping(emit) { emit in
            let run = RenderRun(site: site, profiles: profiles, collector: collector, emit: emit,
                                actionJobs: actionJobs, shares: shares)
            DispatchQueue.concurrentPerform(iterations: allJobs.count) { i in
                run.perform(allJobs[i])
            }
        }
        if let error = collector.error { throw error }
        return collector.profile
    }

    /// The whole-plan page renders action pages itself as it reaches them (see
    /// `SharedBodies`); the other threads take them in the opposite order, so the two meet
    /// once, near the end, instead of reaching for the same action all the way through.
    static func actionsFromTheEnd(_ jobs: [PageJob], plan: Plan) -> [PageJob] {
        var position: [ItemID: Int] = [:]
        for p in plan.priorities {
            for a in plan.actionsByPriority[p.id] ?? [] where position[a.id] == nil { position[a.id] = position.count }
        }
        for a in plan.actions where position[a.id] == nil { position[a.id] = position.count }
        let actions = jobs.filter(\.kind.isAction).sorted { job1, job2 in
            guard case .action(let a) = job1.kind, case .action(let b) = job2.kind else { return false }
            return position[a, default: .max] > position[b, default: .max]
        }
        var next = actions.makeIterator()
        return jobs.map { $0.kind.isAction ? next.next()! : $0 }
    }

    struct JobResult {
        var files: [OutputFile] = []
    }

    /// - Parameter nested: for the whole-plan page, renders an action's page on this thread
    ///   (see `SharedBodies.prepare`).
    static func run(_ job: PageJob, site: SiteContext, nested: ((ItemID) -> Void)? = nil) -> JobResult {
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
        page.renderActionPage = nested
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

/// One call of `render`: runs a job, hands its files to `emit` and its findings to the
/// collector. Used from every rendering thread at once.
final class RenderRun: @unchecked Sendable {
    let site: SiteContext
    /// Whether to add each job's CPU time to the collector's profile.
    let profiles: Bool
    let collector: RenderCollector
    let emit: @Sendable (OutputFile) throws -> Void
    /// The action pages this call writes, for the whole-plan page to render early.
    let actionJobs: [ItemID: PageJob]
    /// Whether action bodies are shared with the whole-plan page (`SharedBodies`).
    let shares: Bool

    init(site: SiteContext, profiles: Bool, collector: RenderCollector, emit: @escaping @Sendable (OutputFile) throws -> Void,
         actionJobs: [ItemID: PageJob], shares: Bool) {
        self.site = site
        self.profiles = profiles
        self.collector = collector
        self.emit = emit
        self.actionJobs = actionJobs
        self.shares = shares
    }

    func perform(_ job: PageJob) {
        if collector.failed { return }
        if shares, case .action(let id) = job.kind {
            // Skipped when the whole-plan page has already rendered (or is rendering) it.
            guard site.sharedBodies.claim(id) == .mine else { return }
            defer { site.sharedBodies.finish(id) }
            deliver(run(job, nested: nil))
            return
        }
        deliver(run(job, nested: job.kind.isReport && shares ? { [self] id in renderActionPage(id) } : nil))
    }

    /// An action page the whole-plan page needs before its own job has started. Its time is
    /// counted with the action pages, and taken out of the whole-plan page's.
    private func renderActionPage(_ id: ItemID) {
        defer { site.sharedBodies.finish(id) }
        guard let job = actionJobs[id] else { return }
        let before = profiles ? CPUClock.thread() : 0
        deliver(run(job, nested: nil))
        if profiles { collector.addTime(PageKind.report(page: 1).timingName, seconds: before - CPUClock.thread(), count: 0) }
    }

    private func run(_ job: PageJob, nested: ((ItemID) -> Void)?) -> SiteRenderer.JobResult {
        guard profiles else { return SiteRenderer.run(job, site: site, nested: nested) }
        let before = CPUClock.thread()
        let result = SiteRenderer.run(job, site: site, nested: nested)
        collector.addTime(job.kind.timingName, seconds: CPUClock.thread() - before, count: 1)
        return result
    }

    private func deliver(_ result: SiteRenderer.JobResult) {
        do {
            for file in result.files { try emit(file) }
        } catch {
            collector.fail(error)
        }
    }
}

/// What the rendering threads hand back: the first error writing a file, and the time each
/// kind of page took when asked.
final class RenderCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [String: RenderProfile.Kind] = [:]
    private(set) var error: Error?
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }

    func fail(_ e: Error) {
        lock.lock(); defer { lock.unlock() }
        if error == nil { error = e }
    }

    func addTime(_ kind: String, seconds: Double, count: Int) {
        lock.lock(); defer { lock.unlock() }
        times[kind, default: RenderProfile.Kind(name: kind, count: 0, cpuSeconds: 0)].count += count
        times[kind]!.cpuSeconds += seconds
    }

    var profile: RenderProfile { lock.lock(); defer { lock.unlock() }; return RenderProfile(times) }
}
