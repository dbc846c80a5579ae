import Foundation
@testable import OpenplanCore

/// Hand-built plans for rendering tests: every field filled, so a template that forgets a
/// key shows up as missing text rather than passing silently.
enum RenderFixtures {
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func date(_ s: String) -> PlanDate { PlanDate(s)! }
    static func body(_ text: String, _ file: String, line: Int = 8) -> MarkdownSource {
        MarkdownSource(text: text, file: file, firstLine: line)
    }
    static func at(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1) }

    static let asOf = day("2025-12-01")

    /// A small but complete plan. `hostile` replaces every editor-written string with markup.
    static func plan(hostile: String? = nil, baseURL: String? = "https://example.org/send-progress/",
                     bulletinCount: Int = 2, extraBody: String = "") -> Plan {
        func t(_ s: String) -> String { hostile.map { "\($0) \(s)" } ?? s }
        let site = Site(title: t("Example SEND progress"), partnership: t("Example SEND Partnership"), baseURL: baseURL,
                        language: "en-GB", contact: Contact(email: "send@example.org", phone: "0300 000 0000"),
                        localOfferURL: "https://example.org/local-offer", staleAfterDays: 90,
                        statuses: StatusScale(statuses: StatusScale.standard.statuses.map {
                            Status(id: $0.id, label: t($0.label), colour: $0.colour, meaning: t($0.meaning))
                        }, completeID: "complete"))
        let people = [
            Person(id: "NB", role: t("SEND Transformation Lead"), organisation: t("Example Council"), location: at("Content/people.yml")),
            Person(id: "DCO", role: t("Designated Clinical Officer"), organisation: t("Example ICB"), location: at("Content/people.yml")),
        ]
        let glossary = [
            GlossaryEntry(term: "EHCP", standsFor: t("Education, Health and Care plan"), meaning: t("A legal document describing support."), location: at("Content/glossary.yml")),
            GlossaryEntry(term: "SENCO", standsFor: t("Special educational needs coordinator"), meaning: t("A teacher who coordinates support."), location: at("Content/glossary.yml")),
        ]
        let priorities = [
            Priority(id: "1", title: t("Working together and building trust"), order: 1, summary: t("Families and services plan together."),
                     body: body("We want families to feel heard.\n\n## What will change\n\nMore co-production.\n" + extraBody, "Content/priorities/1.md"),
                     location: at("Content/priorities/1.md")),
            Priority(id: "2", title: t("Timely EHC plans"), order: 2, summary: t("Plans arrive on time."),
                     body: body("Plans should be finished within 20 weeks.", "Content/priorities/2.md"), location: at("Content/priorities/2.md")),
        ]
        let actions = [
            Action(id: "1.2", title: t("Track whether health advice arrives on time"), priorities: ["1"], leads: ["NB", "DCO"],
                   due: .date(date("2026-03")), status: "on-track", updated: day("2025-11-20"), measures: ["EHCP-WEEKS"],
                   milestones: [Milestone(due: .date(date("2026-01")), text: t("Baseline agreed"), status: "complete"),
                                Milestone(due: .recurring(.quarterly), text: t("Quarterly review"), status: "not-started")],
                   history: [HistoryEntry(date: day("2025-10-01"), status: "not-started")],
                   body: body("## What we are doing\n\nWe check every EHCP for health advice. See [action 1.10](/actions/1-10/) and [priority two](/priorities/2/#what-will-change).\n\n## Latest update\n\nGood progress.", "Content/actions/1.2.md"),
                   location: at("Content/actions/1.2.md")),
            Action(id: "1.10", title: t("Run parent carer forum sessions"), priorities: ["1"], leads: ["NB"],
                   due: .date(date("2025-10-31")), status: "issues", updated: day("2025-06-01"),
                   body: body("Sessions are being arranged.", "Content/actions/1.10.md"), location: at("Content/actions/1.10.md")),
            Action(id: "2.1", title: t("Finish plans within 20 weeks"), priorities: ["2"], leads: ["DCO"],
                   due: .recurring(.monthly), status: "complete", updated: day("2025-11-25"),
                   history: [HistoryEntry(date: day("2025-09-01"), status: "off-track")],
                   body: body("Done.", "Content/actions/2.1.md"), location: at("Content/actions/2.1.md")),
        ]
        let measures = [
            Measure(id: "EHCP-WEEKS", title: t("Average weeks to issue an EHC plan"), description: t("How long families wait."),
                    unit: .weeks, direction: .decrease, priority: "2", source: t("Case management system"),
                    baseline: DataPoint(date: date("2024-09"), value: 104),
                    targets: [DataPoint(date: date("2026-03"), value: 94), DataPoint(date: date("2026-09"), value: nil, text: t("Target to be reviewed"))],
                    actuals: [DataPoint(date: date("2025-03"), value: 101, note: t("Includes, \"complex\" cases")),
                              DataPoint(date: date("2025-11"), value: 97)],
                    location: at("Content/measures/ehcp.json")),
            Measure(id: "LO-VISITS", title: t("Local Offer page views"), description: nil, unit: .count, direction: .increase,
                    priority: nil, source: nil, baseline: nil, targets: [], actuals: [], location: at("Content/measures/lo.json")),
        ]
        let feedback = [
            Feedback(id: "survey-2025-11", date: day("2025-11-10"), theme: t("EHC plans"), source: t("Parent carer survey"),
                     youSaid: t("We could not tell whether health advice was included."), weDid: t("We added a health section."),
                     status: .done, actions: ["1.2"], body: body("More detail here.", "Content/feedback/survey.md"),
                     location: at("Content/feedback/survey.md")),
            Feedback(id: "forum-2025-08", date: day("2025-08-02"), theme: t("Communication"), source: nil,
                     youSaid: t("Letters are hard to read."), weDid: nil, status: .listening,
                     body: .empty(file: "Content/feedback/forum.md"), location: at("Content/feedback/forum.md")),
        ]
        let bulletins = (0..<bulletinCount).map { i -> Bulletin in
            let d = day("2025-11-28").adding(days: -30 * i)
            let file = "Content/bulletins/b\(i).md"
            return Bulletin(id: ItemID("b\(i)"), title: t("Bulletin number \(i)"), date: d, summary: t("Summary \(i)"),
                            body: body(i == 0 ? "## In this update\n\n{{changes}}\n\n{{measure EHCP-WEEKS}}\n\n{{action 1.2}}\n\n{{progress}}\n\n{{feedback latest 2}}\n" : "Older news.", file),
                            location: at(file))
        }
        let pages = [
            Page(slug: "about", title: t("About this plan"), summary: t("Who we are."), order: 1, nav: true,
                 body: body("The EHCP process is explained here. An EHCP matters.", "Content/pages/about.md"), location: at("Content/pages/about.md")),
            Page(slug: "accessibility", title: t("Accessibility statement"), nav: false,
                 body: body("We aim for WCAG 2.2 AA.", "Content/pages/accessibility.md"), location: at("Content/pages/accessibility.md")),
        ]
        let intro = Page(slug: "index", title: "Home", body: body("Welcome to our **progress** site.", "Content/pages/index.md"),
                         location: at("Content/pages/index.md"))
        return Plan(site: site, people: people, glossary: glossary, priorities: priorities, actions: actions, measures: measures,
                    feedback: feedback, bulletins: bulletins, pages: pages, homeIntro: intro)
    }

    /// Renders a plan with the built-in theme, returning files by path, and the problems in its
    /// Markdown (found before rendering, as a build finds them).
    static func render(_ plan: Plan, asOf: Day = asOf) throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        let theme = try Theme.builtIn()
        let renderer = SiteRenderer(plan: plan, theme: theme, asOf: asOf)
        let box = FileBox()
        try renderer.render { box.add($0) }
        return (box.files, PlanResolution.resolve(plan, assetPaths: theme.assets.keys, asOf: asOf).diagnostics)
    }
}

final class FileBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: String] = [:]
    private var raw: [String: [UInt8]] = [:]
    func add(_ f: OutputFile) {
        lock.lock(); defer { lock.unlock() }
        precondition(stored[f.path] == nil, "written twice: \(f.path)")
        stored[f.path] = String(decoding: f.bytes, as: UTF8.self)
        raw[f.path] = f.bytes
    }
    var files: [String: String] { lock.lock(); defer { lock.unlock() }; return stored }
    var bytes: [String: [UInt8]] { lock.lock(); defer { lock.unlock() }; return raw }
}
