/// Drains its input and yields nothing (a query without RETURN).
final class DiscardOperator: PhysicalOperator {
    override var name: String { "Discard" }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while try source?.next(st) != nil {}
        return nil
    }
}
