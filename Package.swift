// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Openplan",
    platforms: [.macOS(.v15)],  // Hummingbird 2 needs macOS 14; the standard library's Mutex, 15
    products: [
        .executable(name: "openplan", targets: ["openplan"]),
        .library(name: "OpenplanCore", targets: ["OpenplanCore"]),
        .library(name: "OpenplanServer", targets: ["OpenplanServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The system cmark-gfm library (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The only module that touches the C API.
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // The pipeline: files → raw → model → views → HTML → disk.
        .target(
            name: "OpenplanCore",
            dependencies: [
                "Markdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The live preview (`openplan serve`): the only target that depends on Hummingbird,
        // so the core library and `build` stay free of a web server.
        .target(
            name: "OpenplanServer",
            dependencies: [
                "OpenplanCore",
                "Markdown",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Reading a plan from Word, Excel and CSV files (`openplan import`): the only target
        // that depends on ZIP and CSV libraries.
        .target(
            name: "OpenplanImport",
            dependencies: [
                "OpenplanCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "openplan",
            dependencies: [
                "OpenplanCore",
                "OpenplanImport",
                "OpenplanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(
            name: "OpenplanCoreTests",
            dependencies: ["OpenplanCore"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "OpenplanCLITests", dependencies: ["openplan"]),
        .testTarget(
            name: "OpenplanImportTests",
            dependencies: ["OpenplanImport", "OpenplanCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "OpenplanServerTests",
            dependencies: [
                "OpenplanServer",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ]
)

// Fuzz targets (libFuzzer), only when scripts/fuzz asks for them: they have no `main` of
// their own, so they cannot be part of a normal build.
if Context.environment["OPENPLAN_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["OpenplanCore", "FuzzSupport"], path: "Fuzz/FuzzFrontMatter"),
        .executableTarget(name: "FuzzJSON", dependencies: ["OpenplanCore", "FuzzSupport"], path: "Fuzz/FuzzJSON"),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["Markdown", "FuzzSupport"], path: "Fuzz/FuzzMarkdown"),
    ]
}
