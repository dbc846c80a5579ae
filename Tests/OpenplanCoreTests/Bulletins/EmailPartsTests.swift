import Testing
import Markdown
@testable import OpenplanCore

@Suite struct EmailPartsTests {
    @Test func builtInThemeHasEveryEmailAndFeedTemplate() throws {
        let theme = try Theme.builtIn()
        for name in ["email", "text-email", "email-status-tag", "email-change-item", "feed-feedback-item"]
            + ["action", "changes", "feedback", "measure", "progress"].flatMap({ ["email-embed-\($0)", "text-embed-\($0)"] }) {
            #expect(theme.has(name), "\(name)")
        }
    }

    @Test func linksResolveAgainstThePagesAbsoluteAddress() {
        let page = "https://example.org/send/bulletins/2025-12/"
        #expect(AbsoluteURL.resolve("https://other.org/x", against: page) == "https://other.org/x")
        #expect(AbsoluteURL.resolve("mailto:a@b.org", against: page) == "mailto:a@b.org")
        #expect(AbsoluteURL.resolve("tel:0300", against: page) == "tel:0300")
        #expect(AbsoluteURL.resolve("//cdn.org/a.png", against: page) == "https://cdn.org/a.png")
        #expect(AbsoluteURL.resolve("#part", against: page) == page + "#part")
        #expect(AbsoluteURL.resolve("?q=1", against: page) == page + "?q=1")
        #expect(AbsoluteURL.resolve("/top/", against: page) == "https://example.org/top/")
        #expect(AbsoluteURL.resolve("../", against: page) == "https://example.org/send/bulletins/")
        #expect(AbsoluteURL.resolve("../../about/#who", against: page) == "https://example.org/send/about/#who")
        #expect(AbsoluteURL.resolve("chart.png", against: page) == "https://example.org/send/bulletins/2025-12/chart.png")
        #expect(AbsoluteURL.resolve("./", against: page) == page)
        // Climbing past the root stops there.
        #expect(AbsoluteURL.resolve("../../../../x", against: page) == "https://example.org/x")
        #expect(!AbsoluteURL.hasScheme("1.2/notes"))
        #expect(!AbsoluteURL.hasScheme("a/b:c"))
    }

    @Test func theEmailsMarkdownTakesEveryStyleStraightAfterTheTagName() {
        let s = EmailStyle.standard
        var renderer = MarkdownRenderer()
        renderer.styles = EmailStyle.standardMarkdown
        let html = renderer.render("# T\n\na [b](https://e.org/)\n\n---\n\n##### Five\n\n- i\n").html(embedding: { _ in "" })
        #expect(html == "<h2 style=\"\(s.h2)\" id=\"t\">T</h2>\n<p style=\"\(s.p)\">a <a style=\"\(s.a)\" href=\"https://e.org/\">b</a></p>\n"
                + "<hr style=\"\(s.hr)\" />\n<h6 style=\"\(s.h4)\" id=\"five\">Five</h6>\n<ul style=\"\(s.list)\">\n<li style=\"\(s.li)\">i</li>\n</ul>\n")
    }

    @Test func onlyTheBulletinsEmailIsStyledNotTheFeedsHTML() throws {
        let s = EmailStyle.standard
        let files = try RenderFixtures.render(RenderFixtures.plan()).files
        let email = try #require(files["bulletins/b0/email.html"])
        #expect(email.contains("<h2 style=\"\(s.h2)\" id=\"in-this-update\">In this update</h2>"))
        // The feedback feed renders bodies in the email flavour (absolute links) but with no styles.
        let feed = try #require(files["you-said-we-did/feed.xml"])
        #expect(feed.contains("More detail here."))
        #expect(!feed.contains(s.p))
    }

    @Test func aSitesOwnTextTemplateWritesMarkdownThatTheEmailFollows() throws {
        var templates = DefaultTheme.templates
        templates["text-embed-action"] = "**{{title}}** is {{{statusTagHTML}}}: [more](<{{href}}>)\n\n- due {{due.text}}"
        let theme = try Theme(templates: templates, assets: DefaultTheme.assets)
        let renderer = SiteRenderer(plan: RenderFixtures.plan(), theme: theme, asOf: RenderFixtures.asOf)
        let text = try #require(renderer.email(for: "b0")?.text)
        #expect(text.contains("\n\nTrack whether health advice arrives on time is On track: more ["))
        #expect(text.contains("\n\n- due March 2026\n\n"))
        #expect(text.contains("] https://example.org/send-progress/actions/1-2/\n"))
    }

    @Test func markupInContentReadsAsWrittenInThePlainTextEmail() throws {
        let hostile = "*a* [b](c) <i>&amp; # 1."
        let text = try #require(SiteRenderer(plan: RenderFixtures.plan(hostile: hostile), theme: try Theme.builtIn(),
                                             asOf: RenderFixtures.asOf).email(for: "b0")?.text)
        // The title as a heading, the action's title in its embed, and the status in the progress list.
        #expect(text.contains("\(hostile) Bulletin number 0\n="))
        #expect(text.contains("Action 1.2: \(hostile) Track whether health advice arrives"))
        #expect(text.contains("- \(hostile) On track: "))
        #expect(!text.contains("\\"))
    }

    @Test func withoutABaseURLThereAreNoEmailsOrFeeds() throws {
        let rendered = try RenderFixtures.render(RenderFixtures.plan(baseURL: nil))
        #expect(!rendered.files.keys.contains { $0.hasSuffix("email.html") || $0.hasSuffix("email.txt") })
        for feed in ["feed.xml", "rss.xml", "you-said-we-did/feed.xml"] { #expect(rendered.files[feed] == nil) }
        #expect(!(rendered.files["bulletins/index.html"] ?? "").contains("Get updates by feed"))
        let renderer = SiteRenderer(plan: RenderFixtures.plan(baseURL: nil), theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
        #expect(renderer.email(for: "b0") == nil)
    }

    @Test func everyBulletinHasItsEmailsAndAFeedEntry() throws {
        let plan = RenderFixtures.plan(bulletinCount: 3)
        let files = try RenderFixtures.render(plan).files
        for b in plan.bulletins {
            let html = try #require(files["bulletins/\(b.id.slug)/email.html"])
            #expect(!html.contains("<style") && !html.contains("<link") && !html.contains("<script") && !html.contains("<svg"))
            #expect(html.contains("role=\"presentation\" width=\"600\""))
            let text = try #require(files["bulletins/\(b.id.slug)/email.txt"])
            #expect(text.contains("https://example.org/send-progress/bulletins/\(b.id.slug)/"))
            // Only the bulletin with embeds links to anything beyond the footer's addresses.
            #expect(text.contains("\nLinks\n-----\n") == (b.id == "b0"))
        }
        let atom = try #require(files["feed.xml"]), rss = try #require(files["rss.xml"])
        #expect(atom.components(separatedBy: "<entry>").count - 1 == 3)
        #expect(rss.components(separatedBy: "<item>").count - 1 == 3)
        #expect(!atom.contains("href=&quot;../"))
        let feedback = try #require(files["you-said-we-did/feed.xml"])
        #expect(feedback.components(separatedBy: "<entry>").count - 1 == plan.feedback.count)
        #expect(feedback.contains("<title>EHC plans, 10 November 2025</title>"))
        #expect(files["bulletins/index.html"]?.contains("<a href=\"../rss.xml\">RSS feed of bulletins</a>") == true)
    }

    @Test func theEmailAPIGivesTheSameBytesAsTheBuild() throws {
        let plan = RenderFixtures.plan()
        let files = try RenderFixtures.render(plan).files
        let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
        let email = try #require(renderer.email(for: "b0"))
        #expect(email.html == files["bulletins/b0/email.html"])
        #expect(email.text == files["bulletins/b0/email.txt"])
    }

    @Test func editorTextCannotBecomeMarkupInTheEmail() throws {
        let files = try RenderFixtures.render(RenderFixtures.plan(hostile: "<script>x</script>\"")).files
        let html = try #require(files["bulletins/b0/email.html"])
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func draftFromNamesThePartnershipSafely() {
        #expect(EmailDraft.mailbox(name: "SEND Team", address: "a@b.org") == "SEND Team <a@b.org>")
        #expect(EmailDraft.mailbox(name: "SEND, AP \"Team\"", address: "a@b.org") == "\"SEND, AP \\\"Team\\\"\" <a@b.org>")
        #expect(EmailDraft.mailbox(name: "Équipe", address: "a@b.org").hasPrefix("=?utf-8?B?"))
    }

    @Test func bulletinForAMonthIsFoundByIdOrDate() {
        let plan = RenderFixtures.plan(bulletinCount: 2)
        // b0 dated 28 November 2025, b1 29 October 2025.
        guard case .found(let byID) = plan.bulletin(forMonth: "b1") else { Issue.record("b1 not found"); return }
        #expect(byID.id == "b1")
        guard case .found(let byMonth) = plan.bulletin(forMonth: "2025-11") else { Issue.record("2025-11 not found"); return }
        #expect(byMonth.id == "b0")
        guard case .none(let months) = plan.bulletin(forMonth: "2026-04") else { Issue.record("2026-04 found"); return }
        #expect(months == ["2025-10", "2025-11"])
        guard case .notAMonth = plan.bulletin(forMonth: "April") else { Issue.record("April accepted"); return }
    }
}
