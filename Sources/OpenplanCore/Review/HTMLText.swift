import Foundation
import Markdown

/// Escaping and the page frame for the review site. Every piece of content (titles,
/// sentences, file names, links) is escaped, because content is written by many people and
/// must never become markup.
enum HTMLText {
    /// A link to a published page; plain text when the address is not a web address or a
    /// path (so `javascript:` and the like never become links).
    static func link(_ url: String, _ text: String) -> String {
        guard isSafe(url) else { return HTML.escape(text) }
        return "<a href=\"\(HTML.escape(url))\">\(HTML.escape(text))</a>"
    }

    static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true }) else {
            return false
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return true }
        // A relative path or fragment: no scheme before the first `/`, `?` or `#`.
        let head = lower.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        return !head.contains(":")
    }

    static func document(title: String, siteTitle: String, language: String, current: Bool, body: String) -> String {
        """
        <!doctype html>
        <html lang="\(HTML.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>\(HTML.escape(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header>
        <p class="site">\(HTML.escape(siteTitle))</p>
        <nav aria-label="Review"><ul><li><a href="index.html"\(current ? " aria-current=\"page\"" : "")>All pages</a></li></ul></nav>
        </header>
        <main id="main">
        \(body)</main>
        <footer><p>Made by <code>openplan check</code>. This review is not part of the published site.</p></footer>
        </body>
        </html>

        """
    }

    /// Dark text on white (about 19:1), links in a blue of 5:1 or more, a thick yellow focus ring.
    static let stylesheet = """
        body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;background:#fff}\
        header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}\
        header{border-bottom:4px solid #0b0c0c}.site{font-weight:700;margin:.75rem 0 .25rem}\
        nav ul{list-style:none;margin:0 0 .75rem;padding:0}\
        a{color:#1d4f91;text-decoration:underline}a:visited{color:#4c2c92}\
        a:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 4px #0b0c0c}\
        .skip{position:absolute;left:-999em}.skip:focus{position:static;display:inline-block;margin:.5rem}\
        table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:700;padding:.5rem 0}\
        th,td{border-bottom:1px solid #505a5f;padding:.5rem;text-align:left;vertical-align:top}\
        blockquote{margin:.5rem 0;padding-left:1rem;border-left:5px solid #505a5f}\
        .place{color:#383f43;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem}\
        dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}\
        .findings li{margin-bottom:.75rem}footer{margin-top:2rem;border-top:1px solid #505a5f;font-size:1rem}
        """
}
