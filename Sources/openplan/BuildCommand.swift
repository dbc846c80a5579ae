import ArgumentParser
import Foundation
import OpenplanCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the website from the content.",
        discussion: """
        Reads Content/ (and Templates/ and Public/ if the site has them) and writes the website \
        to _site/, or to the folder given with --output.

        If anything in the content is wrong, every problem is listed with its file, line and \
        column, nothing is published, and the previous website is left exactly as it was.

        Each build replaces the whole output folder, so it must be new, empty, or a website \
        Openplan built before (it leaves a file called .openplan-build there). Openplan refuses \
        the site folder, its Content, Templates and Public folders, and a folder of other files.

        Exit status: 0 built (warnings are allowed), 1 problems in the content, 2 the command \
        or the output folder was wrong, or a file or folder could not be read.
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the website (default: _site inside the site folder).", valueName: "folder"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only problems, not the summary.")
    var quiet = false

    @Flag(help: "Also print how long each stage of the build took.")
    var timings = false

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let outputFolder = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var build = SiteBuild(siteFolder: options.siteFolder, outputFolder: outputFolder, asOf: asOf)
        if timings { build.timings = BuildTimings() }
        BuildInterruption.removeStagingOnSignal()
        let report: BuildReport
        do {
            report = try build.run()
        } catch let error as OutputFolderError {
            Terminal.err("error: \(error)")
            throw ExitCode(2)
        } catch {
            if case PublishingError.stopped = error { BuildInterruption.waitIfStopping() }
            Terminal.err("error: could not write the website to \(build.outputFolder.path): \(error)")
            throw ExitCode(2)
        }
        Terminal.report(report.diagnostics)
        if report.usageProblem { throw ExitCode(2) }
        guard report.published else {
            Terminal.err("Nothing was published: fix the \(Terminal.plural(report.errorCount, "error")) above and build again. The previous website is unchanged.")
            throw ExitCode(1)
        }
        if !quiet {
            let warnings = report.warningCount > 0 ? ", \(Terminal.plural(report.warningCount, "warning"))" : ""
            Terminal.out("Built \(Terminal.plural(report.filesWritten, "file")) in \(String(format: "%.2f", report.seconds)) s as of \(asOf.long)\(warnings) → \(build.outputFolder.path)")
        }
        if let note = report.note { Terminal.out("Note: \(note)") }
        if let timings = build.timings { Terminal.out(Self.describe(timings)) }
    }

    /// The stages in order, then the CPU time of each kind of page, as aligned columns.
    static func describe(_ timings: BuildTimings) -> String {
        func s(_ x: Double) -> String { String(format: "%7.3f s", x) }
        var lines = ["Stage                                       wall        CPU"]
        for stage in timings.stages {
            lines.append(stage.name.padding(toLength: 40, withPad: " ", startingAt: 0) + s(stage.wallSeconds) + "  " + s(stage.cpuSeconds))
        }
        lines.append("Inside \"Render and write pages\" (CPU, all threads):")
        for kind in timings.jobKinds {
            let name = "  \(kind.name) (\(kind.count))"
            lines.append(name.padding(toLength: 51, withPad: " ", startingAt: 0) + s(kind.cpuSeconds))
        }
        return lines.joined(separator: "\n")
    }
}
