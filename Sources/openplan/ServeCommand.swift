import ArgumentParser
import Foundation
import OpenplanCore
import OpenplanServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the website in your browser while you edit the content.",
        discussion: """
        Builds the website and shows it at an address on this computer, printed when it is \
        ready (normally http://127.0.0.1:8000/). Open that address in your web browser.

        Leave it running while you edit. Each time you save a file in Content/, Templates/ or \
        Public/, the pages it changes are rebuilt and any open page reloads by itself.

        If something in the content is wrong, every page shows what to fix and where (file, \
        line and column), and this window lists it too. Fix it and save: the website comes back.

        The preview is built in a temporary folder of its own: it never changes _site/ or \
        anything you publish. Press Ctrl-C in this window to stop it.

        Exit status: 0 stopped with Ctrl-C, 2 the command or the site folder was wrong, or the \
        preview could not listen (for example, the port is already in use).
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp(
        "The address to listen on. The default means only this computer can see the preview.",
        valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp(
        "The port to listen on (1 to 65535, or 0 for any free one). Use another if 8000 is taken.",
        valueName: "number"))
    var port = 8000

    @Flag(help: "Also print how long each step of every rebuild took, to measure the preview's speed.")
    var timings = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port wants a number from 1 to 65535 (or 0 for any free port), not \(port).")
        }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--host wants an address such as 127.0.0.1, not an empty value.")
        }
    }

    func run() throws {
        try options.requireSiteFolder()
        let asOf = try options.asOfDay()
        let content = options.siteFolder.appendingPathComponent(SiteLayout.content)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("There is no Content folder in \(options.site). Run openplan serve in the folder that holds Content, or say where it is with --site.")
        }
        var onBuild: (@Sendable (PreviewBuildReport) -> Void)?
        if timings {
            onBuild = { report in Terminal.out("Timings: \(report.timingSummary).") }
        }
        let server = PreviewServer(
            siteFolder: options.siteFolder,
            host: host,
            port: port,
            builder: PipelinePreviewBuilder(siteFolder: options.siteFolder, asOf: asOf, onBuild: onBuild),
            log: { Terminal.out($0) }
        )
        if options.asOf != nil { Terminal.out("Showing the site as of \(asOf.long).") }
        do {
            try server.runBlockingUntilInterrupted()
        } catch let error as PreviewServerError {
            Terminal.err("error: \(error.description)")
            throw ExitCode(2)
        } catch {
            Terminal.err("error: the preview stopped unexpectedly: \(error)")
            throw ExitCode(2)
        }
    }
}
