import Foundation
import Hummingbird

/// Answers every request the preview gets: the live reload event stream, or a file of the
/// built site, checked by `PreviewRequestPath` and `PreviewFileResolver` so nothing outside the
/// preview folder can be read.
///
/// A responder of its own rather than Hummingbird's router and file middleware, so the path the
/// browser sent is seen exactly as sent, before anything decodes or tidies it.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    var resolver: PreviewFileResolver
    var state: PreviewState

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = Self.commonHeaders(contentType: "text/plain; charset=utf-8")
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers, body: Self.body("Only GET and HEAD are allowed.\n"))
        }
        let response = await respondToGet(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func respondToGet(_ request: Request) async -> Response {
        let rawPath = request.uri.path
        if rawPath == LiveReloadScript.eventsPath {
            return await eventStream()
        }
        guard let path = PreviewRequestPath(raw: Substring(rawPath)) else {
            return await notFound()
        }
        switch resolver.resolve(path) {
        case .notFound:
            return await notFound()
        case .addSlash:
            var headers = Self.commonHeaders(contentType: "text/plain; charset=utf-8")
            headers[.location] = rawPath + "/" + (request.uri.query.map { "?" + $0 } ?? "")
            return Response(status: .movedPermanently, headers: headers, body: Self.body("Moved to a folder.\n"))
        case .file(let file):
            let contentType = PreviewContentType.forFile(named: file)
            if contentType == PreviewContentType.html {
                return await page(at: file, status: .ok)
            }
            guard let data = FileManager.default.contents(atPath: file) else { return await notFound() }
            return Response(
                status: .ok,
                headers: Self.commonHeaders(contentType: contentType),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
            )
        }
    }

    /// An HTML page with the live reload script added, or the problems page while the content
    /// has errors (whatever page was asked for, so the open tab shows what to fix).
    private func page(at file: String?, status: HTTPResponse.Status) async -> Response {
        let (generation, problems) = await (state.generation, state.problems)
        let html: String
        var status = status
        if let problems {
            html = PreviewErrorPage.html(for: problems)
            status = .internalServerError
        } else if let file, let data = FileManager.default.contents(atPath: file) {
            html = String(decoding: data, as: UTF8.self)
        } else {
            html = Self.fallbackNotFoundPage
        }
        return Response(
            status: status,
            headers: Self.commonHeaders(contentType: PreviewContentType.html),
            body: Self.body(LiveReloadScript.inject(into: html, generation: generation))
        )
    }

    private func notFound() async -> Response {
        await page(at: resolver.notFoundPage(), status: .notFound)
    }

    /// Server-sent events: `hello` at once, then `reload` or `error` after each build.
    private func eventStream() async -> Response {
        let events = await state.listen()
        var headers = Self.commonHeaders(contentType: "text/event-stream; charset=utf-8")
        headers[.connection] = "keep-alive"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // If the connection drops, browsers reconnect after this many milliseconds.
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            for await event in events {
                try await writer.write(ByteBuffer(string: event.text))
            }
            try await writer.finish(nil)
        })
    }

    private static func commonHeaders(contentType: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        // Every response reflects the latest save, so nothing may be kept by the browser.
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }

    private static func body(_ text: String) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(string: text))
    }

    /// Shown for a missing page when the site has no `404.html` of its own.
    static let fallbackNotFoundPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>Page not found – Openplan preview</title></head>
        <body><main><h1>Page not found</h1><p>There is no page at this address in the preview.</p></main></body>
        </html>

        """
}
