import Foundation
import OpenplanCore

/// Where messages go: results to standard output, problems to standard error.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Problems as `FILE:LINE:COLUMN: error: message`, one a line, in file order.
    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { err(d.description) }
    }

    /// Colour only for a person at a terminal, and never when NO_COLOR is set. Colour only
    /// ever adds emphasis: every finding also says "error" or "warning" in words.
    static var wantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
