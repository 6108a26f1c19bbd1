// swift-tools-version: 6.0
// The module tree is the architecture:
//   DatasetReaders → DatasetStore → ReportPlugins → ReportModel → ReportWriters
// with BaocaoKit wiring them together and `baocao` a thin command line on top.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "baocao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .library(name: "BaocaoKit", targets: ["BaocaoKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, found with pkg-config.
        .systemLibrary(
            name: "CXlsxWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        // OpenSSL's libcrypto: SHA-256 for batch manifests.
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        // libxml2's SAX parser, which streams the XML parts of Excel workbooks.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // posix_spawn's chdir action and pipe2, which Swift's Glibc module leaves out.
        .systemLibrary(name: "CSpawn"),

        // Runs a program in bounds: its own process group, a time limit, an output cap, no shell.
        .target(name: "ProcessSupport", dependencies: ["CSpawn"], swiftSettings: strict),

        // A read-only SQLite virtual table over columns in memory: the store's large tables.
        .target(name: "CColumnTables", dependencies: ["CSQLite"]),

        // A small SQLite connection in GRDB's manner: the dataset store, and SQLite datasets.
        .target(name: "SQLiteSupport", dependencies: ["CSQLite", "CColumnTables", "ReportModel"], swiftSettings: strict),

        // A safe Swift face for libxlsxwriter: no C type crosses its API.
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"], swiftSettings: strict),

        // Calendar days, periods and the report document every plugin produces.
        .target(name: "ReportModel", swiftSettings: strict),

        // CSV, XLSX and SQLite + dataset.yaml → typed tables, with validation.
        .target(
            name: "DatasetReaders",
            dependencies: [
                "CLibXML2", "ReportModel", "SQLiteSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict),

        // The embedded SQLite store that plugins query.
        .target(
            name: "DatasetStore", dependencies: ["DatasetReaders", "ReportModel", "SQLiteSupport"],
            swiftSettings: strict),

        // The plugin protocol, the registry and the built-in report plugins.
        .target(
            name: "ReportPlugins",
            dependencies: [
                "DatasetStore", "ProcessSupport", "ReportModel", "SQLiteSupport",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),

        // Report documents → JSON, CSV, TXT, XLSX.
        .target(name: "ReportWriters", dependencies: ["ReportModel", "XlsxWriter"], swiftSettings: strict),

        // The bundled label and narrative templates (Templates/), as resources.
        .target(
            name: "BaocaoTemplates", path: "Templates",
            exclude: ["README.md"], resources: [.copy("vi"), .copy("en")], swiftSettings: strict),

        // The bundled declarative plugins (Plugins/), as resources. Report plugins, not SwiftPM plugins.
        .target(
            name: "BundledPlugins", path: "Plugins",
            exclude: ["README.md"],
            resources: [.copy("classification"), .copy("meeting-quality")], swiftSettings: strict),

        // The example external plugins (Examples/Plugins): `plugins new --external` copies the Python one.
        .target(
            name: "ExamplePlugins", path: "Examples/Plugins",
            exclude: ["event-count"], resources: [.copy("meeting-score")], swiftSettings: strict),

        // `baocao sample`: deterministic synthetic datasets in CSV, XLSX or SQLite.
        .target(
            name: "SampleData", dependencies: ["DatasetReaders", "ReportModel", "SQLiteSupport", "XlsxWriter"],
            swiftSettings: strict),

        // The engine: validate a dataset, run plugins, hand documents to writers.
        .target(
            name: "BaocaoKit",
            dependencies: [
                "DatasetReaders", "DatasetStore", "ReportPlugins", "ReportModel", "ReportWriters",
                "BaocaoTemplates", "BundledPlugins", "CCrypto", "ExamplePlugins",
            ],
            swiftSettings: strict),

        .executableTarget(
            name: "baocao",
            dependencies: [
                "BaocaoKit", "DatasetReaders", "ReportModel", "ReportPlugins", "ReportWriters", "SampleData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"], swiftSettings: strict),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter"], swiftSettings: strict),
        .testTarget(
            name: "DatasetTests", dependencies: ["DatasetReaders", "DatasetStore", "ReportModel", "SQLiteSupport"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "ReportWritersTests", dependencies: ["ReportWriters", "ReportModel"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "BaocaoTests",
            dependencies: ["BaocaoKit", "baocao", "ReportPlugins", "SampleData", "DatasetReaders", "DatasetStore", "ReportModel",
                           "ReportWriters"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
    ]
)
