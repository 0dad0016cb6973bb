// dossier-crashtest: the child process of the crash-consistency tests
// (Tests/DossierTests/StorageCrashTests.swift, Benchmarks/crash-stress.sh).
//
//   dossier-crashtest run PATH [--checkpoint-threshold BYTES] [--limit N]
//       opens the database at PATH and commits transactions 1, 2, 3, ... (continuing after the
//       last one present), printing `ack N` on stdout after transaction N's commit returns, until
//       killed or N reaches the limit.
//   dossier-crashtest verify PATH [--acked N]
//       reopens PATH, checks that it holds exactly transactions 1...K for some K (K ≥ N when given,
//       K ≤ N + 1), prints `ok K` and exits 0, or prints `FAIL reason` and exits 1.
//
// Transaction n (see `CrashWorkload`): creates node (:T {n}) linked from n-1 by :NEXT, sets the
// counter node's `last` to n, every 3rd adds label :Three to it, every 7th also creates 150
// :Bulk nodes, every 11th deletes the :Bulk nodes of transactions up to n − 11.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dossier

/// Writes a line to stdout unbuffered, so the parent sees every `ack` the moment it is true.
func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes[done...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if n <= 0 { if errno == EINTR { continue }; return }
        done += n
    }
}

func fail(_ message: String) -> Never {
    say("FAIL \(message)")
    exit(1)
}

var args = Array(CommandLine.arguments.dropFirst())
guard args.count >= 2 else {
    say("usage: dossier-crashtest run|verify PATH [--checkpoint-threshold BYTES] [--limit N] [--acked N]")
    exit(2)
}
let mode = args.removeFirst()
let path = args.removeFirst()
var options = DatabaseOptions()
var limit = Int.max
var acked: Int?
while !args.isEmpty {
    let flag = args.removeFirst()
    guard let value = args.first.flatMap({ Int($0) }) else { fail("bad value for \(flag)") }
    args.removeFirst()
    switch flag {
    case "--checkpoint-threshold": options.checkpointThreshold = value
    case "--limit": limit = value
    case "--acked": acked = value
    default: fail("unknown flag \(flag)")
    }
}

switch mode {
case "run":
    let db: Database
    do { db = try Database.open(path: path, options: options) } catch { fail("open: \(error)") }
    var n: Int
    do { n = try CrashWorkload.verify(db) } catch { fail("\(error)") }
    while n < limit {
        n += 1
        let txn = n
        do {
            try db.write { store in CrashWorkload.apply(txn, to: store) }
        } catch {
            fail("transaction \(txn): \(error)")
        }
        say("ack \(txn)")
    }
    do { try db.close() } catch { fail("close: \(error)") }
case "verify":
    do {
        let db = try Database.open(path: path, options: options)
        let k = try CrashWorkload.verify(db)
        if let acked, k < acked || k > acked + 1 {
            fail("database holds transactions 1...\(k) but \(acked) were acknowledged")
        }
        for w in db.openWarnings { say("warning \(w)") }
        try db.close()
        say("ok \(k)")
    } catch {
        fail("\(error)")
    }
default:
    fail("unknown mode \(mode)")
}
