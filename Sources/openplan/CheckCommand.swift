import ArgumentParser
import Foundation
import OpenplanCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review the content without publishing anything.",
        discussion: """
        Lists every problem the build would refuse, and everything worth a second look before \
        publishing: overdue and stale actions, milestones past due, measures with no recent \
        figures, "You said, we did" items still waiting for an answer, broken links, images \
        with no description, and plain English: reading age, long sentences, abbreviations \
        not in the glossary, and words to avoid.

        For people who do not use a terminal, --html writes a small website of the review \
        that anyone can open in a browser. It is never part of the published site.

        Exit status: 0 no errors (warnings allowed unless --strict), 1 problems found, \
        2 the command or a folder was wrong.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: SiteOptions

    @Flag(help: "Treat warnings as failures (exit status 1), for automated checks.")
    var strict = false

    @Option(help: ArgumentHelp("How to print the review: text for people, json for other programs.", valueName: "text|json"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Also write the review as web pages into this folder.", valueName: "folder"))
    var html: String?

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let build = SiteBuild(siteFolder: options.siteFolder, asOf: asOf)
        if let html {
            try refuseInsidePublishedSite(html, output: build.outputFolder)
            // The same rule as a build's output: only a new or empty folder, or an earlier one.
            do {
                try OutputFolderCheck.check(output: URL(fileURLWithPath: html), siteFolder: options.siteFolder)
            } catch let error as OutputFolderError {
                Terminal.err("error: \(error)")
                throw ExitCode(2)
            }
        }

        let prepared = build.prepare()
        let diagnostics = build.diagnostics(of: prepared)
        if prepared.usageProblem {
            Terminal.report(diagnostics.sorted())
            throw ExitCode(2)
        }
        guard let plan = prepared.plan else {
            Terminal.report(diagnostics.sorted())
            Terminal.err("The content could not be read well enough to review: fix the errors above first.")
            throw ExitCode(1)
        }

        let report = SiteReview(plan: plan, asOf: asOf, buildDiagnostics: diagnostics.sorted()).report()
        switch format {
        case .text: Terminal.out(report.text(colour: Terminal.wantsColour))
        case .json: Terminal.out(report.json())
        }
        if let html { try writeReviewSite(report, title: plan.site.title, language: plan.site.language, to: html) }
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }

    private func refuseInsidePublishedSite(_ folder: String, output: URL) throws {
        let target = URL(fileURLWithPath: folder).standardizedFileURL.path + "/"
        if target.hasPrefix(output.path + "/") {
            throw ValidationError("The review must not go inside the published site (\(output.path)): choose another folder for --html.")
        }
    }

    private func writeReviewSite(_ report: ReviewReport, title: String, language: String, to folder: String) throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data(BuildMarker.text.utf8).write(to: root.appendingPathComponent(BuildMarker.name))
            for file in report.htmlSite(siteTitle: title, language: language) {
                guard let safe = OutputPath(file.path) else { continue }
                let url = root.appendingPathComponent(safe.value)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
        } catch {
            Terminal.err("error: could not write the review to \(root.path) (\(FileProblem.reason(for: error))).")
            throw ExitCode(2)
        }
        if format == .text { Terminal.out("The review is in \(root.appendingPathComponent("index.html").path)") }
    }
}
