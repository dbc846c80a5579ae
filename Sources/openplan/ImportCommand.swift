import ArgumentParser
import Foundation
import OpenplanCore
import OpenplanImport

/// `openplan import`: bring something in from a file. On its own with a FILE it imports a
/// plan's table; other kinds of import sit beside it as subcommands.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a plan in from a Word table, an Excel tracker or a CSV file.",
        discussion: """
        openplan import FILE reads the plan's table and writes one file per action (see \
        openplan import plan --help). The subcommands below bring in other things.
        """,
        // Subcommands: `plan` is the default, so `openplan import FILE` imports a plan.
        // `updates` is ImportUpdates, in ImportUpdatesCommand.swift; `readings` is ImportReadings,
        // in ImportReadingsCommand.swift.
        subcommands: [ImportPlanCommand.self, ImportUpdates.self, ImportReadings.self],
        defaultSubcommand: ImportPlanCommand.self
    )
}

/// `openplan import [plan] FILE`: a plan's table into a new site or an existing one.
struct ImportPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Import a plan's table from .docx, .xlsx or .csv.",
        discussion: """
        Reads every table of a Word document, the sheets of an Excel workbook (or the one named \
        with --sheet), or a CSV file. Columns are recognised by their headings (Ref, Outcome, \
        Action, Lead, Priority, Due, RAG, Update, Milestones and the usual other wordings); map \
        any other heading with --column "HEADING=field". A column Openplan does not know is kept \
        in each action's page under its heading.

        Into a folder without Content/, it writes a whole site. Into an existing site, it adds \
        new actions and changes only what the table changed; importing the same file again \
        changes nothing.

        If any cell cannot be read, every problem is listed with its place (file:line:column for \
        CSV, file:Sheet!E7 for Excel, table, row and column for Word) and nothing is written.

        Exit status: 0 imported (or nothing to change), 1 problems in the file's cells, \
        2 the file could not be read or the command was wrong.
        """
    )

    @Argument(help: ArgumentHelp("The plan: a .docx, .xlsx or .csv file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The site folder: where Content/ is, or is to be made.", valueName: "folder"))
    var site: String = "."

    @Flag(name: .long, help: "Show what would be written, and write nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Read only this sheet of an Excel workbook.", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp(
        "Read a column with this heading as a field: ref, outcome, action, leads, priority, due, status, update, milestones or skip. Repeat for more columns.",
        valueName: "HEADING=field"))
    var column: [String] = []

    @Option(name: .long, help: ArgumentHelp("The day to write as \"updated\" on new actions, and in an action's history when its status changes (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    func run() throws {
        var mappings: [ColumnMapping] = []
        for text in column {
            switch ColumnMapping.parse(text) {
            case .success(let m): mappings.append(m)
            case .failure(let e): throw ValidationError(e.description)
            }
        }
        var today = Day.today()
        if let date {
            guard let day = Day(iso: date) else { throw ValidationError("--date wants a real date written like 2026-01-31, not \"\(date)\".") }
            today = day
        }
        let siteFolder = URL(fileURLWithPath: site, isDirectory: true)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: siteFolder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("\(site) is a file, not a folder. Give the site's folder with --site.")
        }
        let importer = PlanImport(siteFolder: siteFolder, options: .init(sheet: sheet, columns: mappings, today: today))
        let outcome: PlanImport.Outcome
        do {
            outcome = try importer.plan(file: file)
        } catch let failure as PlanImport.Failure {
            Terminal.err(failure.description)
            throw ExitCode(2)
        }
        let plan = outcome.plan
        if outcome.hasProblems {
            for p in outcome.problems { Terminal.err(p.description) }
            Terminal.err("Nothing was written: fix the \(Terminal.plural(outcome.problems.count, "problem")) above in \(file) and import again.")
            throw ExitCode(1)
        }
        if plan.actions.isEmpty {
            for n in outcome.notes { Terminal.err("note: \(n)") }
            Terminal.err("error: no actions were found in \(file): Openplan looks for a table whose heading row has an Action column.")
            throw ExitCode(1)
        }
        if !dryRun { try importer.write(outcome) }
        Terminal.out(Self.report(outcome, file: file, site: site, dryRun: dryRun))
    }

    static func report(_ outcome: PlanImport.Outcome, file: String, site: String, dryRun: Bool) -> String {
        let plan = outcome.plan
        var lines: [String] = []
        lines.append("Read \(Terminal.plural(plan.actions.count, "action")) from \(file).")
        if outcome.writes.isEmpty {
            lines.append("Nothing to change: the site already matches the file (\(Terminal.plural(outcome.unchanged, "action")) the same).")
        } else {
            let verb = dryRun ? "Would write" : "Wrote"
            let into = outcome.isNewSite ? "a new site in \(site)" : site
            lines.append("\(verb) \(Terminal.plural(outcome.writes.count, "file")) into \(into)\(dryRun ? " (dry run: nothing was written)" : ""):")
            for w in outcome.writes { lines.append("  \(w.kind == .new ? "new    " : "changed") \(w.path)") }
            if outcome.unchanged > 0 { lines.append("\(Terminal.plural(outcome.unchanged, "action")) already matched the file and were left alone.") }
        }
        if !plan.newPeople.isEmpty {
            lines.append("")
            lines.append("New leads added to Content/people.yml: write each one's role in full there.")
            for p in plan.newPeople { lines.append("  \(p.id): \"\(p.role)\" (first named at \(p.place))") }
        }
        if !plan.extraStatuses.isEmpty {
            lines.append("")
            lines.append("Statuses added to Content/site.yml for cell colours the standard scale lacks: say what each means there.")
            for s in plan.extraStatuses { lines.append("  \(s.id)") }
        }
        if !plan.emptyStatuses.isEmpty {
            lines.append("")
            lines.append("Status cells with no words and no colour: these actions start as not started.")
            for p in plan.emptyStatuses { lines.append("  \(p)") }
        }
        // Without a due column every date is missing: the notes say so once.
        let dueMissing = { (a: ImportedAction) in plan.hasDueColumn && a.due == .notSet }
        let notSet = plan.actions.filter { dueMissing($0) || $0.leads.isEmpty }
        if !notSet.isEmpty {
            lines.append("")
            lines.append("Actions with no due date or no lead in the table: shown as \"Not set yet\" until you add them.")
            for a in notSet {
                let missing = [dueMissing(a) ? "due date" : nil, a.leads.isEmpty ? "lead" : nil].compactMap { $0 }.joined(separator: ", no ")
                lines.append("  \(a.id): no \(missing) (\(a.place))")
            }
        }
        if !outcome.notes.isEmpty {
            lines.append("")
            for n in outcome.notes { lines.append("Note: \(n)") }
        }
        if !dryRun && !outcome.writes.isEmpty {
            lines.append("")
            lines.append(outcome.isNewSite
                ? "Next: edit the title and partnership in Content/site.yml, then run openplan build --site \(site)"
                : "Next: openplan build --site \(site)")
        }
        return lines.joined(separator: "\n")
    }
}
