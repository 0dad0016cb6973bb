/// Recognises the parameterised step texts of the README's step table without regular
/// expressions (Swift `Regex` is slow in debug builds).
enum StepText {
    /// `the (.*) graph` → the graph's name.
    static func namedGraph(_ text: String) -> String? {
        guard text.hasPrefix("the "), text.hasSuffix(" graph"), text.count > 10 else { return nil }
        return String(text.dropFirst(4).dropLast(6))
    }

    /// `there exists a procedure (.+):` → the signature.
    static func procedure(_ text: String) -> String? {
        let prefix = "there exists a procedure "
        guard text.hasPrefix(prefix), text.hasSuffix(":"), text.count > prefix.count + 1 else { return nil }
        return String(text.dropFirst(prefix.count).dropLast())
    }

    /// `an? (.+) should be raised at (.+): (.+)` → type, phase, detail.
    static func error(_ text: String) -> (type: String, phase: String, detail: String)? {
        let rest: Substring
        if text.hasPrefix("a ") { rest = text.dropFirst(2) } else if text.hasPrefix("an ") { rest = text.dropFirst(3) } else { return nil }
        guard let raised = rest.range(of: " should be raised at "), raised.lowerBound > rest.startIndex else { return nil }
        let after = rest[raised.upperBound...]
        guard let colon = after.range(of: ": ") else { return nil }
        let phase = after[..<colon.lowerBound], detail = after[colon.upperBound...]
        guard !phase.isEmpty, !detail.isEmpty else { return nil }
        return (String(rest[..<raised.lowerBound]), String(phase), String(detail))
    }

    /// The fixed step texts.
    static let fixed: Set<String> = [
        "an empty graph", "any graph", "having executed:", "parameters are:", "executing query:",
        "executing control query:", "the result should be, in any order:", "the result should be, in order:",
        "the result should be (ignoring element order for lists):",
        "the result should be, in order (ignoring element order for lists):", "the result should be empty",
        "the side effects should be:", "no side effects",
    ]

    /// Whether `text` is one of the README's steps.
    static func isKnown(_ text: String) -> Bool {
        fixed.contains(text) || namedGraph(text) != nil || procedure(text) != nil || error(text) != nil
    }
}
