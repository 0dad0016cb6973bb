import Dossier

/// Compares a `QueryResult` with an expected TCK result table: the header row names the
/// columns exactly and in order; the rows are a sequence (`in order`) or a multiset, and
/// lists are compared as multisets (recursively) when the step says "ignoring element order
/// for lists".
enum ResultComparison {
    /// Why a result did not match: a short `cause` (for grouping) and a readable `detail`.
    struct Mismatch: Error {
        var cause: String
        var detail: String
    }

    static func compare(_ result: QueryResult, table: GherkinTable, ordered: Bool,
                        ignoringListOrder: Bool) -> Result<Void, Mismatch> {
        let header = table.first ?? []
        let actualRows = result.rows.map { row in row.map { TCKValue($0, in: result) } }
        var expectedRows: [[TCKValue]] = []
        for row in table.dropFirst() {
            var values: [TCKValue] = []
            for cell in row {
                do { values.append(try TCKValueParser.parse(cell)) } catch {
                    return .failure(Mismatch(cause: "runner: cannot parse expected value", detail: "\(error)"))
                }
            }
            expectedRows.append(values)
        }
        return compare(columns: result.columns, rows: actualRows, expectedColumns: header,
                       expectedRows: expectedRows, ordered: ordered, ignoringListOrder: ignoringListOrder)
    }

    /// The comparison on already converted values (unit-testable without a database).
    static func compare(columns: [String], rows: [[TCKValue]], expectedColumns: [String], expectedRows: [[TCKValue]],
                        ordered: Bool, ignoringListOrder: Bool) -> Result<Void, Mismatch> {
        if columns != expectedColumns {
            return .failure(Mismatch(cause: "wrong result: columns",
                                     detail: "expected columns \(expectedColumns), got \(columns)"))
        }
        let rowsEqual: ([TCKValue], [TCKValue]) -> Bool = { a, b in
            a.count == b.count && zip(a, b).allSatisfy { $0.equals($1, ignoringListOrder: ignoringListOrder) }
        }
        let same: Bool
        if rows.count != expectedRows.count {
            same = false
        } else if ordered {
            same = zip(rows, expectedRows).allSatisfy(rowsEqual)
        } else {
            same = TCKValue.multisetEqual(expectedRows, rows, rowsEqual)
        }
        if same { return .success(()) }
        let cause: String
        if rows.count != expectedRows.count {
            cause = "wrong result: row count"
        } else if ordered && TCKValue.multisetEqual(expectedRows, rows, rowsEqual) {
            cause = "wrong result: order"
        } else {
            cause = "wrong result: values"
        }
        return .failure(Mismatch(cause: cause, detail: """
            expected \(expectedRows.count) row(s) \(ordered ? "in order" : "in any order"):
            \(render(expectedRows))
            got \(rows.count) row(s):
            \(render(rows))
            """))
    }

    /// Rows as `| a | b |` lines, at most 12 of them.
    static func render(_ rows: [[TCKValue]]) -> String {
        var lines = rows.prefix(12).map { "  | " + $0.map { String($0.description.prefix(200)) }.joined(separator: " | ") + " |" }
        if rows.count > 12 { lines.append("  … \(rows.count - 12) more") }
        return lines.isEmpty ? "  (none)" : lines.joined(separator: "\n")
    }
}
