import Dossier
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `dossier-fuzz` runs, and how.
public struct FuzzConfiguration: Sendable {
    public enum Mode: String, CaseIterable, Sendable {
        case mix, query, mutate, function, storage, csv, dot, render, script, cli, session
    }
    public var mode = Mode.mix
    public var seed: UInt64 = 0
    public var count = Int.max
    public var seconds = Double.infinity
    public var lastPath = "/tmp/dossier-fuzz-last"
    public var findingsPath = "/tmp/dossier-fuzz-findings.log"
    public var repositoryRoot = FileManager.default.currentDirectoryPath
    public var scratch = "/tmp/dossier-fuzz-scratch"
    public var cancelAfter = 2.0
    public var hangAfter = 12.0
    public var memoryLimit = 2048 << 20
    public var bundledRate = 0.05
    public var graphvizRate = 0.1
    public var quiet = false
    /// Cap on the depth and length of the generator's stress shapes.
    public var maxStressSize = Int.max
    /// Print queries failing with this error code (to tune the generator).
    public var showCode: String?
    public init() {}
}

/// The fuzzing loop: picks a kind of input, records it in the last-input file before running
/// it, runs it under the watchdog, and logs every finding (a violated invariant, a query that
/// was slow to honour cancellation) once per distinct cause.
public final class FuzzSession {
    let config: FuzzConfiguration
    var random: FuzzRandom
    var generator: QueryGenerator
    var mutator: QueryMutator
    var corpus: QueryCorpus
    var storage: StorageFuzzer
    var formats: FormatFuzzer
    var functions: FunctionFuzzer
    var cli: CLIFuzzer?
    var sessions: SessionFuzzer
    let watchdog: Watchdog
    var bundled: Database?
    /// The small graph, reused until a query changes it (failed statements roll back).
    var small: Database?
    let last: LastInput
    var findings: [String: Int] = [:]
    var findingsFile: FileHandle?
    var counts: [String: Int] = [:]
    var outcomes: [String: Int] = [:]
    var total = 0

    public init(_ config: FuzzConfiguration) {
        self.config = config
        random = FuzzRandom(seed: config.seed)
        generator = QueryGenerator(seed: config.seed &+ 1)
        generator.maxStressSize = config.maxStressSize
        mutator = QueryMutator(seed: config.seed &+ 2)
        corpus = QueryCorpus(repositoryRoot: config.repositoryRoot)
        try? FileManager.default.createDirectory(atPath: config.scratch, withIntermediateDirectories: true)
        storage = StorageFuzzer(seed: config.seed &+ 3, scratch: config.scratch)
        formats = FormatFuzzer(seed: config.seed &+ 4, scratch: config.scratch)
        functions = FunctionFuzzer(seed: config.seed &+ 5)
        sessions = SessionFuzzer(seed: config.seed &+ 7, scratch: config.scratch)
        if let exe = BundledGraph.executablePath() {
            let dossier = (exe as NSString).deletingLastPathComponent + "/dossier"
            if FileManager.default.isExecutableFile(atPath: dossier) {
                cli = CLIFuzzer(seed: config.seed &+ 6, executable: dossier, scratch: config.scratch)
            }
        }
        watchdog = Watchdog(cancelAfter: config.cancelAfter, hangAfter: config.hangAfter, memoryLimit: config.memoryLimit)
        last = LastInput(path: config.lastPath)
        _ = FileManager.default.createFile(atPath: config.findingsPath, contents: nil)
        findingsFile = FileHandle(forWritingAtPath: config.findingsPath)
        findingsFile?.seekToEndOfFile()
    }

    /// Runs until the count or time is used up.
    public func run() {
        if corpus.queries.isEmpty { corpus.queries = ["MATCH (n) RETURN n", "RETURN 1"] }
        if [.mix, .storage].contains(config.mode) { storage.makeSeeds() }
        if config.bundledRate > 0, let dir = BundledGraph.locate(executablePath: nil, currentDirectory: config.repositoryRoot) {
            var options = QueryHarness.options()
            options.readOnly = true
            bundled = try? BundledGraph.database(from: dir, options: options).database
        }
        log("seed \(config.seed), corpus \(corpus.queries.count) queries, bundled graph \(bundled == nil ? "no" : "yes"), mode \(config.mode)")
        watchdog.start()
        let start = Watchdog.now()
        var lastReport = start
        while total < config.count && Watchdog.now() - start < config.seconds {
            step()
            total += 1
            let now = Watchdog.now()
            if now - lastReport >= 10 {
                lastReport = now
                report(elapsed: now - start)
            }
        }
        report(elapsed: Watchdog.now() - start)
    }

    func report(elapsed: Double) {
        let rate = Double(total) / max(elapsed, 0.001)
        let kinds = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        log(String(format: "%d inputs in %.0f s (%.0f/s): %@; %d findings", total, elapsed, rate, kinds, findings.count))
        let queries = outcomes.values.reduce(0, +)
        if queries > 0 {
            let top = outcomes.sorted { $0.value > $1.value }.prefix(8)
                .map { "\($0.key.replacingOccurrences(of: "error ", with: "")) \(100 * $0.value / queries)%" }
            log("query outcomes: " + top.joined(separator: ", "))
        }
    }

    func log(_ s: String) {
        guard !config.quiet else { return }
        FileHandle.standardError.write(Data("dossier-fuzz: \(s)\n".utf8))
    }

    func pickMode() -> FuzzConfiguration.Mode {
        guard config.mode == .mix else { return config.mode }
        switch random.below(100) {
        case 0..<36: return .query
        case 36..<70: return .mutate
        case 70..<82: return .function
        case 82..<87: return .script
        case 87..<92: return .render
        case 92..<94: return .csv
        case 94..<96: return .storage
        case 96..<98: return .session
        case 98: return cli != nil && random.chance(0.3) ? .cli : .dot
        default: return .dot
        }
    }

    func step() {
        let mode = pickMode()
        counts[mode.rawValue, default: 0] += 1
        switch mode {
        case .query, .mix: runQuery(generator.statement(), kind: "query")
        case .mutate:
            let a = random.pick(corpus.queries), b = random.pick(corpus.queries)
            runQuery(mutator.mutate(a, other: b), kind: "query")
        case .function:
            let (f, args) = functions.nextInput()
            let text = "RETURN \(f.name)(" + args.map { ValueText().literal($0) }.joined(separator: ", ") + ")"
            last.record(kind: "function", text: text)
            watchdog.begin(nil, label: "function \(f.name)")
            let outcome = functions.run(f, args)
            watchdog.end()
            judge(outcome, input: text)
        case .storage:
            let (snapshot, log) = storage.nextInput()
            last.record(kind: "storage", bytes: snapshot, log: log)
            watchdog.begin(nil, label: "storage")
            let outcome = storage.runIsolated(snapshot: snapshot, log: log, memoryLimit: 1 << 30, timeout: config.hangAfter - 2)
            watchdog.end()
            if outcome.hasPrefix("large") { outcomes["storage: huge id space (known)", default: 0] += 1 }
            if outcome.contains("VIOLATION") {
                let name = config.repositoryRoot + "/Tests/DossierTests/Fuzz/crashers/storage-\(config.seed)-\(total)"
                _ = FileManager.default.createFile(atPath: name + ".input", contents: Data(snapshot))
                _ = FileManager.default.createFile(atPath: name + ".wal", contents: Data(log))
            }
            judge(outcome, input: "(storage input: \(snapshot.count) + \(log.count) bytes)")
        case .csv:
            let bytes = formats.csvBytes()
            last.record(kind: "csv", bytes: bytes)
            watchdog.begin(nil, label: "csv")
            let outcome = formats.runCSV(bytes)
            watchdog.end()
            judge(outcome, input: String(decoding: bytes, as: UTF8.self))
        case .dot:
            let strings = formats.dotStrings()
            let text = strings.joined(separator: "\u{1E}")
            last.record(kind: "dot", text: text)
            watchdog.begin(nil, label: "dot")
            let outcome = formats.runDot(strings: strings, renderWithGraphviz: random.chance(config.graphvizRate))
            watchdog.end()
            judge(outcome, input: text.debugDescription)
        case .render:
            last.record(kind: "render", text: "seed state \(formats.random)")
            watchdog.begin(nil, label: "render")
            let outcome = formats.runRenderers()
            watchdog.end()
            judge(outcome, input: "(render)")
        case .session:
            let steps = sessions.nextInput()
            let text = steps.joined(separator: ";\n")
            last.record(kind: "session", text: text)
            watchdog.begin(nil, label: "session")
            let outcome = sessions.run(steps)
            watchdog.end()
            if let outcome { judge(outcome, input: text) }
        case .cli:
            guard var fuzzer = cli else { return }
            let (arguments, input) = fuzzer.nextInput()
            cli = fuzzer
            last.record(kind: "cli", bytes: input)
            watchdog.begin(nil, label: "cli")
            let outcome = fuzzer.run(arguments: arguments, input: input, timeout: config.hangAfter - 2)
            watchdog.end()
            if let outcome {
                let saved = config.scratch + "/cli-input-\(config.seed)-\(total).bin"
                _ = FileManager.default.createFile(atPath: saved, contents: Data(input))
                judge("VIOLATION " + outcome, input: "dossier \(arguments) < \(saved)\n" + String(decoding: input, as: UTF8.self))
            }
        case .script:
            let text = random.chance(0.5) ? mutator.mutate(random.pick(corpus.queries), other: "; " + random.pick(corpus.queries))
                : generator.statement() + ";" + random.pick(["", "\n", " // c;\n", "/* ; */", "'", "\"", "`", ";;"]) + generator.statement()
            last.record(kind: "script", text: text)
            watchdog.begin(nil, label: "script")
            let outcome = formats.runScriptText(text)
            watchdog.end()
            judge(outcome, input: text)
        }
    }

    /// Runs a query against a fresh small graph (or, sometimes, the bundled graph).
    func runQuery(_ query: String, kind: String) {
        let parameters = QueryHarness.parameters(&random)
        last.record(kind: kind, text: query)
        let useBundled = bundled != nil && random.chance(config.bundledRate)
        if small == nil { small = QueryHarness.freshDatabase() }
        let db = useBundled ? bundled! : small!
        watchdog.begin(db, label: "query")
        var outcome: String
        do {
            let result = try db.execute(query, parameters: parameters)
            outcome = "result"
            if result.statistics.containsUpdates && !useBundled { small = nil }
            if random.chance(0.3) { _ = QueryHarness.renderEverywhere(result, database: db, random: &random) }
        } catch {
            outcome = "error \(error.kind.rawValue).\(error.code.rawValue)"
            if error.code.rawValue == config.showCode && random.chance(0.01) {
                print("\(query.prefix(400))\n   → \(error.location.map(\.description) ?? "-") \(error.message.prefix(200))\n")
            }
            if let v = QueryHarness.violation(of: error) {
                outcome = "VIOLATION \(v): \(error.kind.rawValue).\(error.code.rawValue): \(error.message)"
            }
            _ = ErrorRenderer(sourceName: "q.cypher", source: nil).text(error, statement: query, start: .start)
            _ = ErrorRenderer(sourceName: "", source: query).json(error, start: .start)
        }
        let elapsed = watchdog.end()
        if elapsed > config.cancelAfter + 1 {
            record(finding: "SLOW cancel: \(String(format: "%.1f", elapsed)) s", input: query, key: "slow:" + query.prefix(40))
        }
        outcomes[outcome.hasPrefix("VIOLATION") ? "violation" : outcome, default: 0] += 1
        judge(outcome, input: query)
    }

    func judge(_ outcome: String, input: String) {
        guard let range = outcome.range(of: "VIOLATION ") else { return }
        let what = String(outcome[range.upperBound...])
        // One entry per distinct cause: the message with digits and quoted text removed.
        let key = String(what.prefix(90).filter { !$0.isNumber })
        record(finding: what, input: input, key: key)
    }

    func record(finding: String, input: String, key: String) {
        findings[key, default: 0] += 1
        guard findings[key, default: 0] <= 2 else { return }
        log("finding: \(finding.prefix(300))")
        findingsFile?.write(Data("=== \(finding)\n\(input.prefix(20_000))\n\n".utf8))
    }
}

/// The input about to run, written before it runs, so that when the process dies the
/// culprit is on disk: `PATH` holds the input (query text, or a snapshot's bytes),
/// `PATH.kind` its kind, and `PATH.wal` a log's bytes for storage inputs.
final class LastInput {
    let path: String
    private let fd: Int32
    private var kind = ""

    init(path: String) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }

    func record(kind: String, text: String) {
        record(kind: kind, bytes: Array(text.utf8))
    }

    func record(kind: String, bytes: [UInt8], log: [UInt8]? = nil) {
        if kind != self.kind {
            self.kind = kind
            _ = FileManager.default.createFile(atPath: path + ".kind", contents: Data((kind + "\n").utf8))
        }
        _ = ftruncate(fd, 0)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        if let log { _ = FileManager.default.createFile(atPath: path + ".wal", contents: Data(log)) }
    }
}
