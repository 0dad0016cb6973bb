/// A position in query text (or in a file): 1-based line and column, 0-based UTF-8 offset.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// Byte offset (UTF-8) from the start of the text.
    public var offset: Int
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }
    public static let start = SourceLocation(offset: 0, line: 1, column: 1)
    public var description: String { "\(line):\(column)" }
}

/// A half-open span of query text: from `start` up to (not including) UTF-8 offset `end`.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: Int
    public init(start: SourceLocation, end: Int) {
        self.start = start
        self.end = end
    }
    public static let unknown = SourceRange(start: .start, end: 0)
}

/// Every error Dossier reports: a kind (the TCK's error type, or Dossier's own),
/// a code (the TCK's detail name, or Dossier's own), a message, and where in the
/// query text it happened when that is known.
///
/// Switch on `kind` and `code`:
/// ```swift
/// do { try db.execute("RETURN x") }
/// catch let e as DossierError where e.code == .undefinedVariable { ... }
/// ```
public struct DossierError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The category, named as the openCypher TCK names error types where it has one.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case syntaxError = "SyntaxError"
        case semanticError = "SemanticError"
        case typeError = "TypeError"
        case argumentError = "ArgumentError"
        case entityNotFound = "EntityNotFound"
        case parameterMissing = "ParameterMissing"
        case constraintVerificationFailed = "ConstraintVerificationFailed"
        case procedureError = "ProcedureError"
        /// A construct of openCypher that Dossier does not implement.
        case notSupported = "NotSupported"
        /// A list, string, intermediate result or regular expression went past a configured cap.
        case resourceLimit = "ResourceLimit"
        /// The query was cancelled (Ctrl-C, or `Database.cancel()`), and rolled back.
        case interrupted = "Interrupted"
        /// Storage: I/O failures, damaged files, locks.
        case databaseError = "DatabaseError"
    }

    /// The specific error, named as the TCK names details where it has one.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        // TCK details
        case invalidArgumentType = "InvalidArgumentType"
        case variableAlreadyBound = "VariableAlreadyBound"
        case undefinedVariable = "UndefinedVariable"
        case unexpectedSyntax = "UnexpectedSyntax"
        case variableTypeConflict = "VariableTypeConflict"
        case negativeIntegerArgument = "NegativeIntegerArgument"
        case ambiguousAggregationExpression = "AmbiguousAggregationExpression"
        case invalidArgumentValue = "InvalidArgumentValue"
        case integerOverflow = "IntegerOverflow"
        case invalidAggregation = "InvalidAggregation"
        case noSingleRelationshipType = "NoSingleRelationshipType"
        case invalidNumberOfArguments = "InvalidNumberOfArguments"
        case invalidParameterUse = "InvalidParameterUse"
        case nonConstantExpression = "NonConstantExpression"
        case numberOutOfRange = "NumberOutOfRange"
        case invalidNumberLiteral = "InvalidNumberLiteral"
        case deletedEntityAccess = "DeletedEntityAccess"
        case invalidClauseComposition = "InvalidClauseComposition"
        case procedureNotFound = "ProcedureNotFound"
        case requiresDirectedRelationship = "RequiresDirectedRelationship"
        case creatingVarLength = "CreatingVarLength"
        case invalidDelete = "InvalidDelete"
        case invalidRelationshipPattern = "InvalidRelationshipPattern"
        case mergeReadOwnWrites = "MergeReadOwnWrites"
        case columnNameConflict = "ColumnNameConflict"
        case differentColumnsInUnion = "DifferentColumnsInUnion"
        case mapElementAccessByNonString = "MapElementAccessByNonString"
        case missingParameter = "MissingParameter"
        case invalidArgumentPassingMode = "InvalidArgumentPassingMode"
        case deleteConnectedNode = "DeleteConnectedNode"
        case relationshipUniquenessViolation = "RelationshipUniquenessViolation"
        case unknownFunction = "UnknownFunction"
        case nestedAggregation = "NestedAggregation"
        case noVariablesInScope = "NoVariablesInScope"
        case invalidPropertyType = "InvalidPropertyType"
        case noExpressionAlias = "NoExpressionAlias"
        case floatingPointOverflow = "FloatingPointOverflow"
        case invalidUnicodeLiteral = "InvalidUnicodeLiteral"
        case invalidUnicodeCharacter = "InvalidUnicodeCharacter"
        // Dossier's own
        /// Integer division or modulo by zero.
        case divisionByZero = "DivisionByZero"
        /// Nesting of expressions or patterns deeper than the parser's limit.
        case nestingTooDeep = "NestingTooDeep"
        /// A construct Dossier does not implement; the message names it.
        case unsupportedFeature = "UnsupportedFeature"
        /// A list or string would exceed `DatabaseOptions.maxCollectionSize`.
        case collectionTooLarge = "CollectionTooLarge"
        /// An intermediate result would exceed `DatabaseOptions.maxIntermediateRows`.
        case tooManyRows = "TooManyRows"
        /// A regular expression is invalid or exceeded its step budget.
        case invalidRegex = "InvalidRegex"
        case regexTooExpensive = "RegexTooExpensive"
        case cancelled = "Cancelled"
        /// Storage errors.
        case ioError = "IOError"
        case corruptFile = "CorruptFile"
        case unsupportedFormatVersion = "UnsupportedFormatVersion"
        case databaseLocked = "DatabaseLocked"
        case readOnly = "ReadOnly"
        case transactionState = "TransactionState"
        case uniquenessViolation = "UniquenessViolation"
        case indexAlreadyExists = "IndexAlreadyExists"
        case indexNotFound = "IndexNotFound"
        case loadCSVError = "LoadCSVError"
        /// A bug in Dossier; please report it.
        case internalError = "InternalError"
    }

    /// When an error was raised: while compiling the query, or while running it.
    public enum Phase: String, Sendable, Hashable {
        case compileTime = "compile time"
        case runtime = "runtime"
    }

    public var kind: Kind
    public var code: Code
    public var message: String
    public var phase: Phase
    /// Where in the query text, when known.
    public var location: SourceLocation?

    public init(_ kind: Kind, _ code: Code, _ message: String,
                phase: Phase = .runtime, at location: SourceLocation? = nil) {
        self.kind = kind
        self.code = code
        self.message = message
        self.phase = phase
        self.location = location
    }

    /// `Kind.Code: message`, e.g. `SyntaxError.UndefinedVariable: Variable `x` not defined`.
    public var description: String { "\(kind.rawValue).\(code.rawValue): \(message)" }
}

extension DossierError {
    public static func syntax(_ code: Code = .unexpectedSyntax, _ message: String, at loc: SourceLocation?) -> DossierError {
        DossierError(.syntaxError, code, message, phase: .compileTime, at: loc)
    }
    /// A compile-time error that the TCK files under SyntaxError (UndefinedVariable, VariableAlreadyBound...).
    public static func compile(_ code: Code, _ message: String, at loc: SourceLocation?) -> DossierError {
        DossierError(.syntaxError, code, message, phase: .compileTime, at: loc)
    }
    public static func type(_ code: Code = .invalidArgumentType, _ message: String,
                            phase: Phase = .runtime, at loc: SourceLocation? = nil) -> DossierError {
        DossierError(.typeError, code, message, phase: phase, at: loc)
    }
    public static func argument(_ code: Code, _ message: String, at loc: SourceLocation? = nil) -> DossierError {
        DossierError(.argumentError, code, message, phase: .runtime, at: loc)
    }
    public static func notSupported(_ construct: String, at loc: SourceLocation? = nil,
                                    phase: Phase = .compileTime) -> DossierError {
        DossierError(.notSupported, .unsupportedFeature, "\(construct) is not supported by Dossier", phase: phase, at: loc)
    }
    public static func limit(_ code: Code, _ message: String, at loc: SourceLocation? = nil) -> DossierError {
        DossierError(.resourceLimit, code, message, phase: .runtime, at: loc)
    }
    public static func storage(_ code: Code, _ message: String) -> DossierError {
        DossierError(.databaseError, code, message, phase: .runtime, at: nil)
    }
    public static func `internal`(_ message: String) -> DossierError {
        DossierError(.databaseError, .internalError, "internal error: \(message)")
    }
}
