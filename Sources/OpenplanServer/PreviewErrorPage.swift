import Markdown
import OpenplanCore

/// The page every HTML request gets while the content has problems.
///
/// It is sent with status 500, so tools and scripts polling the preview can tell it from a real
/// page, while a browser still shows it in full. It is a complete, self-contained page (no theme
/// files, which may be what is broken), readable with a screen reader: a language, a title, one
/// heading, and the problems as a list, each naming `FILE:LINE:COLUMN` so an editor can jump there.
/// The live reload script is added like on any other page, so the next good save brings the
/// site back without touching the browser.
enum PreviewErrorPage {
    static let title = "Content problem – Openplan preview"

    static func html(for diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sorted()
        let count = sorted.count
        let summary = switch count {
        case 0: "The site could not be rebuilt."
        case 1: "The site could not be rebuilt because of 1 problem in its files."
        default: "The site could not be rebuilt because of \(count) problems in its files."
        }
        let items = sorted.map { diagnostic in
            let place = diagnostic.place
            // Lower case, as the terminal, `openplan check` and the build print it.
            let label = diagnostic.severity.rawValue
            return """
                  <li><code>\(HTML.escape(place))</code>: <strong>\(label):</strong> \(HTML.escape(diagnostic.message))</li>
            """
        }
        return """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #0b0c0c; background: #fff; }
          h1 { font-size: 1.75rem; }
          .problems { border-left: 0.3rem solid #d4351c; padding: 0.25rem 0 0.25rem 1rem; }
          li { margin-bottom: 0.75rem; }
          code { font-size: 1rem; background: #f3f2f1; padding: 0 0.2rem; word-break: break-all; }
        </style>
        </head>
        <body>
        <main>
          <h1>This preview cannot show the site yet</h1>
          <p>\(summary) Fix \(count == 1 ? "it" : "them") and save: this page will update by itself.</p>
          <div class="problems" role="alert">
            <h2>Problems to fix</h2>
            <ul>
        \(items.joined(separator: "\n"))
            </ul>
          </div>
          <p>Each problem starts with the file, then the line and column where it was found.</p>
        </main>
        </body>
        </html>

        """
    }

    /// What the terminal shows for the same problems, one `FILE:LINE:COLUMN: error: message` a line.
    static func terminalText(for diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(\.description).joined(separator: "\n")
    }

}
