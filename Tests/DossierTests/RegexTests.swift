import Testing
@testable import Dossier

@Suite struct RegexTests {
    func m(_ s: String, _ p: String) throws(DossierError) -> Bool {
        guard case .bool(let b) = try Value.regexMatch(.string(s), .string(p)) else {
            Issue.record("expected a boolean")
            return false
        }
        return b
    }

    @Test func literalsAndWholeMatch() throws {
        #expect(try m("abc", "abc"))
        #expect(try !m("abc", "a"))
        #expect(try !m("abc", "b"))
        #expect(try m("", ""))
        #expect(try m("a.c", "a\\.c"))
        #expect(try !m("abc", "a\\.c"))
        #expect(try m("abc", "a.c"))
        #expect(try m("back\\slash", "back\\\\slash"))
    }

    @Test func classesAndEscapes() throws {
        #expect(try m("x7", "[a-z]\\d"))
        #expect(try !m("X7", "[a-z]\\d"))
        #expect(try m("X", "[^a-z]"))
        #expect(try m("a_1", "\\w+"))
        #expect(try !m("a-1", "\\w+"))
        #expect(try m(" \t\n", "\\s*"))
        #expect(try m("ab", "\\S\\S"))
        #expect(try m("-", "[a-]"))
        #expect(try m("]", "[]a]"))
        #expect(try m("d", "[a-c[d-f]]"))
        #expect(try m("é", "\\p{L}"))
        #expect(try !m("1", "\\p{L}"))
        #expect(try m("1", "\\P{L}"))
        #expect(try m("A", "\\x41"))
        #expect(try m("A", "\\u0041"))
        #expect(try m("a+b", "\\Qa+b\\E"))
    }

    @Test func quantifiersAndGroups() throws {
        #expect(try m("aaa", "a*"))
        #expect(try m("", "a*"))
        #expect(try !m("", "a+"))
        #expect(try m("ab", "ab?"))
        #expect(try m("a", "ab?"))
        #expect(try m("aaa", "a{3}"))
        #expect(try !m("aa", "a{3}"))
        #expect(try m("aaaa", "a{2,}"))
        #expect(try m("aa", "a{1,3}"))
        #expect(try !m("aaaa", "a{1,3}"))
        #expect(try m("abab", "(ab)+"))
        #expect(try m("abab", "(?:ab)+"))
        #expect(try m("cat", "cat|dog"))
        #expect(try m("dog", "cat|dog"))
        #expect(try !m("cow", "cat|dog"))
        #expect(try m("aaa", "a+?"))
        #expect(try m("xy", "(?<name>x)y"))
    }

    @Test func flagsAndAnchors() throws {
        #expect(try m("ABC", "(?i)abc"))
        #expect(try !m("ABC", "abc"))
        #expect(try m("ÉCOLE", "(?i)école"))
        #expect(try m("Ab", "(?i:a)b"))
        #expect(try !m("AB", "(?i:a)b"))
        #expect(try !m("a\nb", "a.b"))
        #expect(try m("a\nb", "(?s)a.b"))
        #expect(try m("abc", "^abc$"))
        #expect(try m("a\nb", "(?m)a$\\n^b"))
        #expect(try m("foo bar", "foo\\b.*"))
        #expect(try m("a b", "(?x) a \\s b # comment"))
    }

    @Test func nullAndNonStrings() throws {
        #expect(try Value.regexMatch(.null, "a") == .null)
        #expect(try Value.regexMatch("a", .null) == .null)
        #expect(try Value.regexMatch(1, "1") == .null)
    }

    @Test func errors() {
        for bad in ["(", "a)", "[a", "*a", "a**", "a{2,1}", "\\", "[z-a]", "(?q)", "\\p{Nope}"] {
            #expect(throws: DossierError.self, "\(bad)") { try m("x", bad) }
            do { _ = try m("x", bad) } catch {
                #expect(error.kind == .argumentError && error.code == .invalidRegex, "\(bad): \(error)")
            }
        }
        for unsupported in ["(a)\\1", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)", "(?>a)", "a*+", "[a&&b]"] {
            do { _ = try m("x", unsupported); Issue.record("\(unsupported) accepted") } catch {
                #expect(error.kind == .notSupported, "\(unsupported): \(error)")
            }
        }
    }

    @Test func catastrophicPatternsAreFast() throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            #expect(try !m(String(repeating: "a", count: 50), "(a|aa)*b"))
            #expect(try !m(String(repeating: "a", count: 30) + "!", "(a+)+$"))
            #expect(try !m(String(repeating: "a", count: 5000) + "!", "(a*)*b"))
            #expect(try !m(String(repeating: "x", count: 3000), "(x+x+)+y"))
            #expect(try m(String(repeating: "a", count: 10000), "(a|aa)*"))
            #expect(try m("", "((){100000}){100000}"))
            #expect(try m("", "((?i)){100000}"))
            #expect(try !m(String(repeating: "ab", count: 2000), "(a|b|ab)*c"))
        }
        #expect(clock.now - start < .seconds(2))
    }

    @Test func stepBudget() {
        do {
            _ = try Value.regexMatch(.string(String(repeating: "a", count: 100_000)), "(a|a|a|a)*b", maxSteps: 1000)
            Issue.record("no error")
        } catch {
            #expect(error.code == .regexTooExpensive && error.kind == .resourceLimit)
        }
        do {
            _ = try Value.regexMatch("a", "((a{100}){100}){100}")
            Issue.record("no error")
        } catch {
            #expect(error.code == .regexTooExpensive)
        }
    }

    @Test func randomPatternsNeverCrash() {
        let alphabet = Array("ab()[]{}|*+?.^$\\-,0123dDwWsSpP:=!<>&iQE")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let length = Int.random(in: 0...12, using: &rng)
            let pattern = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
            let subject = String((0..<Int.random(in: 0...8, using: &rng)).map { _ in "ab1 ".randomElement(using: &rng) ?? "a" })
            do { _ = try Value.regexMatch(.string(subject), .string(pattern), maxSteps: 100_000) } catch {
                #expect([.argumentError, .notSupported, .resourceLimit].contains(error.kind), "\(pattern): \(error)")
            }
        }
    }

    @Test func cacheReturnsSameProgram() throws {
        let a = try RegexCache.shared.compile("x+y")
        let b = try RegexCache.shared.compile("x+y")
        #expect(a === b)
    }
}
