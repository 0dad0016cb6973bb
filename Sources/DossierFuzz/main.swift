import Dossier
import Foundation
#if canImport(Glibc)
import Glibc
#endif

let usage = """
    usage: dossier-fuzz [options]
           dossier-fuzz --replay KIND FILE     run one saved input (query, script, csv, storage, session, dot)

    options:
      --mode MODE          mix (default), query, mutate, function, storage, session, csv, dot, render, script, cli
      --seed N             random seed (default: from the clock)
      --count N            stop after N inputs
      --time SECONDS       stop after SECONDS
      --last FILE          where each input is written before it runs (default /tmp/dossier-fuzz-last)
      --findings FILE      log of findings (default /tmp/dossier-fuzz-findings.log)
      --root DIR           repository root, for the corpus (default: current directory)
      --scratch DIR        scratch directory (default /tmp/dossier-fuzz-scratch)
      --cancel-after S     cancel a query after S seconds (default 2)
      --hang-after S       exit 3 when an input runs S seconds (default 12)
      --memory-mb N        exit 4 when resident memory passes N MB (default 2048)
      --stack-kb N         run (or replay) on a thread with an N KB stack (default: the main thread)
      --bundled-rate P     share of queries run against the bundled graph (default 0.05)
      --graphviz-rate P    share of DOT inputs rendered by `dot` (default 0.1)
      --max-stress N       cap the depth/length of generated deep and long queries (default none)
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dossier-fuzz: \(message)\n\(usage)\n".utf8))
    exit(64)
}

/// The command line: the configuration, an optional stack size, an optional input to replay.
func parseArguments(_ args: [String]) -> (FuzzConfiguration, Int?, (kind: String, file: String)?) {
    var config = FuzzConfiguration()
    config.seed = UInt64(Date().timeIntervalSince1970 * 1000) ^ UInt64(getpid())
    var stackKB: Int?
    var replay: (kind: String, file: String)?
    var arguments = args[...]
    func value(_ name: String) -> String {
        guard let v = arguments.popFirst() else { fail("\(name) needs a value") }
        return v
    }
    func number(_ name: String) -> Double {
        guard let d = Double(value(name)) else { fail("\(name) needs a number") }
        return d
    }
    while let arg = arguments.popFirst() {
        switch arg {
        case "--mode":
            guard let m = FuzzConfiguration.Mode(rawValue: value(arg)) else { fail("unknown mode") }
            config.mode = m
        case "--seed": config.seed = UInt64(value(arg)) ?? 0
        case "--count": config.count = Int(number(arg))
        case "--time": config.seconds = number(arg)
        case "--last": config.lastPath = value(arg)
        case "--findings": config.findingsPath = value(arg)
        case "--root": config.repositoryRoot = value(arg)
        case "--scratch": config.scratch = value(arg)
        case "--cancel-after": config.cancelAfter = number(arg)
        case "--hang-after": config.hangAfter = number(arg)
        case "--memory-mb": config.memoryLimit = Int(number(arg)) << 20
        case "--stack-kb": stackKB = Int(number(arg))
        case "--bundled-rate": config.bundledRate = number(arg)
        case "--graphviz-rate": config.graphvizRate = number(arg)
        case "--quiet": config.quiet = true
        case "--max-stress": config.maxStressSize = Int(number(arg))
        case "--show-code": config.showCode = value(arg)
        case "--replay": replay = (value(arg), value(arg))
        case "-h", "--help": print(usage); exit(0)
        default: fail("unknown option \(arg)")
        }
    }
    return (config, stackKB, replay)
}

/// Runs one saved input and prints what happened.
func replayInput(kind: String, file: String, config: FuzzConfiguration) -> Never {
    guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
    let text = String(decoding: data, as: UTF8.self)
    var outcome: String
    switch kind {
    case "query":
        let db = QueryHarness.freshDatabase()
        let watchdog = Watchdog(cancelAfter: config.cancelAfter, hangAfter: config.hangAfter, memoryLimit: config.memoryLimit)
        watchdog.start()
        watchdog.begin(db, label: "replay")
        do {
            let r = try db.execute(text)
            outcome = "result: \(r.columns) \(r.rows.count) rows"
            var random = FuzzRandom(seed: 1)
            _ = QueryHarness.renderEverywhere(r, database: db, random: &random)
        } catch {
            outcome = "error: \(error.kind.rawValue).\(error.code.rawValue) at \(error.location.map(\.description) ?? "-"): \(error.message)"
        }
        outcome += String(format: " (%.2f s)", watchdog.end())
    case "script":
        var formats = FormatFuzzer(seed: 1, scratch: config.scratch)
        outcome = formats.runScriptText(text)
    case "csv":
        try? FileManager.default.createDirectory(atPath: config.scratch, withIntermediateDirectories: true)
        var formats = FormatFuzzer(seed: 1, scratch: config.scratch)
        outcome = formats.runCSV(Array(data))
    case "storage":
        try? FileManager.default.createDirectory(atPath: config.scratch, withIntermediateDirectories: true)
        let log = FileManager.default.contents(atPath: file + ".wal") ?? Data()
        let storage = StorageFuzzer(seed: 1, scratch: config.scratch)
        outcome = storage.run(snapshot: Array(data), log: Array(log))
    case "session":
        try? FileManager.default.createDirectory(atPath: config.scratch, withIntermediateDirectories: true)
        let steps = text.components(separatedBy: ";\n")
        outcome = SessionFuzzer(seed: 1, scratch: config.scratch).run(steps) ?? "ok"
    case "dot":
        var formats = FormatFuzzer(seed: 1, scratch: config.scratch)
        outcome = formats.runDot(strings: text.components(separatedBy: "\u{1E}"), renderWithGraphviz: true)
    default:
        fail("cannot replay inputs of kind \(kind)")
    }
    print(outcome)
    exit(0)
}

let (config, stackKB, replay) = parseArguments(Array(CommandLine.arguments.dropFirst()))

// Address space cap: a runaway allocation fails here rather than dragging the machine into swap.
var limit = rlimit(rlim_cur: rlim_t(max(config.memoryLimit * 4, 8 << 30)), rlim_max: rlim_t.max)
setrlimit(Int32(RLIMIT_AS.rawValue), &limit)

if let stackKB {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        if let replay { replayInput(kind: replay.kind, file: replay.file, config: config) }
        FuzzSession(config).run()
        done.signal()
    }
    thread.stackSize = stackKB << 10
    thread.start()
    done.wait()
} else {
    if let replay { replayInput(kind: replay.kind, file: replay.file, config: config) }
    FuzzSession(config).run()
}
