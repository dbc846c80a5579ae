import Testing
@testable import Markdown

@Suite struct GlossaryTests {
    let ehcp = GlossaryMark(term: "EHCP", title: "Education, Health and Care plan", href: "../glossary/#ehcp")
    let send = GlossaryMark(term: "SEND", title: "Special educational needs & disabilities", href: "../glossary/#send")

    private func render(_ markdown: String, _ glossary: [GlossaryMark], already: Set<String> = []) -> (String, Set<String>) {
        let result = MarkdownRenderer().render(markdown, glossary: glossary, alreadyMarked: already)
        return (result.html(embedding: { _ in "" }), result.markedTerms)
    }

    @Test func marksTheFirstUseOnly() {
        let (html, marked) = render("An EHCP is a plan. Every EHCP is reviewed.", [ehcp])
        #expect(html == "<p>An <a href=\"../glossary/#ehcp\"><abbr title=\"Education, Health and Care plan\">EHCP</abbr></a> is a plan. Every EHCP is reviewed.</p>\n")
        #expect(marked == ["EHCP"])
    }

    @Test func escapesTitleAndHref() {
        let mark = GlossaryMark(term: "Q&A", title: "Questions \"and\" <answers>", href: "/g/?a=1&b=2")
        let (html, _) = render("A Q&amp;A session", [mark])
        #expect(html.contains("<a href=\"/g/?a=1&amp;b=2\"><abbr title=\"Questions &quot;and&quot; &lt;answers&gt;\">Q&amp;A</abbr></a> session"))
    }

    @Test func matchesWholeWordsCaseSensitively() {
        let (html, marked) = render("SENDING send, then SEND’s team", [send])
        #expect(html.contains("SENDING send, then <a href=\"../glossary/#send\"><abbr"))
        #expect(html.contains("</abbr></a>’s team"))
        #expect(marked == ["SEND"])
    }

    @Test func skipsLinksHeadingsCodeAndImages() {
        let markdown = """
        ## EHCP

        [EHCP guide](/x) `EHCP` ![EHCP](/i.png)

        ```
        EHCP
        ```

        Your EHCP.
        """
        let (html, marked) = render(markdown, [ehcp])
        #expect(html.contains("<h2 id=\"ehcp\">EHCP</h2>"))
        #expect(html.contains("<a href=\"/x\">EHCP guide</a> <code>EHCP</code> <img src=\"/i.png\" alt=\"EHCP\" />"))
        #expect(html.contains("<p>Your <a href=\"../glossary/#ehcp\"><abbr title=\"Education, Health and Care plan\">EHCP</abbr></a>.</p>"))
        #expect(marked == ["EHCP"])
    }

    @Test func skipsRawAbbreviationsWhenRawHTMLIsAllowed() {
        let result = MarkdownRenderer(allowRawHTML: true).render("<abbr title=\"x\">EHCP</abbr> and EHCP", glossary: [ehcp])
        let html = result.html(embedding: { _ in "" })
        #expect(html == "<p><abbr title=\"x\">EHCP</abbr> and <a href=\"../glossary/#ehcp\"><abbr title=\"Education, Health and Care plan\">EHCP</abbr></a></p>\n")
    }

    @Test func respectsAlreadyMarked() {
        let (html, marked) = render("EHCP and SEND", [ehcp, send], already: ["EHCP"])
        #expect(!html.contains("#ehcp"))
        #expect(html.contains("#send"))
        #expect(marked == ["SEND"])
    }

    @Test func prefersTheLongerTerm() {
        let plan = GlossaryMark(term: "EHC plan", title: "plan", href: "#plan")
        let ehc = GlossaryMark(term: "EHC", title: "ehc", href: "#ehc")
        let (html, marked) = render("An EHC plan, then EHC needs.", [ehc, plan])
        #expect(html == "<p>An <a href=\"#plan\"><abbr title=\"plan\">EHC plan</abbr></a>, then <a href=\"#ehc\"><abbr title=\"ehc\">EHC</abbr></a> needs.</p>\n")
        #expect(marked == ["EHC plan", "EHC"])
    }

    @Test func marksSeveralTermsInOneTextAndInsideEmphasisAndTables() {
        let (html, marked) = render("*SEND* and EHCP\n\n| SEND | EHCP |\n|---|---|\n", [ehcp, send])
        #expect(html.hasPrefix("<p><em><a href=\"../glossary/#send\">"))
        #expect(html.contains("</a></em> and <a href=\"../glossary/#ehcp\">"))
        #expect(html.contains("<th>SEND</th>"))
        #expect(marked == ["EHCP", "SEND"])
    }

    @Test func aTermMissingFromTheTextIsNotReported() {
        #expect(render("Nothing here", [ehcp]).1.isEmpty)
    }
}

@Test func glossaryTermInATableCellIsNeverLost() {
    let marks = [GlossaryMark(term: "SEN Support", title: "Special educational needs support", href: "../glossary/#sen-support")]
    let md = "| Group | Share |\n| --- | --- |\n| Children on SEN Support | 12% |\n"
    let html = MarkdownRenderer().render(md, glossary: marks).html(embedding: { _ in "" })
    #expect(html.contains("Children on SEN Support"))
}
