import Foundation
import Testing
@testable import Dossier

@Suite struct ParserStackTests {
    static func deepQueries(_ n: Int) -> [String] {
        [
            "RETURN " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n),
            "RETURN " + String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n),
            "RETURN " + String(repeating: "{a: ", count: n) + "1" + String(repeating: "}", count: n),
            "RETURN " + String(repeating: "f(", count: n) + "1" + String(repeating: ")", count: n),
            "MATCH (n) WHERE " + String(repeating: "exists((n)-->({a: ", count: n / 2) + "1"
                + String(repeating: "}))", count: n / 2) + " RETURN n",
        ]
    }

    /// Parses `queries` on a new thread with `stackSize` bytes of stack.
    static func parse(_ queries: [String], stackSize: Int) async -> [String] {
        await withCheckedContinuation { (continuation: CheckedContinuation<[String], Never>) in
            let thread = Thread {
                var out: [String] = []
                for q in queries {
                    do { _ = try Parser.parse(q, options: DatabaseOptions()); out.append("ok") } catch {
                        out.append((error as? DossierError)?.code.rawValue ?? "\(error)")
                    }
                }
                continuation.resume(returning: out)
            }
            thread.stackSize = stackSize
            thread.start()
        }
    }

    /// The deepest accepted nesting parses on an 8 MiB stack (even in debug builds).
    @Test func maxDepthParses() async {
        let queries = Self.deepQueries(DatabaseOptions().maxNestingDepth - 1)
        let results = await Self.parse(queries, stackSize: 8 << 20)
        #expect(results == Array(repeating: "ok", count: queries.count))
    }

    /// On a small stack, deep nesting is an error, never a crash.
    @Test func smallStackReportsNestingTooDeep() async {
        let queries = Self.deepQueries(20_000)
        let results = await Self.parse(queries, stackSize: 512 << 10)
        #expect(results == Array(repeating: "NestingTooDeep", count: queries.count))
    }
}
