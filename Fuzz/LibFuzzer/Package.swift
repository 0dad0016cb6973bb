// swift-tools-version:6.0
// Coverage-guided fuzzing of Dossier with libFuzzer (Linux toolchains ship it). Not part of the
// main build; see Fuzz/LibFuzzer/README.md:
//
//   cd Fuzz/LibFuzzer && ./run.sh query 600
import Foundation
import PackageDescription

/// The repository root, whose package identity is its directory's name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "DossierLibFuzz",
    dependencies: [.package(path: root.path)],
    targets: [
        /// `LLVMFuzzerTestOneInput`: one input is a query (or, with DOSSIER_LIBFUZZ=snapshot/wal,
        /// a snapshot or log file) run against a small graph.
        .executableTarget(
            name: "DossierLibFuzz",
            dependencies: [.product(name: "Dossier", package: root.lastPathComponent.lowercased())],
            path: "Sources/DossierLibFuzz"
        ),
    ]
)
