import ArgumentParser
import Foundation
import OpenplanCore

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding Content/.", valueName: "folder"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp(
        "Treat this day as today, for overdue actions, \"what changed\" and \"last updated\". Use it to rebuild a site exactly as it was.",
        valueName: "YYYY-MM-DD"))
    var asOf: String?

    var siteFolder: URL { URL(fileURLWithPath: site, isDirectory: true) }

    /// The as-of day: the one given, or today's date (UTC).
    func asOfDay() throws -> Day {
        if let asOf {
            guard let day = Day(iso: asOf) else {
                throw ValidationError("--as-of wants a real date written like 2026-01-31, not \"\(asOf)\".")
            }
            return day
        }
        return Day.today()
    }

    func requireSiteFolder() throws {
        _ = try Self.existingFolder(site)
    }

    /// The folder `--site` names, or the one error every command gives when it is not a folder.
    static func existingFolder(_ site: String) throws -> URL {
        let folder = URL(fileURLWithPath: site, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("There is no folder at \(site). Give the folder that holds Content/ with --site.")
        }
        return folder
    }
}

extension Day {
    /// The real date, in UTC. The only place Openplan reads the clock.
    static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }
}
