import Foundation
import Testing

/// Runs the built `dossier` executable, as users and scripts do.
///
/// The executable is found next to the test bundle (SwiftPM builds every product of the package
/// for `swift test`, into the same directory), else in `.build/debug/` of the repository; the
/// environment variable `DOSSIER_EXECUTABLE` overrides both.
enum Dossier {
    struct Output: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let executable: String = {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["DOSSIER_EXECUTABLE"], !explicit.isEmpty { return explicit }
        var candidates: [String] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
            // macOS: .../debug/DossierPackageTests.xctest/Contents/MacOS/DossierPackageTests
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("dossier").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/dossier").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last ?? "dossier"
    }()

    /// A scratch directory for one test.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `dossier ARGUMENTS` with `input` on standard input (through a file), waits for it to
    /// finish, and returns its exit status and output.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    currentDirectory: URL? = nil) throws -> Output {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("stdin")
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DOSSIER_HISTORY"] = ""
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }
}

/// A `dossier` process driven through pipes: write some input, wait for the output it causes.
final class PipedDossier: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Dossier.executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DOSSIER_HISTORY"] = ""
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            self.received.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Everything received so far.
    var text: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: received, as: UTF8.self)
    }

    /// Waits until the output contains `needle` (true), or `timeout` seconds pass (false).
    func waitFor(_ needle: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return text.contains(needle)
    }

    /// Closes standard input and waits for the exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }
}
