import Foundation
import Testing
@testable import OpenplanCore

@Test(.enabled(if: ProcessInfo.processInfo.environment["OPENPLAN_PERF"] != nil))
func probe() throws {
    let plan = RenderFixtures.plan()
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let action = plan.actions[0]
    func time(_ name: String, _ n: Int = 200, _ f: () -> Void) {
        let t = Date()
        for _ in 0..<n { f() }
        print(name, String(format: "%.3f ms", Date().timeIntervalSince(t) * 1000 / Double(n)))
    }
    if ProcessInfo.processInfo.environment["OPENPLAN_PROBE_LAYOUT"] != nil {
        let page = PageContext(site: renderer.site, path: PagePath(folder: "actions/1-2/"))
        time("layout x5000", 5000) { _ = page.layout(title: "x", content: "y", lastUpdated: nil, kind: "action") }
        return
    }
    time("whole action page") { _ = PageContext(site: renderer.site, path: PagePath(folder: "actions/1-2/")).actionPage(action) }
    let page = PageContext(site: renderer.site, path: PagePath(folder: "actions/1-2/"))
    time("body") { _ = page.body(action.body) }
    time("measureCard") { _ = page.measureCard(plan.measures[0]) }
    time("feedbackItem") { _ = page.feedbackItem(plan.feedback[0], detail: false) }
    time("layout") { _ = page.layout(title: "x", content: "y", lastUpdated: nil, kind: "action") }
    time("status tag template") { _ = renderer.site.theme.render(renderer.site.statusKey[0], "status-tag") }
    time("status-key partial") { _ = renderer.site.theme.render(ActionPageViewKey(statusKey: renderer.site.statusKey), "status-key") }
    let html = page.actionPage(action)
    print("page bytes", html.utf8.count)
    time("layout only with big content") { _ = page.layout(title: "x", content: html, lastUpdated: nil, kind: "action") }
    time("HeadingShift") { _ = HeadingShift.shift(html, by: 1) }
    time("anchor scan") { _ = AnchorScan.ids(in: Array(html.utf8)) }
    let view = ContentPageView(title: "t", summary: "s", bodyHTML: "b")
    time("page template") { _ = renderer.site.theme.render(view, "page") }
}
struct ActionPageViewKey { var statusKey: [StatusTagView] }
