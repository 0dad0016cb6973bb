/// A compiled regular expression: a Thompson-NFA instruction list, run by a Pike-VM style
/// simulation (`wholeMatch`) in time linear in the subject (× program size), never backtracking.
/// Immutable and shareable across queries and threads.
final class RegexProgram: Sendable {
    enum Inst: Sendable {
        case char(UInt32)
        /// Case-insensitive: the operand is lower-cased; compares against the subject's lower case.
        case charFold(UInt32)
        case any
        case anyButLineTerminator
        case set(Int)
        case split(Int, Int)
        case jump(Int)
        case assert(RegexAssertion)
        case match
    }

    let insts: [Inst]
    let sets: [RegexCharSet]
    /// Largest number of instructions a pattern may compile to.
    static let maxInstructions = 200_000

    /// When the pattern is a plain literal (no classes, flags or operators): its scalars.
    let literal: [UInt32]?

    init(insts: [Inst], sets: [RegexCharSet]) {
        self.insts = insts
        self.sets = sets
        var lit: [UInt32] = []
        for inst in insts.dropLast() {
            guard case .char(let c) = inst else { lit = []; break }
            lit.append(c)
        }
        self.literal = lit.count == insts.count - 1 ? lit : nil
    }

    /// Parses and compiles `pattern` (see `RegexParser` for the supported syntax).
    static func compile(_ pattern: String) throws(DossierError) -> RegexProgram {
        let node = try RegexParser.parse(pattern)
        var c = Compiler(pattern: pattern)
        try c.emit(node)
        try c.append(.match)
        return RegexProgram(insts: c.insts, sets: c.sets)
    }

    private struct Compiler {
        let pattern: String
        var insts: [Inst] = []
        var sets: [RegexCharSet] = []

        mutating func append(_ inst: Inst) throws(DossierError) {
            if insts.count >= RegexProgram.maxInstructions {
                throw .limit(.regexTooExpensive,
                             "Regular expression '\(pattern.prefix(100))' is too large once its repetitions are expanded (over \(RegexProgram.maxInstructions) states)")
            }
            insts.append(inst)
        }

        mutating func emit(_ node: RegexNode) throws(DossierError) {
            switch node {
            case .empty: break
            case let .char(c, fold): try append(fold ? .charFold(c) : .char(c))
            case .any(let dotAll): try append(dotAll ? .any : .anyButLineTerminator)
            case .set(let s):
                sets.append(s)
                try append(.set(sets.count - 1))
            case .assertion(let a): try append(.assert(a))
            case .concat(let items): for n in items { try emit(n) }
            case .alternate(let branches):
                // split L1, next; L1: b1; jump end; next: split L2, … ; last branch plain.
                var jumps: [Int] = []
                for (k, b) in branches.enumerated() {
                    if k < branches.count - 1 {
                        let split = insts.count
                        try append(.split(split + 1, -1))
                        try emit(b)
                        jumps.append(insts.count)
                        try append(.jump(-1))
                        insts[split] = .split(split + 1, insts.count)
                    } else {
                        try emit(b)
                    }
                }
                for j in jumps { insts[j] = .jump(insts.count) }
            case let .repeated(inner, minCount, maxCount):
                if minCount > 0 {
                    let before = insts.count
                    try emit(inner)
                    if insts.count == before { break }  // an empty body repeated is empty
                    for _ in 1..<minCount { try emit(inner) }
                }
                if let maxCount {
                    // (max - min) optional copies: split body, end … each skipping to the end.
                    var splits: [Int] = []
                    for _ in minCount..<maxCount {
                        splits.append(insts.count)
                        try append(.split(insts.count + 1, -1))
                        try emit(inner)
                    }
                    for s in splits { insts[s] = .split(s + 1, insts.count) }
                } else {
                    // L: split body, end; body; jump L
                    let loop = insts.count
                    try append(.split(loop + 1, -1))
                    try emit(inner)
                    try append(.jump(loop))
                    insts[loop] = .split(loop + 1, insts.count)
                }
            }
        }
    }

    // MARK: - Matching

    /// Whether the whole of `subject` matches. Throws ResourceLimit `RegexTooExpensive` when
    /// the simulation would take more than `maxSteps` instruction steps.
    /// - Complexity: O(n × m) for a subject of n scalars and a program of m instructions.
    func wholeMatch(_ subject: String, maxSteps: Int) throws(DossierError) -> Bool {
        if let literal { return subject.unicodeScalars.elementsEqual(literal.lazy.compactMap(Unicode.Scalar.init)) }
        let input = subject.unicodeScalars.map(\.value)
        let n = input.count
        let m = insts.count
        var current: [Int32] = []
        var next: [Int32] = []
        current.reserveCapacity(m)
        next.reserveCapacity(m)
        var mark = [Int](repeating: -1, count: m)
        var stack: [Int32] = []
        var steps = 0
        var generation = 0

        // Adds pc and its epsilon closure at position `pos` to `list`.
        func add(_ start: Int, _ pos: Int, _ list: inout [Int32]) throws(DossierError) {
            stack.append(Int32(start))
            while let top = stack.popLast() {
                let pc = Int(top)
                if mark[pc] == generation { continue }
                mark[pc] = generation
                steps += 1
                if steps > maxSteps { throw tooExpensive(maxSteps) }
                switch insts[pc] {
                case .jump(let t): stack.append(Int32(t))
                case .split(let a, let b):
                    stack.append(Int32(b))
                    stack.append(Int32(a))
                case .assert(let a):
                    if holds(a, pos, input) { stack.append(Int32(pc + 1)) }
                default:
                    list.append(Int32(pc))
                }
            }
        }

        try add(0, 0, &current)
        var pos = 0
        while pos < n {
            if current.isEmpty { return false }
            generation += 1
            next.removeAll(keepingCapacity: true)
            let c = input[pos]
            var lowered: UInt32? = nil
            for t in current {
                let pc = Int(t)
                steps += 1
                let ok: Bool
                switch insts[pc] {
                case .char(let x): ok = c == x
                case .charFold(let x):
                    if lowered == nil { lowered = RegexCase.lower(c) }
                    ok = lowered == x || (c != x && RegexCase.lower(RegexCase.upper(c)) == x)
                case .any: ok = true
                case .anyButLineTerminator: ok = !RegexCase.isLineTerminator(c)
                case .set(let k): ok = sets[k].matches(c)
                default: ok = false
                }
                if ok { try add(pc + 1, pos + 1, &next) }
            }
            if steps > maxSteps { throw tooExpensive(maxSteps) }
            swap(&current, &next)
            pos += 1
        }
        for t in current { if case .match = insts[Int(t)] { return true } }
        return false
    }

    private func tooExpensive(_ maxSteps: Int) -> DossierError {
        .limit(.regexTooExpensive,
               "Regular expression match exceeded \(maxSteps) steps (DatabaseOptions.maxRegexSteps)")
    }

    private func holds(_ a: RegexAssertion, _ pos: Int, _ input: [UInt32]) -> Bool {
        let n = input.count
        switch a {
        case .startOfInput: return pos == 0
        case .endOfInput: return pos == n
        case .endOfInputOrFinalTerminator:
            if pos == n { return true }
            if pos == n - 1 { return RegexCase.isLineTerminator(input[pos]) && !(input[pos] == 0x0A && pos > 0 && input[pos - 1] == 0x0D) }
            if pos == n - 2 { return input[pos] == 0x0D && input[pos + 1] == 0x0A }
            return false
        case .startOfLine:
            if pos == 0 { return true }
            guard pos < n else { return false }
            let prev = input[pos - 1]
            return RegexCase.isLineTerminator(prev) && !(prev == 0x0D && input[pos] == 0x0A)
        case .endOfLine:
            if pos == n { return true }
            let c = input[pos]
            return RegexCase.isLineTerminator(c) && !(c == 0x0A && pos > 0 && input[pos - 1] == 0x0D)
        case .wordBoundary, .notWordBoundary:
            let before = pos > 0 && RegexCase.isWordChar(input[pos - 1])
            let after = pos < n && RegexCase.isWordChar(input[pos])
            return (before != after) == (a == .wordBoundary)
        }
    }
}
