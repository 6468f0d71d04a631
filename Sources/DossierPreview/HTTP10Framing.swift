import NIOCore
import NIOHTTP1

/// Answers an HTTP/1.0 request as HTTP/1.0, which Hummingbird does not: its version-free HTTP
/// types answer every request as HTTP/1.1.
///
/// An HTTP/1.0 client cannot read a chunked body (RFC 9112 forbids sending it one) and closes
/// nothing by itself, so its response is written as HTTP/1.0: a body without a length (the
/// event stream) is ended by closing the connection, and so is every response to a request
/// that did not ask for keep-alive. Requests of HTTP/1.1 pass untouched.
///
/// Sits between NIO's HTTP/1 decoder and Hummingbird's conversion to HTTP types, where the
/// request's version is still known.
final class HTTP10Framing: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private struct Request {
        var isHTTP10: Bool
        var keepAlive: Bool
        var closeAfterResponse = false
    }

    /// Requests not yet answered, oldest first (a client may pipeline them).
    private var pending: [Request] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) {
            pending.append(Request(isHTTP10: head.version == .http1_0, keepAlive: head.isKeepAlive))
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head) where pending.first?.isHTTP10 == true:
            head.version = .http1_0
            let close = !pending[0].keepAlive || !head.headers.contains(name: "content-length")
            pending[0].closeAfterResponse = close
            head.headers.replaceOrAdd(name: "connection", value: close ? "close" : "keep-alive")
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .end where !pending.isEmpty:
            let request = pending.removeFirst()
            guard request.closeAfterResponse else {
                context.write(data, promise: promise)
                return
            }
            let written = context.eventLoop.makePromise(of: Void.self)
            written.futureResult.cascade(to: promise)
            written.futureResult.whenComplete { _ in context.close(promise: nil) }
            context.writeAndFlush(data, promise: written)
        default:
            context.write(data, promise: promise)
        }
    }
}
