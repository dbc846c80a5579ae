import Markdown

/// The whole `openplan check` review of a site: what the build found, the integrity of the
/// plan, and the plain English of every page a family can read.
public struct SiteReview: Sendable {
    public var plan: Plan
    public var asOf: Day
    /// Everything the build reported (errors and warnings), passed through unchanged.
    public var buildDiagnostics: [Diagnostic]

    public init(plan: Plan, asOf: Day, buildDiagnostics: [Diagnostic]) {
        self.plan = plan
        self.asOf = asOf
        self.buildDiagnostics = buildDiagnostics
    }

    public func report() -> ReviewReport {
        let english = PlainEnglishReview(plan: plan)
        let markdown = MarkdownRenderer(allowRawHTML: plan.site.allowRawHTML)
        var findings = buildDiagnostics.map { ReviewFinding(.content, $0) }
        findings += IntegrityReview(asOf: asOf).findings(in: plan)
        var pages: [PageReadability] = []

        for body in familyPages() {
            let rendered = markdown.render(body.source.text)
            findings += MarkdownIntegrity.findings(in: rendered, source: body.source)
            // Front-matter prose (a summary, "you said") is read as part of the page, at the
            // place its value was written.
            let firstLine = body.source.firstLine
            let extra = body.frontMatterProse.map { block($0, kind: .paragraph, firstLine: firstLine, fallback: body.location) }
            // The title is checked for abbreviations and words to avoid where it was written,
            // but not scored: it is read as a heading, not as a sentence of the page.
            let title = body.titleProse.map { block($0, kind: .heading, firstLine: firstLine, fallback: body.location) }
            pages.append(english.review(title: body.title, file: body.source.file, url: link(body.path),
                                        firstLine: firstLine, prose: extra + rendered.prose, titleProse: title))
        }
        return ReviewReport(findings: findings, pages: pages, readingAgeTarget: plan.site.readingAge)
    }

    /// Text written in the front matter, and where: its value's place, and where each of
    /// its later lines starts when it runs over several.
    struct FrontMatterText {
        var text: String
        var place: SourceLocation?
        var anchors: [TextAnchor] = []
    }

    /// A page a family can read, and the words on it that come from its file.
    struct FamilyPage {
        var title: String
        var path: String
        var source: MarkdownSource
        var location: SourceLocation
        var frontMatterProse: [FrontMatterText]
        /// The title as written in this file; nil when it comes from elsewhere (the home page's).
        var titleProse: FrontMatterText?
    }

    /// Front-matter text as a prose block, with lines counted from the body's first line as
    /// the body's blocks are.
    private func block(_ item: FrontMatterText, kind: ProseBlock.Kind, firstLine: Int, fallback: SourceLocation) -> ProseBlock {
        let place = item.place ?? fallback
        return ProseBlock(kind: kind, text: item.text,
                          position: TextPosition(line: place.line - firstLine + 1, column: place.column),
                          anchors: item.anchors.map {
                              ProseBlock.Anchor(offset: $0.offset, position: TextPosition(line: $0.line - firstLine + 1, column: $0.column))
                          })
    }

    func familyPages() -> [FamilyPage] {
        var out: [FamilyPage] = []
        if let intro = plan.homeIntro {
            out.append(FamilyPage(title: plan.site.title, path: "", source: intro.body, location: intro.location,
                                  frontMatterProse: prose(intro.summary, intro.places, "summary")))
        }
        for p in plan.priorities {
            out.append(FamilyPage(title: p.title, path: "priorities/\(p.id.slug)/", source: p.body, location: p.location,
                                  frontMatterProse: prose(p.summary, p.places, "summary"),
                                  titleProse: prose(p.title, p.places, "title").first))
        }
        for a in plan.actions {
            out.append(FamilyPage(title: a.title, path: "actions/\(a.id.slug)/", source: a.body, location: a.location,
                                  frontMatterProse: a.milestones.map { FrontMatterText(text: $0.text, place: $0.location) },
                                  titleProse: prose(a.title, a.places, "title").first))
        }
        for f in plan.feedback {
            out.append(FamilyPage(title: f.theme, path: "you-said-we-did/#\(f.id.slug)", source: f.body, location: f.location,
                                  frontMatterProse: prose(f.youSaid, f.places, "you_said") + prose(f.weDid, f.places, "we_did"),
                                  titleProse: prose(f.theme, f.places, "theme").first))
        }
        for b in plan.bulletins {
            out.append(FamilyPage(title: b.title, path: "bulletins/\(b.id.slug)/", source: b.body, location: b.location,
                                  frontMatterProse: prose(b.summary, b.places, "summary"),
                                  titleProse: prose(b.title, b.places, "title").first))
        }
        for p in plan.pages {
            out.append(FamilyPage(title: p.title, path: "\(p.slug)/", source: p.body, location: p.location,
                                  frontMatterProse: prose(p.summary, p.places, "summary"),
                                  titleProse: prose(p.title, p.places, "title").first))
        }
        return out
    }

    private func prose(_ text: String?, _ places: FieldPlaces, _ key: String) -> [FrontMatterText] {
        text.map { [FrontMatterText(text: $0, place: places[key], anchors: places.anchors(key))] } ?? []
    }

    /// The published page: absolute when the site has a base_url, so the review links work
    /// from wherever the review is opened.
    func link(_ path: String) -> String {
        if let base = plan.site.baseURL { return base + path }
        return path.isEmpty ? "index.html" : path
    }
}
