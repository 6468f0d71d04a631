import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

/// A temporary output folder with a small site, a secret next to it (outside the output folder),
/// and the preview application serving it.
final class TestSite {
    let folder: TemporaryDirectory
    let hub = ReloadHub()

    /// The output folder.
    var root: String { folder.url("site") }

    static let homePage = "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>"
    static let iranPage = "<!doctype html><html><body><h1>Iran</h1></BODY></html>"
    static let notFoundPage = "<!doctype html><html><body><h1>Custom not found</h1></body></html>"
    static let secret = "TOP-SECRET-OUTSIDE-OUTPUT"

    init(with404 include404: Bool = true) throws {
        folder = try TemporaryDirectory()
        try folder.write("secret.txt", Self.secret)
        try folder.write("site/index.html", Self.homePage)
        try folder.write("site/actors/iran/index.html", Self.iranPage)
        try folder.write("site/actors/iran/fragment.html", "<p>no body tag</p>")
        if include404 {
            try folder.write("site/404.html", Self.notFoundPage)
        }
        try folder.write("site/assets/site.css", "body { color: #222; } /* </body> */")
        try folder.write("site/assets/app.js", "console.log('hi')")
        try folder.write("site/data.json", "{\"html\":\"</body>\"}")
        try folder.write("site/feed.xml", "<?xml version=\"1.0\"?><feed/>")
        try folder.write("site/sitemap.xml", "<?xml version=\"1.0\"?><urlset/>")
        try folder.write("site/robots.txt", "User-agent: *")
        try folder.write("site/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try folder.write("site/assets/pixel.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try folder.write("site/assets/photo.jpg", Data([0xFF, 0xD8, 0xFF]))
        try folder.write("site/assets/photo.webp", Data("RIFF".utf8))
        try folder.write("site/favicon.ico", Data([0, 0, 1, 0]))
        try folder.write("site/assets/font.woff2", Data("wOF2".utf8))
        try folder.write("site/download.bin", Data([1, 2, 3]))
    }

    var app: Application<PreviewResponder> {
        PreviewServer.makeApplication(
            configuration: PreviewConfiguration(outputDirectory: root, watchedDirectories: []),
            hub: hub
        )
    }

    /// Runs `body` against the application in process (no sockets).
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await app.test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
