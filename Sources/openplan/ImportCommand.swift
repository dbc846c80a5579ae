import ArgumentParser

/// `openplan import`: brings content in from spreadsheets and documents.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a plan, or the leads' monthly updates, in from a spreadsheet.",
        subcommands: [ImportUpdates.self]
    )
}
