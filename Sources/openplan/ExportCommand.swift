import ArgumentParser
import Foundation
import OpenplanCore
import OpenplanImport

/// `openplan export updates`: the sheet each lead fills in once a month.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a spreadsheet from the plan, for people who do not edit its files.",
        subcommands: [ExportUpdates.self]
    )
}

struct ExportUpdates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "updates",
        abstract: "Write the monthly update sheet for leads (.xlsx, or .csv).",
        discussion: """
        One row per action, with the columns Ref, Action, Leads, Due, Status, Last updated and \
        Latest update filled in from the plan (shaded, and locked in Excel), and three columns \
        for the lead: New status (a drop-down of the plan's statuses), New due date and Update. \
        Send it to the leads; bring it back with `openplan import updates FILE`.

        Exit status: 0 written, 1 the content could not be read, 2 the command was wrong or \
        the output file is already there.
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("Only this lead's actions: an id from people.yml.", valueName: "id"))
    var lead: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Where to write it; .xlsx or .csv (default: updates-YYYY-MM-DD.xlsx in this folder).", valueName: "file"))
    var output: String?

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let path = output ?? "updates-\(asOf.iso)\(lead.map { "-" + Slug.make($0) } ?? "").xlsx"
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ext == "xlsx" || ext == "csv" else {
            throw ValidationError("--output should end in .xlsx (for Excel) or .csv, not \"\(path)\".")
        }
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: url.path) {
            Terminal.err("error: \(path) is already there, so nothing was written. It may be a sheet a lead filled in: give another --output, or move it first.")
            throw ExitCode(2)
        }
        let loaded = ContentLoader(siteFolder: options.siteFolder).load()
        guard let plan = loaded.plan, !loaded.hasErrors else {
            Terminal.report(loaded.diagnostics)
            if loaded.isUsageProblem { throw ExitCode(2) }
            Terminal.err("The content could not be read: fix the errors above first, so the sheet shows the plan as it is.")
            throw ExitCode(1)
        }
        let data: Data
        do {
            data = ext == "csv" ? try UpdateSheet.csv(plan: plan, lead: lead, asOf: asOf)
                                : try UpdateSheet.xlsx(plan: plan, lead: lead, asOf: asOf)
        } catch let problem as UpdateSheet.Problem {
            Terminal.err("error: " + problem.description)
            throw ExitCode(2)
        }
        do {
            try data.write(to: url, options: [.atomic])
        } catch {
            Terminal.err("error: could not write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let count = (try? UpdateSheet.rows(plan: plan, lead: lead, asOf: asOf).count - 1) ?? 0
        Terminal.out("Wrote \(url.standardizedFileURL.path) (\(Terminal.plural(count, "action"))).")
    }
}
