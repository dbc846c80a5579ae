import Markdown

/// `check --html DIR`: a small site for people who do not use a terminal, such as members
/// of the parent carer forum. An index lists every page with its reading age, and each page
/// has its own review with the flagged sentences quoted.
///
/// It never becomes part of the published site (the caller writes it elsewhere, and every
/// page asks search engines not to index it). It uses no JavaScript, one `h1` a page,
/// landmarks, a skip link, captioned tables and colours that pass WCAG AA contrast.
extension ReviewReport {
    public func htmlSite(siteTitle: String, language: String = "en-GB") -> [ReviewFile] {
        let names = reviewFileNames()
        var files = [ReviewFile(path: "index.html", contents: indexPage(siteTitle: siteTitle, language: language, names: names))]
        for (index, page) in pages.enumerated() {
            files.append(ReviewFile(path: names[index],
                                    contents: reviewPage(page, siteTitle: siteTitle, language: language)))
        }
        return files
    }

    /// Rules about a page's wording, shown on that page's review rather than in the index list.
    static let plainEnglishRules: Set<ReviewRule> = [
        .readingAgeAboveTarget, .longSentence, .abbreviationNotInGlossary, .termNotSpelledOut, .wordToAvoid,
    ]

    /// `page-content-pages-about-md.html`, one per page, numbered if two pages share a file.
    func reviewFileNames() -> [String] {
        var used: Set<String> = ["index.html"]
        return pages.map { page in
            let base = "page-" + Slug.make(page.file)
            var name = base + ".html"
            var n = 2
            while !used.insert(name).inserted {
                name = base + "-\(n).html"
                n += 1
            }
            return name
        }
    }

    private func indexPage(siteTitle: String, language: String, names: [String]) -> String {
        var body = "<h1>Plain English review</h1>\n"
        body += "<p>This review is for the people who write and check the website. It is not part of the published site.</p>\n"
        body += "<p>\(HTML.escape(summaryLine))</p>\n"
        body += "<p>The target is a reading age of \(readingAgeTarget) or under. The reading age comes from how long the "
            + "sentences and words are (the Flesch\u{2013}Kincaid grade plus 5). Pages under "
            + "\(PageReadability.fewestWordsToScore) words are too short to score.</p>\n"
        if pages.isEmpty {
            body += "<p>There were no pages to review.</p>\n"
        } else {
            body += "<table>\n<caption>Reading age of every page, hardest to read first</caption>\n<thead><tr>"
                + "<th scope=\"col\">Page</th><th scope=\"col\">Reading age</th><th scope=\"col\">Target</th>"
                + "<th scope=\"col\">Long sentences</th><th scope=\"col\">Review</th></tr></thead>\n<tbody>\n"
            for (index, page) in pages.enumerated() {
                let status = page.isAboveTarget ? "<strong>Above target</strong>" : HTML.escape(page.targetStatus.capitalisedFirst)
                body += "<tr><th scope=\"row\">\(HTMLText.link(page.url, page.title))</th>"
                    + "<td>\(page.isScored ? String(page.readingAgeYears) : "Not scored")</td><td>\(status)</td>"
                    + "<td>\(page.longSentences.count)</td>"
                    + "<td><a href=\"\(HTML.escape(names[index]))\">Review of \(HTML.escape(page.title))</a></td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        let other = findings.filter { !ReviewReport.plainEnglishRules.contains($0.rule) }
        body += "<h2>Other things to check</h2>\n"
        if other.isEmpty {
            body += "<p>None found.</p>\n"
        } else {
            body += "<ul class=\"findings\">\n" + other.map { finding in
                "<li><strong>\(finding.severity == .error ? "Error" : "Warning"):</strong> \(HTML.escape(finding.message)) "
                    + "<span class=\"place\">\(HTML.escape("\(finding.file):\(finding.line)"))</span></li>\n"
            }.joined() + "</ul>\n"
        }
        return HTMLText.document(title: "Plain English review: \(siteTitle)", siteTitle: siteTitle, language: language,
                                 current: true, body: body)
    }

    private func reviewPage(_ page: PageReadability, siteTitle: String, language: String) -> String {
        var body = "<h1>\(HTML.escape(page.title)): plain English review</h1>\n"
        body += "<p>Source file: <code>\(HTML.escape(page.file))</code>. \(HTMLText.link(page.url, "Read the published page"))</p>\n"
        body += "<dl class=\"figures\">\n"
        body += item("Reading age", page.isScored ? "\(page.readingAgeYears) (\(page.targetStatus); the target is "
            + "\(page.readingAgeTarget) or under)" : "Not scored: the page is too short")
        body += item("Words", String(page.words))
        body += item("Sentences", String(page.sentences))
        body += item("Average sentence length", "\(Int(page.averageSentenceLength.rounded())) words")
        body += item("Flesch reading ease", "\(Int(page.readingEase.rounded())) out of 100 (higher is easier)")
        body += "</dl>\n"
        body += section("Long sentences", "Sentences of more than \(PlainEnglishReview.longSentenceWords) words. Try splitting each into two.",
                        page.longSentences.map { s in
                            "<blockquote><p>\(HTML.escape(s.text))</p></blockquote>\n<p class=\"place\">"
                                + HTML.escape("\(page.file):\(s.line)") + " \u{2013} \(s.wordCount) words</p>"
                        }, ordered: true)
        body += section("Abbreviations not in the glossary", "Add each to the glossary, or write the words out in full.",
                        page.abbreviationsNotInGlossary.map { h in
                            "<strong>\(HTML.escape(h.text))</strong> <span class=\"place\">"
                                + HTML.escape("\(page.file):\(h.line)") + "</span>"
                        })
        body += section("Terms not spelled out", "The first time each is used, write out what it stands for.",
                        page.termsNotSpelledOut.map { h in
                            "<strong>\(HTML.escape(h.term))</strong>: write \u{201C}\(HTML.escape(h.standsFor)) "
                                + "(\(HTML.escape(h.term)))\u{201D} <span class=\"place\">"
                                + HTML.escape("\(page.file):\(h.line)") + "</span>"
                        })
        body += section("Words to avoid", "Plainer words say the same thing.",
                        page.wordsToAvoid.map { h in
                            "<strong>\(HTML.escape(h.text))</strong>: try \(HTML.escape(PageReadability.quoted(h.word.alternative))) "
                                + "<span class=\"place\">" + HTML.escape("\(page.file):\(h.line)") + "</span>"
                        })
        return HTMLText.document(title: "\(page.title): plain English review", siteTitle: siteTitle, language: language,
                                 current: false, body: body)
    }

    private func item(_ term: String, _ value: String) -> String {
        "<dt>\(HTML.escape(term))</dt><dd>\(HTML.escape(value))</dd>\n"
    }

    private func section(_ heading: String, _ intro: String, _ items: [String], ordered: Bool = false) -> String {
        var out = "<h2>\(HTML.escape(heading))</h2>\n"
        guard !items.isEmpty else { return out + "<p>None found.</p>\n" }
        let tag = ordered ? "ol" : "ul"
        out += "<p>\(HTML.escape(intro))</p>\n<\(tag) class=\"findings\">\n"
        out += items.map { "<li>\($0)</li>\n" }.joined()
        return out + "</\(tag)>\n"
    }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
