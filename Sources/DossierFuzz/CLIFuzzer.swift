import Dossier
import Foundation

/// Types at the `dossier` command: random meta-commands with odd arguments, queries, unfinished
/// statements, control characters and invalid UTF-8 on standard input (and odd options on the
/// command line). The process must end with a status, never a signal, and within the time limit.
public struct CLIFuzzer {
    public var random: FuzzRandom
    let executable: String
    let scratch: String
    var generator: QueryGenerator

    public init(seed: UInt64, executable: String, scratch: String) {
        random = FuzzRandom(seed: seed)
        generator = QueryGenerator(seed: seed ^ 0xC11)
        generator.maxStressSize = 2_000
        self.executable = executable
        self.scratch = scratch
    }

    static let numbers = ["0", "1", "-1", "3", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e3",
                          "0x10", "", "99999999999999999999999", "2147483648", " 5 ", "NaN"]
    static let paths = ["/dev/null", "/dev/full", "/etc", "/nonexistent/x", "/proc/self/status", "''", "\"\"", "out.txt",
                        "/tmp/dossier-fuzz-scratch/cli-out.txt", "-", "~", "a b", "/tmp/dossier-fuzz-scratch/cli.cypher"]
    static let keys = ["doc-000", "kadyrov", "0", "1", "-1", "9223372036854775807", "''", "ü", "🏳️‍🌈", "a\tb", "\"\"", "--depth"]

    /// One input: command-line arguments and the bytes typed on standard input.
    public mutating func nextInput() -> (arguments: [String], input: [UInt8]) {
        var args: [String] = []
        if random.chance(0.2) {
            args += random.pick([["--format", random.pick(OutputFormat.allCases.map(\.rawValue) + ["x", ""])],
                                 ["--param", "p=" + generator.literal()], ["-P", random.pick(["x", "=", "1=", "p=[[["])],
                                 ["--continue-on-error"], ["--read-only"], [":memory:"], ["-c", generator.statement()]])
        }
        var text: [UInt8] = []
        for _ in 0..<random.int(1...12) {
            text += Array(line().utf8)
            if random.chance(0.05) { text += random.pick([[0], [0xFF], [0xC3], [0xE2, 0x82], [0x1B, 0x5B, 0x41], [0x7F], [0x04], [0x0D]]) }
            text += random.chance(0.9) ? [0x0A] : [0x0D, 0x0A]
        }
        if random.chance(0.1) { text += Array(random.pick(["MATCH (n", "RETURN 'unterminated", "/* open comment", ":export dot"]).utf8) }
        return (args, text)
    }

    mutating func line() -> String {
        switch random.below(24) {
        case 0: return ":maxrows " + random.pick(Self.numbers)
        case 1: return ":maxwidth " + random.pick(Self.numbers)
        case 2: return ":format " + random.pick(OutputFormat.allCases.map(\.rawValue) + ["x", "", "JSON"])
        case 3: return ":param " + random.pick(["p", "1", "x y", "", "9223372036854775808", "clear"]) + " " + generator.expression()
        case 4: return ":params"
        case 5: return ":find " + random.pick(Self.keys + ["", "%", "_", ".*"])
        case 6:
            // (svg and png of much of the bundled graph take Graphviz longer than the time limit)
            let format = random.pick(["dot", "dot", "svg", "png", "x", ""])
            let path = random.pick(Self.paths)
            if format == "svg" || format == "png" {
                return ":export \(format) \(path) --around " + random.pick(Self.keys) + " --depth " + random.pick(["0", "1", "-1", "x"])
            }
            return ":export \(format) \(path) " + random.pick(["", "--all", "--around " + random.pick(Self.keys),
                "--around " + random.pick(Self.keys) + " --depth " + random.pick(Self.numbers), generator.statement() + ";"])
        case 7: return ":source " + random.pick(Self.paths)
        case 8: return ":output " + random.pick(Self.paths + [""])
        case 9: return random.pick([":begin", ":commit", ":rollback", ":checkpoint", ":stats", ":schema", ":evidence", ":timing on",
                                    ":timing off", ":help", ":help " + random.pick(["schema", "formats", "keys", "x", "export"]), ":", "::",
                                    ":q extra", ":h", ":?", ":nosuch", ":PARAM x 1"])
        case 10: return String(repeating: random.pick(["(", "[", "{", "'", "\"", "`", ";", "\\"]), count: random.int(1...3000))
        case 11: return generator.statement()
        default: return generator.statement() + ";"
        }
    }

    /// Runs `dossier` with the input; `nil` when all is well, else what went wrong.
    public func run(arguments: [String], input: [UInt8], timeout: Double) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "cannot start \(executable): \(error)" }
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return "CLI HANG: still running after \(Int(timeout)) s"
        }
        if process.terminationReason == .uncaughtSignal {
            return "CLI CRASH: signal \(process.terminationStatus)"
        }
        return [0, 1, 2, 64].contains(process.terminationStatus) ? nil : "CLI exit status \(process.terminationStatus)"
    }
}
