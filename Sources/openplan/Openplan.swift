import ArgumentParser
import Foundation
import OpenplanCore

/// The `openplan` command. Kept thin: every command parses its options and hands over to the
/// OpenplanCore library, so the behaviour is tested there and here only the wording and exit
/// statuses are.
@main
struct OpenplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openplan",
        abstract: "Publish an improvement plan's progress as an accessible website.",
        discussion: """
        Openplan reads a site folder (Content/, and optionally Templates/ and Public/) and writes \
        a finished static website that works on any web server, in any folder.

        Start with:  openplan build          (builds ./Content into ./_site)
                     openplan check          (reviews the content without publishing)
        """,
        version: OpenplanCore.Openplan.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, BulletinCommand.self, ImportCommand.self,
                      ExportCommand.self, ReadabilityCommand.self]
    )

    /// Exit statuses: 0 success (warnings allowed), 1 problems in the content, 2 a usage or
    /// file-system problem. Argument parsing's own usage errors are mapped to 2 as well.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(code == .failure || code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
