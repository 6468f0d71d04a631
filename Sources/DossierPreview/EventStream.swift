import Hummingbird
import ServiceLifecycle

/// The `GET /__dossier/events` response: a `text/event-stream` fed by the reload hub.
enum EventStream {
    static func response(hub: ReloadHub) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        // No Content-Length, so the body goes out chunked and each event reaches the page at once.
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                let events = hub.subscribe()
                // The retry hint makes EventSource reconnect quickly after `dossier serve` restarts;
                // the first write also tells the page (and tests) the stream is live.
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                // Graceful shutdown ends the loop even if the hub is never closed, so an open page
                // can never keep the server from stopping.
                for await chunk in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: chunk))
                }
                try await writer.finish(nil)
            }
        )
    }
}
