/// Runs a parsed statement (placeholder until the engine lands).
enum QueryExecutor {
    static func execute(_ statement: Statement, context: ExecutionContext) throws -> ExecutionOutput {
        throw DossierError.notSupported("query execution")
    }
}
