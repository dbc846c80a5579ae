import ArgumentParser
import Foundation
import OpenplanCore
import OpenplanImport

/// `openplan import readings FILE`: a data team's figures, into the measures' JSON files.
struct ImportReadings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readings",
        abstract: "Add measures' readings from a spreadsheet (.csv or .xlsx).",
        discussion: """
        The first row names the columns: measure, date and value, and optionally group (like \
        "Area: Eden", for a breakdown's group) and note, in any order. Each row is one reading. \
        It is added to its measure's file under Content/measures/, in date order; only the \
        readings lists it changes are rewritten, and the rest of the file stays as it was.

        A reading on a date that already has the same figure changes nothing, so importing the \
        same file again changes nothing. A different figure on that date replaces the old one, \
        and the summary says so. A row with no value but a note is a reading with no figure, \
        the note saying why.

        Dates may be a month (2025-12, Dec 2025), a day (2025-12-31, 31/12/2025), a quarter \
        (2025 Q3 is July to September) or a financial year's quarter (2025/26 Q3 is October to \
        December 2025). Values may be written 52.0, 1,234 or 46.4% (for a percentage).

        Every row is checked first: an unknown measure or group, or a date or value that cannot \
        be read, is reported at its cell (like readings.csv:7:3), and then no file is written.

        Exit status: 0 imported (or nothing to change), 1 problems in the file or the measures, \
        2 the command was wrong or a file could not be read or written.
        """
    )

    @Argument(help: ArgumentHelp("The readings: a .csv file, or an Excel workbook (.xlsx).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding Content/.", valueName: "folder"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Read only this sheet of an Excel workbook.", valueName: "name"))
    var sheet: String?

    @Flag(help: "Show what would change, and write nothing.")
    var dryRun = false

    func run() throws {
        let siteFolder = try SiteOptions.existingFolder(site)
        guard let format = OfficeFileReader.format(of: file), format == .xlsx || format == .csv else {
            throw ValidationError("The readings should be a CSV file (.csv) or an Excel workbook (.xlsx), not \"\(file)\".")
        }
        let document: SourceDocument
        do {
            document = try OfficeFileReader().read(path: file, displayName: (file as NSString).lastPathComponent, sheet: sheet)
        } catch let error as OfficeReadError {
            Terminal.err(error.description)
            throw ExitCode(2)
        }
        let loaded = ContentLoader(siteFolder: siteFolder).load()
        let measureErrors = ReadingsImport.measureFileErrors(loaded)
        guard let plan = loaded.plan, measureErrors.isEmpty, !loaded.isUsageProblem else {
            Terminal.report(loaded.plan == nil ? loaded.diagnostics : measureErrors)
            if loaded.isUsageProblem { throw ExitCode(2) }
            Terminal.err("The measures could not be read: fix the errors above first. Nothing was written.")
            throw ExitCode(1)
        }
        let importer = ReadingsImport(plan: plan, siteFolder: siteFolder)
        let outcome = importer.prepare(document)
        for warning in outcome.warnings { Terminal.err(warning.description) }
        if !outcome.problems.isEmpty {
            for problem in outcome.problems { Terminal.err(problem.description) }
            Terminal.err("\(Terminal.plural(outcome.problems.count, "problem")) in \(document.file). Nothing was written: "
                         + "fix \(outcome.problems.count == 1 ? "it" : "them") and import the file again.")
            throw ExitCode(1)
        }
        Terminal.out(Self.summary(outcome, file: document.file, dryRun: dryRun))
        if outcome.edits.isEmpty || dryRun { return }
        do {
            try importer.write(outcome.edits)
        } catch {
            Terminal.err("error: could not write the changes: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        Terminal.out("Next: openplan build --site \(site)")
    }

    static func summary(_ outcome: ReadingsImport.Outcome, file: String, dryRun: Bool) -> String {
        var lines = ["Read \(Terminal.plural(outcome.rows, "reading")) from \(file)."]
        var measures: [ItemID] = []
        for change in outcome.changes where !measures.contains(change.measure) { measures.append(change.measure) }
        for id in measures {
            let changes = outcome.changes.filter { $0.measure == id && !($0.added.isEmpty && $0.corrected.isEmpty) }
            guard let first = changes.first else { continue }
            let heading = "\(id.raw) (\(first.file))"
            if changes.count == 1, first.group == nil {
                lines.append(heading + ": " + describe(first))
                continue
            }
            lines.append(heading + ":")
            for change in changes { lines.append("  \(change.group.map { "\($0)" } ?? "its own figures"): " + describe(change)) }
        }
        if outcome.unchanged > 0 {
            lines.append("\(Terminal.plural(outcome.unchanged, "reading")) already in the measures, so left alone.")
        }
        if outcome.edits.isEmpty {
            lines.append("Nothing to change.")
        } else {
            // "would add …" before a dry run's end, "added …" after a real one.
            func verbs(_ add: String, _ correct: String) -> String {
                var did: [String] = []
                if outcome.added > 0 { did.append("\(add) \(Terminal.plural(outcome.added, "new reading"))") }
                if outcome.corrected > 0 { did.append("\(correct) \(Terminal.plural(outcome.corrected, "reading"))") }
                return did.joined(separator: " and ") + " in \(Terminal.plural(outcome.edits.count, "file"))"
            }
            lines.append(dryRun ? "Dry run: would \(verbs("add", "correct")). Nothing was written."
                                : "Done: \(verbs("added", "corrected")).")
        }
        return lines.joined(separator: "\n")
    }

    /// `2 new readings (September 2025, December 2025); corrected March 2025: was 52, now 52.4`.
    static func describe(_ change: ReadingsImport.SeriesChange) -> String {
        var parts: [String] = []
        if !change.added.isEmpty {
            parts.append(Terminal.plural(change.added.count, "new reading") + " (" + change.added.map(\.long).joined(separator: ", ") + ")")
        }
        for c in change.corrected { parts.append("corrected \(c.date.long): was \(c.was), now \(c.now)") }
        return parts.joined(separator: "; ")
    }
}
