import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `openplan serve` as a person runs it: the address it prints, a page it serves, Ctrl-C, and
/// the exit statuses when it cannot start.
@Suite(.serialized) struct ServeCommandTests {
    @Test func printsTheAddressServesTheSiteAndStopsOnCtrlC() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let serve = try RunningServe(["serve", "--site", site.root.path, "--port", "0", "--as-of", "2026-01-31"])
        defer { serve.kill() }
        let address = try #require(serve.waitForAddress(within: 60), "stdout: \(serve.stdout)\nstderr: \(serve.stderr)")
        #expect(address.hasPrefix("http://127.0.0.1:"))
        #expect(serve.stdout.contains("Showing the site as of 31 January 2026."))

        let home = try #require(Self.get(address))
        #expect(home.status == 200)
        #expect(home.body.contains("Test progress"))
        #expect(try #require(Self.get(address + "actions/1-1/")).body.contains("Agree a new way to share plans"))

        // A second preview on the same port explains itself and exits with status 2.
        let port = try #require(URL(string: address)?.port)
        let second = try CLI.run(["serve", "--site", site.root.path, "--port", "\(port)"])
        #expect(second.status == 2)
        #expect(second.stderr.contains("port \(port) on 127.0.0.1 is already in use"), "\(second.stderr)")
        #expect(second.stderr.contains("--port"))

        serve.interrupt()
        #expect(serve.waitForExit(within: 20) == 0)
        #expect(serve.stdout.hasSuffix("Preview stopped.\n"), "\(serve.stdout)")
    }

    @Test func aWrongPortOrFolderIsAUsageError() throws {
        let badPort = try CLI.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2)
        #expect(badPort.stderr.contains("70000"))

        let noFolder = try CLI.run(["serve", "--site", "/nonexistent/openplan-site"])
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("/nonexistent/openplan-site"))

        let empty = try ScratchSite(["README.txt": "nothing here"])
        defer { empty.remove() }
        let noContent = try CLI.run(["serve", "--site", empty.root.path])
        #expect(noContent.status == 2)
        #expect(noContent.stderr.contains("no Content folder"))
    }

    @Test func helpExplainsHowToUseAndStopIt() throws {
        let help = try CLI.run(["serve", "--help"])
        #expect(help.status == 0)
        let folded = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("Press Ctrl-C in this window to stop it."))
        #expect(folded.contains("--port"))
        #expect(folded.contains("--as-of"))
    }

    static func get(_ address: String) -> (status: Int, body: String)? {
        guard let url = URL(string: address) else { return nil }
        let done = DispatchSemaphore(value: 0)
        let box = ReplyBox()
        URLSession.shared.dataTask(with: url) { data, response, _ in
            if let response = response as? HTTPURLResponse {
                box.set((response.statusCode, String(decoding: data ?? Data(), as: UTF8.self)))
            }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 20)
        return box.value
    }
}

private final class ReplyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var reply: (Int, String)?
    func set(_ value: (Int, String)) { lock.withLock { reply = value } }
    var value: (status: Int, body: String)? { lock.withLock { reply.map { (status: $0.0, body: $0.1) } } }
}

/// `openplan serve` running in the background, its output collected as it arrives.
private final class RunningServe: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = CLI.binary
        process.arguments = arguments
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        outPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            self?.lock.withLock { self?.out.append(chunk) }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            self?.lock.withLock { self?.err.append(chunk) }
        }
        try process.run()
    }

    var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// The address from "Preview running at …", once printed.
    func waitForAddress(within seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, process.isRunning {
            if let line = stdout.split(separator: "\n").first(where: { $0.hasPrefix("Preview running at ") }),
               let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }) {
                return String(address)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    func interrupt() { process.interrupt() }

    func waitForExit(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { return nil }
        // Let the last output arrive.
        Thread.sleep(forTimeInterval: 0.2)
        return process.terminationStatus
    }

    func kill() {
        if process.isRunning { process.terminate() }
    }
}
