import Markdown

/// Checks a rendered Markdown body for what makes a page hard to use with a screen reader:
/// images with no alt text and headings that skip a level. Broken links are found by the
/// resolving stage (`PlanResolution`, before rendering); its diagnostics are passed in to be
/// reported alongside.
public enum MarkdownIntegrity {
    /// - Parameters:
    ///   - rendered: the body as the Markdown stage rendered it.
    ///   - source: the body and where it starts in its file.
    ///   - linkDiagnostics: problems with links found before rendering (a page or anchor
    ///     that does not exist).
    ///   - enclosingLevel: the level of the heading the template puts above the body: the
    ///     page title is the `h1`, so the body's first heading should be an `h2`.
    public static func findings(in rendered: RenderedMarkdown, source: MarkdownSource,
                                linkDiagnostics: [Diagnostic] = [], enclosingLevel: Int = 1) -> [ReviewFinding] {
        var out = linkDiagnostics.map { ReviewFinding(.brokenLink, $0) }
        for image in rendered.images where image.alt.allSatisfy(\.isWhitespace) {
            out.append(.warning(.imageWithoutAlt, source.file, line: fileLine(image.position, source), column: image.position.column,
                                "The image \"\(image.destination)\" has no alt text. Describe what it shows between the "
                                    + "square brackets, ![like this](\(image.destination)), for people who cannot see it."))
        }
        var previous = enclosingLevel
        for heading in rendered.headings {
            if heading.level > previous + 1 {
                let wanted = previous + 1
                out.append(.warning(.headingSkipsLevel, source.file, line: fileLine(heading.position, source),
                                    column: heading.position.column,
                                    "The heading \"\(heading.text)\" jumps from level \(previous) to level \(heading.level). "
                                        + "Make it level \(wanted) (\(String(repeating: "#", count: wanted))) so people using "
                                        + "screen readers can follow the page."))
            }
            previous = heading.level
        }
        return out.sorted()
    }

    private static func fileLine(_ position: TextPosition, _ source: MarkdownSource) -> Int {
        source.location(of: position).line
    }
}
