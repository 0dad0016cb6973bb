import Testing
@testable import Dossier

/// Quoting, escaping, cutting and wrapping of user text in DOT output.
@Suite struct DotEscapingTests {
    @Test func escapesEverythingThatCouldBreakOut() {
        #expect(DotString.quoted("plain") == "\"plain\"")
        #expect(DotString.quoted("say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(DotString.quoted("back\\slash\\") == "\"back\\\\slash\\\\\"")
        #expect(DotString.quoted("a\nb\r\nc\rd\u{2028}e") == "\"a\\nb\\nc\\nd\\ne\"")
        #expect(DotString.quoted("tab\there") == "\"tab here\"")
        #expect(DotString.quoted("nul\u{0}bell\u{7}del\u{7F}") == "\"nul\u{FFFD}bell\u{FFFD}del\u{FFFD}\"")
        #expect(DotString.quoted("<b>x</b> & {a|b}") == "\"<b>x</b> &amp; {a|b}\"")
        #expect(DotString.quoted("\\N \\G \\l") == "\"\\\\N \\\\G \\\\l\"")
        #expect(DotString.quoted("") == "\"\"")
        #expect(DotString.quoted("node") == "\"node\"")
        #expect(DotString.quoted("🧐 שלום") == "\"🧐 שלום\"")
    }

    @Test func cutsToTheByteLimit() {
        let long = String(repeating: "é", count: 20_000)  // 2 bytes each
        let q = DotString.quoted(long, maxBytes: 16_384)
        #expect(q.utf8.count <= 16_384)
        #expect(q.hasSuffix("…\""))
        let quotes = String(repeating: "\"", count: 10_000)  // escapes double the size
        let q2 = DotString.quoted(quotes, maxBytes: 100)
        #expect(q2.utf8.count <= 100)
        #expect(q2.hasSuffix("\\\"…\""))  // never cut inside an escape
        let exact = String(repeating: "a", count: 98)
        #expect(DotString.quoted(exact, maxBytes: 100) == "\"" + exact + "\"")
        #expect(DotString.quoted(exact + "a", maxBytes: 100).hasSuffix("…\""))
    }

    @Test func wrapsLongNames() {
        #expect(DotString.wrap("Ruling of the Supreme Court", width: 12, maxLines: 4) == "Ruling of\nthe Supreme\nCourt")
        #expect(DotString.wrap("Supercalifragilistic", width: 8, maxLines: 4) == "Supercal\nifragili\nstic")
        #expect(DotString.wrap("a b c d e f", width: 4, maxLines: 2) == "a b\nc d…")
        #expect(DotString.wrap("", width: 10, maxLines: 2) == "")
        #expect(DotString.wrap("two\nlines", width: 10, maxLines: 3) == "two\nlines")
    }
}
