import Foundation

/// Renders DOT to SVG or PNG with the Graphviz `dot` program, when it is installed.
public enum GraphvizRenderer {
    /// Output formats `dot -T` is asked for.
    public enum Format: String, Sendable, CaseIterable {
        case svg, png
    }

    /// How to install Graphviz, for error messages.
    public static let installHint = "Graphviz is not installed: install it with `apt-get install graphviz` (Debian, Ubuntu), "
        + "`brew install graphviz` (macOS) or from https://graphviz.org/download/"

    /// The `dot` executable on `PATH`, if any.
    public static func dotExecutable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// What `dot` produced: the rendered bytes and anything it printed on standard error
    /// (warnings; empty when all is well).
    public struct Output: Sendable {
        public var data: Data
        public var diagnostics: String
    }

    /// Runs `dot -T<format>` on `dot`.
    /// - Throws: `DossierError` (`DatabaseError.IOError`) when Graphviz is missing or fails.
    public static func render(_ dot: String, format: Format) throws(DossierError) -> Output {
        guard let exe = dotExecutable() else { throw DossierError.storage(.ioError, installHint) }
        let process = Process()
        process.executableURL = exe
        process.arguments = ["-T\(format.rawValue)"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            throw DossierError.storage(.ioError, "cannot run \(exe.path): \(error)")
        }
        // Read both pipes while writing, so a large graph cannot deadlock on full pipe buffers.
        let collector = PipeCollector(stdout: stdout, stderr: stderr)
        stdin.fileHandleForWriting.write(Data(dot.utf8))
        try? stdin.fileHandleForWriting.close()
        let (data, errData) = collector.wait()
        process.waitUntilExit()
        let diagnostics = String(decoding: errData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw DossierError.storage(.ioError, "dot failed (exit \(process.terminationStatus)): \(diagnostics)")
        }
        return Output(data: data, diagnostics: diagnostics)
    }
}

/// Drains a process's standard output and error on background threads.
private final class PipeCollector: @unchecked Sendable {
    private var out = Data(), err = Data()
    private let group = DispatchGroup()

    init(stdout: Pipe, stderr: Pipe) {
        group.enter()
        Thread.detachNewThread { [self] in
            out = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        Thread.detachNewThread { [self] in
            err = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
    }

    func wait() -> (Data, Data) {
        group.wait()
        return (out, err)
    }
}
