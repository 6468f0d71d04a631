import Hummingbird

/// Routes preview requests: the live-reload event stream, otherwise files from the output folder.
///
/// A plain responder instead of Hummingbird's Router because every path is a file lookup and
/// the traversal checks need the raw, still-encoded request path.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let files: SiteFileServer
    let hub: ReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        let isReadMethod = request.method == .get || request.method == .head
        guard isReadMethod else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers)
        }
        if path == LiveReloadScript.eventsPath {
            return request.method == .get ? EventStream.response(hub: hub) : Response(status: .ok)
        }
        return files.respond(method: request.method, rawPath: path, query: request.uri.query, headers: request.headers)
    }
}
