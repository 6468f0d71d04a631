import Foundation

/// Where the package's own folders are. The test target excludes Fixtures/ and Snapshots/ from
/// its resources, so they are found from this file's path rather than through Bundle.module.
enum TestPaths {
    /// The folder that holds Package.swift.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let testsRoot = packageRoot + "/Tests/DossierKitTests"
    static let fixtures = testsRoot + "/Fixtures"
    static let snapshots = testsRoot + "/Snapshots"
    /// The real default theme.
    static let templates = packageRoot + "/Templates"

    static func fixture(_ name: String) -> String { fixtures + "/" + name }
}
