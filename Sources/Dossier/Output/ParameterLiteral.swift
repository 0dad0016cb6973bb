/// Parameter values given as text (`--param name='Kadyrov'`, `:param ids [1, 2]`): the text is
/// a Cypher literal (or any constant expression) and is evaluated by the engine itself, so
/// every literal form the language accepts works the same way here.
public enum ParameterLiteral {
    /// The value of the Cypher literal `text`.
    ///
    /// ```swift
    /// try ParameterLiteral.parse("'Kadyrov'")  // .string("Kadyrov")
    /// try ParameterLiteral.parse("[1, 2]")     // .list([1, 2])
    /// ```
    /// - Throws: `DossierError` when `text` is not a single constant expression; its location
    ///   is within `text`.
    public static func parse(_ text: String) throws(DossierError) -> Value {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard !trimmed.isEmpty else {
            throw DossierError.syntax(.unexpectedSyntax, "a parameter needs a value (a Cypher literal such as 'text', 3 or [1, 2])", at: .start)
        }
        let prefix = "RETURN "
        let result: QueryResult
        do {
            result = try Database().execute(prefix + text)
        } catch var e {
            if var loc = e.location, loc.line == 1 {
                loc.column = max(1, loc.column - prefix.count)
                loc.offset = max(0, loc.offset - prefix.utf8.count)
                e.location = loc
            }
            throw e
        }
        guard result.columns.count == 1, result.rows.count == 1, let value = result.rows[0].first else {
            throw DossierError.syntax(.unexpectedSyntax, "a parameter value must be one literal, such as 'text', 3 or [1, 2]", at: .start)
        }
        return value
    }

    /// Whether `name` can name a parameter: an identifier or a number (`$1`).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        if name.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return true }
        guard first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
