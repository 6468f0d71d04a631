// swift-tools-version:6.0
import PackageDescription

// DossierKit holds everything that turns Content/ + Templates/ into a site and stays free of
// server dependencies, so its tests build fast; only DossierPreview pulls in Hummingbird, and it
// knows nothing of DossierKit: the dossier executable joins the two.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already there for Hummingbird; named so the preview can add a handler of its own to the
        // HTTP/1 pipeline (HTTP10Framing).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(name: "CMalloc"),
        // jemalloc, configured by allocator.c: a build peaks 15% lower than with glibc's malloc,
        // for about the same CPU time. Linux only; elsewhere the system allocator stays.
        .target(
            name: "Allocator",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .target(
            name: "DossierKit",
            dependencies: [
                "CCmark",
                "CMalloc",
                // For its libyaml (the CYaml module), whose events YAMLComposer reads directly.
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedDefaultTheme"]
        ),
        // The default theme, Templates/, goes into the binary: see DefaultTheme.
        .executableTarget(name: "dossier-embed-theme"),
        .plugin(
            name: "EmbedDefaultTheme",
            capability: .buildTool(),
            dependencies: ["dossier-embed-theme"],
            path: "Sources/EmbedDefaultTheme"
        ),
        .target(
            name: "DossierPreview",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "Allocator",
                "DossierKit",
                "DossierPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: []
        ),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(
            name: "DossierPreviewTests",
            dependencies: [
                "DossierPreview",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "dossierTests",
            dependencies: ["DossierKit"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
