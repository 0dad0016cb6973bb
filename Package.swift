// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .library(name: "Dossier", targets: ["Dossier"]),
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .executable(name: "dossier-bench", targets: ["DossierBench"]),
        .executable(name: "dossier-crashtest", targets: ["DossierCrashTest"]),
        .executable(name: "dossier-fuzz", targets: ["DossierFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        /// The engine: storage, query pipeline, output formats, export. No terminal code.
        .target(
            name: "Dossier",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            path: "Sources/Dossier"
        ),
        /// GNU readline, through the system library (Debian: libreadline-dev).
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        /// The `dossier` command: a thin client of the library.
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "Dossier", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/DossierCLI"
        ),
        /// Child process of the crash-consistency tests: commits numbered transactions until killed.
        .executableTarget(name: "DossierCrashTest", dependencies: ["Dossier"], path: "Sources/DossierCrashTest"),
        /// `dossier-bench`: LDBC SNB against Kùzu, and scaling runs.
        .executableTarget(
            name: "DossierBench",
            dependencies: ["Dossier", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/DossierBench"
        ),
        /// `dossier-fuzz`: generated and mutated queries, files and values thrown at the library
        /// (looped by Benchmarks/fuzz.sh); its generator also drives FuzzSmokeTests.
        .executableTarget(name: "DossierFuzz", dependencies: ["Dossier"], path: "Sources/DossierFuzz"),
        .testTarget(name: "DossierTests", dependencies: ["Dossier", "DossierFuzz"], path: "Tests/DossierTests", exclude: ["Golden", "Fuzz"]),
        .testTarget(name: "TCKTests", dependencies: ["Dossier"], path: "Tests/TCKTests", exclude: ["passing.txt"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Dossier"], path: "Tests/EndToEndTests", exclude: ["Golden"]),
    ]
)
