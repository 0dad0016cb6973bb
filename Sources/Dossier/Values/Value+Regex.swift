/// `subject =~ pattern`: whole-string match of a Java-style regular expression.
extension Value {
    /// `subject =~ pattern`: null when either side is null or not a string; otherwise
    /// whether the whole subject matches. An invalid pattern raises ArgumentError `InvalidRegex`;
    /// unsupported constructs (backreferences, lookaround) raise NotSupported; a match that
    /// needs more than `maxSteps` steps raises ResourceLimit `RegexTooExpensive`.
    public static func regexMatch(_ subject: Value, _ pattern: Value, maxSteps: Int = 10_000_000) throws(DossierError) -> Value {
        guard case .string(let s) = subject, case .string(let p) = pattern else { return .null }
        let program = try RegexCache.shared.compile(p)
        return .bool(try program.wholeMatch(s, maxSteps: maxSteps))
    }
}
