import ArgumentParser
import Foundation
import OpenplanCore

/// `openplan new bulletin|action|feedback`: writes a starting file with every required field
/// in place and the next free id chosen, so an editor only fills in words.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new bulletin, action or \"You said, we did\" item.",
        discussion: """
        Writes a new file in Content/ with its title, date and other fields ready to fill in, \
        and prints where it is. It never replaces a file that is already there.

        Exit status: 0 written, 1 the content could not be read, 2 the command was wrong or \
        the file already exists.
        """,
        subcommands: [NewBulletin.self, NewAction.self, NewFeedback.self]
    )
}

struct NewBulletin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "Start next month's bulletin, with {{progress}} and {{changes}} in place.",
        discussion: "Without a month, starts the month after the newest bulletin, or this month when the newest is older than that (or there is none), and says which month it chose."
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: ArgumentHelp("The month, written like 2026-02.", valueName: "month"))
    var month: String?

    func run() throws {
        try NewFile.write(options) { plan, asOf in try NewContent.bulletin(month: month, plan: plan, asOf: asOf) }
    }
}

struct NewAction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Start a new action, numbered after the last one in its priority."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("The priority it belongs to (default: the first).", valueName: "id"))
    var priority: String?

    func run() throws {
        try NewFile.write(options) { plan, asOf in try NewContent.action(priority: priority, plan: plan, asOf: asOf) }
    }
}

struct NewFeedback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Start a new \"You said, we did\" item, dated today."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("What it is about, like \"EHC plans\".", valueName: "text"))
    var theme: String?

    func run() throws {
        try NewFile.write(options) { plan, asOf in NewContent.feedback(theme: theme, plan: plan, asOf: asOf) }
    }
}

/// The steps every `new` command shares: read the plan, make the file, write it only if it
/// is not there yet.
enum NewFile {
    static func write(_ options: SiteOptions, make: (Plan, Day) throws -> NewContent) throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let loaded = ContentLoader(siteFolder: options.siteFolder).load()
        guard let plan = loaded.plan else {
            Terminal.report(loaded.diagnostics)
            if loaded.isUsageProblem { throw ExitCode(2) }
            Terminal.err("The content could not be read well enough to choose the next id: fix the errors above first.")
            throw ExitCode(1)
        }
        let content: NewContent
        do {
            content = try make(plan, asOf)
        } catch let error as NewContentError {
            Terminal.err("error: " + error.description)
            throw ExitCode(error == .noPriorities ? 1 : 2)
        }
        let url = options.siteFolder.appendingPathComponent(content.path)
        if FileManager.default.fileExists(atPath: url.path) {
            Terminal.err("error: \(content.path) is already there, so nothing was written. Open it to edit it, or give another month or id.")
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            Terminal.err("error: could not write \(url.path) (\(FileProblem.reason(for: error))).")
            throw ExitCode(2)
        }
        Terminal.out("Wrote \(url.standardizedFileURL.path)")
        if let note = content.note { Terminal.out(note) }
    }
}
