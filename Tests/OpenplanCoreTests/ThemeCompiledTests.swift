import Foundation
import Testing
@testable import OpenplanCore

/// The compiled templates must give exactly what the template library gives.

private func render(_ plan: Plan, theme: Theme) throws -> [String: String] {
    let box = FileBox()
    _ = try SiteRenderer(plan: plan, theme: theme, asOf: RenderFixtures.asOf).render { box.add($0) }
    return box.files
}

private func libraryOnly() throws -> Theme {
    try Theme(templates: DefaultTheme.templates, assets: DefaultTheme.assets, compile: false)
}

@Test func builtInThemeIsCompiled() throws {
    #expect(try Theme.builtIn().compiled != nil)
    #expect(try libraryOnly().compiled == nil)
}

@Test(arguments: [nil, "<b>\"Tom & Jerry's\"</b>"])
func compiledThemeRendersTheWholeSiteLikeTheLibrary(hostile: String?) throws {
    let plan = RenderFixtures.plan(hostile: hostile)
    let compiled = try render(plan, theme: try Theme.builtIn())
    let library = try render(plan, theme: try libraryOnly())
    #expect(compiled.count > 20)
    #expect(compiled.keys.sorted() == library.keys.sorted())
    for (path, text) in library {
        #expect(compiled[path] == text, "\(path)")
    }
}

/// Both ways of rendering one template set with the same view.
private func both(_ templates: [String: String], _ view: some TemplateView, _ name: String = "t") throws -> (compiled: String, library: String, isCompiled: Bool) {
    let fast = try Theme(templates: templates, assets: [:])
    let slow = try Theme(templates: templates, assets: [:], compile: false)
    return (fast.render(view, name), slow.render(view, name), fast.compiled != nil)
}

@Test func indentedPartialsSectionsAndNamesMatchTheLibrary() throws {
    let templates = [
        "t": """
        <ul>
          {{> item}}
          {{#priorities}}
            {{> link}}
          {{/priorities}}
          {{^priorities}}none{{/priorities}}
        </ul>
        {{#summary}}[{{.}}]{{/summary}}{{^summary}}no summary{{/summary}}
        {{next.text}} {{.title}} {{missing}} {{> nothing}}
        {{% CONTENT_TYPE: TEXT}}{{title}} {{{title}}} {{&title}}
        """,
        "item": "<li>\n  {{title}}\n{{% CONTENT_TYPE: HTML}}\n  {{title}}\n</li>\n",
        "link": "<a href=\"{{href}}\">\n{{text}}\n</a>\n{{#text}}\n  inner {{.}}\n{{/text}}\n",
    ]
    struct Page: TemplateView {
        var title: String
        var summary: String?
        var priorities: [LinkView]
        var next: LinkView?
        func templateValue(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: return title.templateValue
            case .summary: return summary.templateValue
            case .priorities: return priorities.templateValue
            case .next: return next.templateValue
            default: return nil
            }
        }
    }
    let links = [LinkView(text: "One & two", href: "/a?b=1&c=\"2\""), LinkView(text: "Three", href: "c")]
    for page in [Page(title: "T <&> \"q\" 'a'", summary: "S", priorities: links, next: links[0]),
                 Page(title: "e\u{301}\"\u{301}", summary: nil, priorities: [], next: nil)] {
        let result = try both(templates, page)
        #expect(result.isCompiled)
        #expect(result.compiled == result.library)
        #expect(result.compiled.contains("  <li>\n    "))
    }
}

@Test func templatesTheCompilerDoesNotKnowFallBackToTheLibrary() throws {
    let templates = ["t": "{{uppercased(title)}}", "u": "{{<t}}{{$b}}x{{/b}}{{/t}}"]
    let result = try both(templates, ContentPageView(title: "About", summary: nil, bodyHTML: ""))
    #expect(!result.isCompiled)
    #expect(result.compiled == "ABOUT")
    #expect(result.compiled == result.library)
}
