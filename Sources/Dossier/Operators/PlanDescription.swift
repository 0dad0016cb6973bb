/// Renders an operator tree as indented text for EXPLAIN (and, with rows and time, PROFILE).
enum PlanDescription {
    static func render(_ root: PhysicalOperator, profile: Bool) -> String {
        var lines: [String] = []
        func visit(_ op: PhysicalOperator, depth: Int) {
            var line = String(repeating: "  ", count: depth) + op.name
            if !op.details.isEmpty { line += " (\(op.details))" }
            if profile {
                let ms = Double(op.nanoseconds) / 1_000_000
                line += " rows=\(op.rowsProduced) time=\(String(format: "%.3f", ms))ms"
            }
            lines.append(line)
            for nested in op.nestedPlans {
                lines.append(String(repeating: "  ", count: depth + 1) + "└ per row:")
                visit(nested, depth: depth + 2)
            }
            if let s = op.source { visit(s, depth: depth + 1) }
        }
        visit(root, depth: 0)
        return lines.joined(separator: "\n")
    }
}
