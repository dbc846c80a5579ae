import ArgumentParser
import Foundation
import OpenplanCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review the content without publishing anything.",
        discussion: """
        Reports every problem the build would refuse, and everything worth a second look: \
        overdue and stale actions, broken links, and plain-English findings such as long \
        sentences and unexplained abbreviations.

        Exit status: 0 no errors (warnings are allowed unless --strict), 1 problems found, \
        2 the command or a folder was wrong.
        """
    )

    @OptionGroup var options: SiteOptions

    @Flag(help: "Treat warnings as failures (exit status 1), for automated checks.")
    var strict = false

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let report = SiteBuild(siteFolder: options.siteFolder, asOf: asOf).check()
        Terminal.report(report.diagnostics)
        if report.usageProblem { throw ExitCode(2) }
        Terminal.out("\(Terminal.plural(report.errorCount, "error")), \(Terminal.plural(report.warningCount, "warning")).")
        if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(1) }
    }
}
