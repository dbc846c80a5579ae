import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket.
///
/// Tests need to send request paths exactly as written (`/../`, `%2e%2e`, backslashes), which
/// URL types and HTTP libraries tidy up before sending. Blocking socket calls run on a Dispatch
/// queue, not the shared concurrency pool the server itself needs, and every read has a timeout.
struct RawHTTPReply: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends one request with `Connection: close` and reads the whole reply.
    static func request(_ method: String = "GET", _ target: String, port: Int) async throws -> RawHTTPReply {
        let text = try await offPool {
            let socket = try RawSocket(port: port)
            defer { socket.close() }
            try socket.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            return try socket.readToEnd(deadline: .now() + 10)
        }
        return try parse(text, method: method)
    }

    static func get(_ target: String, port: Int) async throws -> RawHTTPReply {
        try await request("GET", target, port: port)
    }

    static func parse(_ text: String, method: String) throws -> RawHTTPReply {
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "No complete reply: \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "Bad status line: \(lines[0])")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return RawHTTPReply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// A connected TCP socket to 127.0.0.1 with blocking reads bounded by a deadline.
final class RawSocket: @unchecked Sendable {
    private let descriptor: Int32
    private var received: [UInt8] = []

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTP.Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(descriptor)
            throw RawHTTP.Failure(description: "Could not connect to port \(port)")
        }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw RawHTTP.Failure(description: "send() failed") }
            sent += count
        }
    }

    /// Reads until the other side closes the connection.
    func readToEnd(deadline: DispatchTime) throws -> String {
        while try readSome(deadline: deadline) {}
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until `text` has arrived (anywhere in everything received), or the deadline passes.
    /// Returns false if it did not arrive.
    func read(until text: String, deadline: DispatchTime) -> Bool {
        while !String(decoding: received, as: UTF8.self).contains(text) {
            guard (try? readSome(deadline: deadline)) == true else {
                return String(decoding: received, as: UTF8.self).contains(text)
            }
        }
        return true
    }

    /// Whether the server closed the connection before the deadline.
    func waitForClose(deadline: DispatchTime) -> Bool {
        while true {
            do {
                if try !readSome(deadline: deadline) { return true }
            } catch {
                return false
            }
        }
    }

    var everything: String { String(decoding: received, as: UTF8.self) }

    /// One read; false at end of stream; throws when the deadline passes first.
    private func readSome(deadline: DispatchTime) throws -> Bool {
        let left = Int(deadline.uptimeNanoseconds) - Int(DispatchTime.now().uptimeNanoseconds)
        guard left > 0 else { throw RawHTTP.Failure(description: "Timed out; received so far: \(everything)") }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(left / 1_000_000) + 1) > 0 else { return try readSome(deadline: deadline) }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        received += chunk[..<count]
        return true
    }

    func close() {
        Glibc.close(descriptor)
    }
}
