import ArgumentParser
import Foundation
import OpenplanCore
import OpenplanImport

/// `openplan import updates FILE`: the leads' filled-in update sheet, back into the actions.
struct ImportUpdates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "updates",
        abstract: "Bring the leads' filled-in update sheet (.xlsx or .csv) back into the plan.",
        discussion: """
        For each row with anything in New status, New due date or Update, sets the action's \
        status and due date, sets "updated" to the date, and adds a line to its history with \
        the date, the status and the update as its note. Only those keys change in each file: \
        the rest, and the body, stay exactly as they were. Blank rows change nothing, and \
        importing the same sheet again changes nothing.

        Every row is checked first: an unknown status or an unreadable date is reported at its \
        cell (like updates.xlsx:Updates!H7), and then no file is written.

        Exit status: 0 imported (or nothing to do), 1 problems in the sheet or the content, 2 the \
        command was wrong or a file could not be read or written.
        """
    )

    @Argument(help: ArgumentHelp("The update sheet, as made by `openplan export updates` and filled in.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding Content/.", valueName: "folder"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("The day the updates were given (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(help: "Show what would change, and write nothing.")
    var dryRun = false

    func run() throws {
        let siteFolder = try SiteOptions.existingFolder(site)
        let day: Day
        if let date {
            guard let given = Day(iso: date) else { throw ValidationError("--date wants a real date written like 2026-02-10, not \"\(date)\".") }
            day = given
        } else {
            day = Day.today()
        }
        guard let format = OfficeFileReader.format(of: file), format == .xlsx || format == .csv else {
            throw ValidationError("The update sheet should be an Excel workbook (.xlsx) or a CSV file (.csv), not \"\(file)\".")
        }
        let document: SourceDocument
        do {
            document = try OfficeFileReader().read(path: file, displayName: (file as NSString).lastPathComponent)
        } catch let error as OfficeReadError {
            Terminal.err(error.description)
            throw ExitCode(2)
        }
        let loaded = ContentLoader(siteFolder: siteFolder).load()
        guard let plan = loaded.plan, !loaded.hasErrors else {
            Terminal.report(loaded.diagnostics)
            if loaded.isUsageProblem { throw ExitCode(2) }
            Terminal.err("The content could not be read: fix the errors above first. Nothing was written.")
            throw ExitCode(1)
        }
        let importer = UpdateImport(plan: plan, siteFolder: siteFolder, date: day)
        let outcome = importer.prepare(document)
        if !outcome.problems.isEmpty {
            for problem in outcome.problems { Terminal.err(problem.description) }
            Terminal.err("\(Terminal.plural(outcome.problems.count, "problem")) in the sheet. Nothing was written: fix the cells above and import it again.")
            throw ExitCode(1)
        }
        let labels = Dictionary(plan.site.statuses.statuses.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for change in outcome.changes {
            var parts: [String] = []
            let from = labels[change.fromStatus] ?? change.fromStatus, to = labels[change.toStatus] ?? change.toStatus
            parts.append(from == to ? "still \(to)" : "\(from) → \(to)")
            if let due = change.due { parts.append("due \(due)") }
            if change.note != nil { parts.append("update noted") }
            Terminal.out("Action \(change.action.raw) (\(change.file)): " + parts.joined(separator: "; "))
        }
        if !outcome.alreadyImported.isEmpty {
            Terminal.out("Already in the plan, so left alone: action\(outcome.alreadyImported.count == 1 ? "" : "s") "
                         + outcome.alreadyImported.map(\.raw).joined(separator: ", ") + ".")
        }
        if outcome.edits.isEmpty {
            Terminal.out("Nothing to change.")
            return
        }
        if dryRun {
            Terminal.out("Dry run: \(Terminal.plural(outcome.edits.count, "file")) would change. Nothing was written.")
            return
        }
        do {
            try importer.write(outcome.edits)
        } catch {
            Terminal.err("error: could not write the changes: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        Terminal.out("Updated \(Terminal.plural(outcome.edits.count, "file")) from \(Terminal.plural(outcome.changes.count, "row")).")
    }
}
