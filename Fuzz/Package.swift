// swift-tools-version:6.0
// Coverage-guided fuzzing of Dossier with libFuzzer (Linux toolchains ship it). Not part of the
// main build; see Fuzz/README.md:
//
//   cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   ./run.sh query 600
import PackageDescription

let package = Package(
    name: "DossierLibFuzz",
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [
        /// `LLVMFuzzerTestOneInput`: one input is a query (or, with DOSSIER_LIBFUZZ=snapshot/wal,
        /// a snapshot or log file) run against a small graph.
        .executableTarget(
            name: "DossierLibFuzz",
            dependencies: [.product(name: "Dossier", package: "Dossier")],
            path: "Sources/DossierLibFuzz"
        ),
    ]
)
