import Hummingbird

/// Answers GET and HEAD for files in the output folder: index pages, the site's 404 page,
/// content types, validators (ETag, Last-Modified) and the live-reload snippet for HTML.
struct SiteFileServer: Sendable {
    let resolver: OutputPathResolver
    /// Off only for tests that want the bytes exactly as on disk.
    var injectsLiveReload = true

    init(outputDirectory: String, injectsLiveReload: Bool = true) {
        self.resolver = OutputPathResolver(root: FileSystem.absolutePath(outputDirectory))
        self.injectsLiveReload = injectsLiveReload
    }

    func respond(method: HTTPRequest.Method, rawPath: String, query: String?, headers: HTTPFields) -> Response {
        switch resolver.resolve(rawPath: rawPath) {
        case .file(let path, let name):
            return fileResponse(path: path, name: name, method: method, requestHeaders: headers)
                ?? notFound(method: method)
        case .redirect(let location):
            var responseHeaders = HTTPFields()
            responseHeaders[.location] = location + (query.map { "?" + $0 } ?? "")
            return Response(status: .movedPermanently, headers: responseHeaders)
        case .notFound:
            return notFound(method: method)
        case .forbidden:
            return plainResponse(.forbidden, "403 Forbidden: this path leads outside the output folder.\n", method: method)
        }
    }

    /// The site's own 404.html with status 404, or a plain text fallback when the site has none.
    func notFound(method: HTTPRequest.Method) -> Response {
        if case .file(let path, _) = resolver.resolve(rawPath: "/404.html"), let page = FileSystem.readFile(path) {
            let body = injectsLiveReload ? LiveReloadScript.inject(into: page) : page
            var headers = baseHeaders(contentType: "text/html; charset=utf-8")
            headers[.contentLength] = String(body.count)
            return Response(
                status: .notFound,
                headers: headers,
                body: method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body))
            )
        }
        return plainResponse(.notFound, "404 Not Found\n", method: method)
    }

    private func fileResponse(
        path: String,
        name: String,
        method: HTTPRequest.Method,
        requestHeaders: HTTPFields
    ) -> Response? {
        guard let status = FileSystem.status(of: path), status.kind == .file else { return nil }
        let contentType = MediaTypes.contentType(forFileName: name)
        let injects = injectsLiveReload && MediaTypes.isHTML(contentType)
        let validators = FileValidators(status: status, injectsLiveReload: injects)

        var headers = baseHeaders(contentType: contentType)
        headers[.eTag] = validators.entityTag
        headers[.lastModified] = validators.lastModified
        if validators.isNotModified(for: requestHeaders) {
            headers[.contentType] = nil
            var response = Response(status: .notModified, headers: headers)
            // A 304 has no body; Hummingbird's default "Content-Length: 0" would misdescribe the page.
            response.headers[.contentLength] = nil
            return response
        }
        guard injects else {
            return diskFileResponse(
                path: path, size: status.size, method: method, headers: headers, validators: validators, requestHeaders: requestHeaders)
        }
        if method == .head {
            // Same length a GET would send, without reading the file: the snippet adds a fixed count.
            headers[.contentLength] = String(status.size + LiveReloadScript.bytes.count)
            return Response(status: .ok, headers: headers)
        }
        guard let bytes = FileSystem.readFile(path) else { return nil }
        let body = LiveReloadScript.inject(into: bytes)
        headers[.contentLength] = String(body.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A file sent as it is on disk, streamed: whole, or the one range asked for (206), or 416 for
    /// a range past its end. HTML pages, whose served body is not the file's, ignore ranges.
    private func diskFileResponse(
        path: String, size: Int, method: HTTPRequest.Method, headers: HTTPFields, validators: FileValidators,
        requestHeaders: HTTPFields
    ) -> Response {
        var headers = headers
        headers[.acceptRanges] = "bytes"
        let wanted = validators.allowsRange(for: requestHeaders) ? ByteRangeRequest(header: requestHeaders[.range], size: size) : .whole
        let status: HTTPResponse.Status
        let range: ClosedRange<Int>?
        switch wanted {
        case .whole:
            (status, range) = (.ok, size > 0 ? 0...(size - 1) : nil)
        case .part(let part):
            (status, range) = (.partialContent, part)
            headers[.contentRange] = "bytes \(part.lowerBound)-\(part.upperBound)/\(size)"
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(size)"
            headers[.contentLength] = "0"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
        headers[.contentLength] = String(range?.count ?? 0)
        guard method != .head, let range else { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: FileBody.body(path: path, range: range))
    }

    private func plainResponse(_ status: HTTPResponse.Status, _ text: String, method: HTTPRequest.Method) -> Response {
        var headers = baseHeaders(contentType: "text/plain; charset=utf-8")
        headers[.contentLength] = String(text.utf8.count)
        return Response(
            status: status,
            headers: headers,
            body: method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }

    private func baseHeaders(contentType: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        // Always revalidate: a preview must show the latest build, and ETags keep that cheap.
        headers[.cacheControl] = "no-cache"
        headers[.xContentTypeOptions] = "nosniff"
        return headers
    }
}
