import Foundation

/// Runs the built `openplan` binary the way a user would, capturing what it prints.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits beside the test bundle in SwiftPM's build folder.
    static var binary: URL {
        var dir = URL(fileURLWithPath: Swift.CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("openplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("openplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("could not find the openplan binary next to the tests")
    }

    /// - Parameter timeout: the run is killed after this many seconds, so a hang fails the test
    ///   instead of stalling the suite.
    static func run(_ arguments: [String], in folder: URL? = nil, timeout: Double = 120) throws -> Result {
        try run(executable: binary, arguments, in: folder, timeout: timeout)
    }

    /// Runs as a user without special rights, so permission bits apply: root may open any file,
    /// so a test of "this folder cannot be read" run as root would pass without testing anything.
    /// As root, the command runs as `nobody` through `setpriv`; otherwise as the current user.
    static func runWithoutRootRights(_ arguments: [String], timeout: Double = 120) throws -> Result {
        guard geteuid() == 0 else { return try run(arguments, timeout: timeout) }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path) else {
            throw CLIError("these tests run as root and need /usr/bin/setpriv (util-linux) to run openplan as another user")
        }
        // A copy in a folder anyone may enter: the checkout itself may be private to root.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-unprivileged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("openplan")
        try FileManager.default.copyItem(at: binary, to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return try run(executable: setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments,
                       in: nil, timeout: timeout)
    }

    /// Starts `process` and returns what to await for its end, so a test that waits on builds
    /// for many seconds does not hold one of the few threads of Swift's shared pool (two on a
    /// two-core machine), which the preview server's tests need at the same time.
    static func start(_ process: Process) throws -> AsyncStream<Void> {
        let (ended, continuation) = AsyncStream.makeStream(of: Void.self)
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
        return ended
    }

    /// `run`, awaiting the end of the process rather than blocking a thread for it.
    static func runAsync(_ arguments: [String], timeout: Double = 120) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFile = folder.appendingPathComponent("out"), errFile = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let out = try FileHandle(forWritingTo: outFile), err = try FileHandle(forWritingTo: errFile)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        let ended = try start(process)
        try? out.close()
        try? err.close()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        for await _ in ended {}
        watchdog.cancel()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self))
    }

    struct CLIError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private static func run(executable: URL, _ arguments: [String], in folder: URL?, timeout: Double) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        // Standard error goes to a file, so neither stream can fill up and stall the child while
        // the other is read.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        try? err.close()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        let e = (try? Data(contentsOf: errFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}

/// A throwaway site folder written from inline text files.
struct ScratchSite {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-cli-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every file below `folder`, relative path → bytes.
    func snapshot(_ folder: String) throws -> [String: Data] {
        let base = folder.isEmpty ? root : root.appendingPathComponent(folder)
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = e?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            out[String(url.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    /// A small but complete site: every content type, one of each.
    static let minimal: [String: String] = [
        "Content/site.yml": """
        title: Test progress
        partnership: Test Partnership
        base_url: https://example.org/test/
        """,
        "Content/people.yml": "- { id: L1, role: Head of SEND, organisation: Test Council }\n",
        "Content/glossary.yml": "- { term: EHCP, stands_for: \"Education, Health and Care plan\", meaning: A legal plan. }\n",
        "Content/priorities/1.md": "---\ntitle: Working together\nsummary: We work with families.\n---\nWhy this matters.\n",
        "Content/actions/1.1.md": """
        ---
        title: Agree a new way to share plans
        priority: "1"
        leads: [L1]
        due: 2026-03
        status: on-track
        updated: 2025-12-01
        ---
        ## What we are doing

        Sharing every EHCP on time.
        """,
        "Content/measures/m.json": """
        {"id": "M1", "title": "Plans on time", "unit": "percent", "direction": "increase", "priority": "1",
         "baseline": {"date": "2025-01", "value": 40}, "targets": [{"date": "2026-03", "value": 60}],
         "actuals": [{"date": "2025-09", "value": 45}]}
        """,
        "Content/feedback/f1.md": """
        ---
        date: 2025-11-10
        theme: EHC plans
        you_said: We could not see our plans.
        we_did: We share them now.
        status: done
        actions: [1.1]
        ---
        """,
        "Content/bulletins/2025-12.md": "---\ntitle: December 2025 update\ndate: 2025-12-19\nsummary: News.\n---\n{{progress}}\n",
        "Content/pages/about.md": "---\ntitle: About\nnav: true\n---\nAbout us.\n",
    ]
}
