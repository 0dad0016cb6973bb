import Foundation
import Testing
@testable import Dossier

/// Kill-and-reopen: a child process (`dossier-crashtest run`) commits numbered transactions and
/// prints `ack N` after each; it is SIGKILLed at a random moment, and the reopened database must
/// hold exactly transactions 1...K with K the last acknowledged one or the one in flight.
/// `Benchmarks/crash-stress.sh` runs any number of trials.
@Suite(.serialized) struct StorageCrashTests {
    struct Trial {
        var acked: Int
        var recovered: Int
        var warnings: [String]
    }

    /// Runs the helper on `path`, kills it after `delay` seconds, then verifies.
    /// `previous`: transactions the database already held (acknowledged by an earlier trial).
    static func trial(path: String, previous: Int, delay: Double, checkpointThreshold: Int) throws -> Trial {
        guard let exe = StorageTestSupport.crashTestExecutable() else { throw StorageTestSupport.HelperMissing() }
        let outPath = path + ".out"
        defer { StorageTestSupport.remove(outPath) }
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        guard let out = FileHandle(forWritingAtPath: outPath) else { throw StorageTestSupport.HelperMissing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["run", path, "--checkpoint-threshold", String(checkpointThreshold)]
        p.standardOutput = out
        try p.run()
        Thread.sleep(forTimeInterval: delay)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        try out.close()
        let lines = String(decoding: try StorageTestSupport.readFile(outPath), as: UTF8.self).split(separator: "\n")
        if let failure = lines.first(where: { $0.hasPrefix("FAIL") }) {
            Issue.record("the writer failed: \(failure)")
        }
        let acked = max(previous, lines.compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }.last ?? 0)
        let (status, output) = try StorageTestSupport.runHelper(["verify", path, "--acked", String(acked)])
        let verifyLines = output.split(separator: "\n")
        let recovered = verifyLines.compactMap { $0.hasPrefix("ok ") ? Int($0.dropFirst(3)) : nil }.last ?? -1
        #expect(status == 0, "after \(acked) acknowledged transactions: \(output)")
        return Trial(acked: acked, recovered: recovered,
                     warnings: verifyLines.filter { $0.hasPrefix("warning") }.map(String.init))
    }

    @Test func killedWriterLosesNothingAcknowledged() throws {
        guard StorageTestSupport.crashTestExecutable() != nil else {
            Issue.record("dossier-crashtest is not built")
            return
        }
        var rng = SplitMix(seed: UInt64(Date().timeIntervalSince1970 * 1000))
        var trials: [Trial] = []
        var path = StorageTestSupport.scratchPath("crash")
        var previous = 0
        for i in 0..<24 {
            // Every third trial starts afresh; the others continue the recovered database.
            if i % 3 == 0 {
                StorageTestSupport.remove(path)
                path = StorageTestSupport.scratchPath("crash")
                previous = 0
            }
            let delay = 0.05 + Double(rng.next() % 400) / 1000
            let threshold = i % 2 == 0 ? 16_384 : 1 << 20  // small: checkpoints get killed too
            let t = try Self.trial(path: path, previous: previous, delay: delay, checkpointThreshold: threshold)
            #expect(t.recovered >= t.acked && t.recovered <= t.acked + 1,
                    "trial \(i): \(t.acked) acknowledged, \(t.recovered) recovered")
            previous = max(t.recovered, 0)
            trials.append(t)
        }
        StorageTestSupport.remove(path)
        // The trials must have done real work.
        #expect(trials.contains { $0.acked > 20 }, "\(trials.map(\.acked))")
    }
}
