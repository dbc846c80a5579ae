import ArgumentParser
import Foundation
import OpenplanCore

/// `openplan bulletin MONTH`: the month's bulletin as an email draft (`.eml`) to open in a
/// desktop mail program, address and send.
struct BulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "Make a month's bulletin into an email draft (.eml) for your mail program.",
        discussion: """
        Builds the bulletin for MONTH (written like 2026-02, or the bulletin's file name) \
        exactly as the website's email.html and email.txt, and writes both into one draft \
        email, MONTH.eml. Open it in Outlook, Thunderbird or Apple Mail, add the people to \
        send it to, and send it. The site needs a base_url, because links in an email must \
        be full web addresses.

        Exit status: 0 written, 1 there is no bulletin for that month or the content has \
        errors, 2 the command was wrong.
        """
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: ArgumentHelp("The bulletin's month, like 2026-02.", valueName: "month"))
    var month: String

    @Option(help: ArgumentHelp("Where to write the draft (default: MONTH.eml in the current folder).", valueName: "file"))
    var output: String?

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let build = SiteBuild(siteFolder: options.siteFolder, asOf: asOf)
        let prepared = build.prepare()
        guard let plan = prepared.plan, let renderer = prepared.renderer else {
            Terminal.report(prepared.diagnostics)
            if prepared.usageProblem { throw ExitCode(2) }
            Terminal.err("The content could not be read: fix the errors above first.")
            throw ExitCode(1)
        }
        let bulletin: Bulletin
        switch plan.bulletin(forMonth: month) {
        case .found(let b): bulletin = b
        case .notAMonth:
            Terminal.err("error: \"\(month)\" is not a month: write it like 2026-02.")
            throw ExitCode(2)
        case .none(let available):
            let list = available.isEmpty ? "There are no bulletins yet: start one with openplan new bulletin."
                : "Bulletins exist for \(available.joined(separator: ", "))."
            Terminal.err("error: there is no bulletin for \(month). \(list)")
            throw ExitCode(1)
        }
        let diagnostics = build.diagnostics(of: prepared)
        if diagnostics.contains(where: { $0.severity == .error }) {
            Terminal.report(diagnostics)
            Terminal.err("No draft was written: fix the errors above first, so the email matches the website.")
            throw ExitCode(1)
        }
        guard let email = renderer.email(for: bulletin.id) else {
            Terminal.err("error: Content/site.yml has no base_url, and an email needs full web addresses for its links. Add the address the site is published at, like base_url: https://example.org/send-progress/")
            throw ExitCode(1)
        }
        let draft = EmailDraft(bulletin: bulletin, site: plan.site, email: email)
        let url = URL(fileURLWithPath: output ?? "\(bulletin.id.slug).eml")
        do {
            try DraftFileCheck.check(file: url, siteFolder: options.siteFolder)
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode(2)
        }
        do {
            try Data(draft.render().utf8).write(to: url)
        } catch {
            Terminal.err("error: could not write \(url.path) (\(FileProblem.reason(for: error))).")
            throw ExitCode(2)
        }
        Terminal.out("Wrote \(url.standardizedFileURL.path): open it in your mail program, add who to send it to, and send.")
    }
}
