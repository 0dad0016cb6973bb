/// Turns query text into a `Statement` (placeholder until the parser lands).
enum Parser {
    /// Parses exactly one statement; a trailing `;` is allowed.
    static func parse(_ text: String, options: DatabaseOptions) throws -> Statement {
        throw DossierError.notSupported("parsing")
    }
}
