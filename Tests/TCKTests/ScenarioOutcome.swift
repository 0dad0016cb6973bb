/// How one scenario ended.
enum ScenarioOutcome: Sendable {
    case passed
    /// Wrong result, wrong or unexpected error, wrong side effects, failed setup, time-out.
    /// `cause` groups failures in the digest (e.g. `unexpected error SyntaxError.UnexpectedSyntax`);
    /// `detail` explains this one.
    case failed(cause: String, detail: String)
    /// The engine threw a `NotSupported` error where the scenario expected something else.
    case notSupported(message: String)
    /// Tagged `@ignore` in the TCK (README: skip it); counted, never run.
    case ignored

    var isPassed: Bool { if case .passed = self { return true } else { return false } }

    /// One word for tables and result files.
    var label: String {
        switch self {
        case .passed: return "passed"
        case .failed: return "failed"
        case .notSupported: return "not-supported"
        case .ignored: return "ignored"
        }
    }
}
