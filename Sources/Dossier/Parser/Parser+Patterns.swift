/// Patterns: `p = (a:A {k: 1})-[r:T|U*1..3]->(b)<-[:S]-(c), (d)`, `shortestPath(...)`.
extension Parser {
    /// Comma-separated pattern parts.
    mutating func pattern() throws(DossierError) -> Pattern {
        var parts: [PatternPart] = []
        repeat { parts.append(try patternPart()) } while accept(.comma)
        return Pattern(parts: parts)
    }

    /// `[p =] element`, `[p =] shortestPath(element)`, `[p =] allShortestPaths(element)`.
    mutating func patternPart() throws(DossierError) -> PatternPart {
        let start = current.start
        var pathVariable: String?
        if currentIsName && peek().isSymbol(.equal) {
            pathVariable = try variableName()
            advance()
        }
        if case .identifier(let name) = current.kind, peek().isSymbol(.leftParen),
           name.equalsKeyword("SHORTESTPATH") || name.equalsKeyword("ALLSHORTESTPATHS") {
            return try shortestPathPart(pathVariable: pathVariable, start: start)
        }
        let element = try patternElement()
        return PatternPart(pathVariable: pathVariable, element: element, range: range(from: start))
    }

    /// `shortestPath((a)-[*]-(b))` / `allShortestPaths(...)`; the current token is the function name.
    mutating func shortestPathPart(pathVariable: String?, start: SourceLocation) throws(DossierError) -> PatternPart {
        let selector: PathSelector = current.isKeyword("SHORTESTPATH") ? .shortestPath : .allShortestPaths
        advance()
        try expect(.leftParen)
        try nest()
        defer { depth -= 1 }
        let element = try patternElement()
        try expect(.rightParen)
        return PatternPart(pathVariable: pathVariable, selector: selector, element: element, range: range(from: start))
    }

    /// `(a)-[r]->(b)...`: a node followed by any number of relationship steps.
    mutating func patternElement() throws(DossierError) -> PatternElement {
        let start = current.start
        if check(.leftParen) && peek().isSymbol(.leftParen) {
            // parenthesised pattern element: ((a)-->(b))
            advance()
            try nest()
            defer { depth -= 1 }
            var inner = try patternElement()
            try expect(.rightParen)
            inner.range = range(from: start)
            return inner
        }
        let first = try nodePattern()
        var steps: [PatternStep] = []
        while startsRelationship {
            let relationship = try relationshipPattern()
            steps.append(PatternStep(relationship: relationship, node: try nodePattern()))
        }
        return PatternElement(start: first, steps: steps, range: range(from: start))
    }

    /// The current tokens begin a relationship pattern: `-` or `<-`.
    var startsRelationship: Bool {
        check(.minus) || (check(.less) && peek().isSymbol(.minus))
    }

    /// `(v:A:B {props})` or `(v $param)`.
    mutating func nodePattern() throws(DossierError) -> NodePattern {
        let start = current.start
        guard accept(.leftParen) else { throw unexpected("'(' to start a node pattern") }
        var variable: String?
        if currentIsName { variable = try variableName() }
        var labels: [String] = []
        while accept(.colon) {
            labels.append(try symbolicName("a label name after ':'"))
        }
        let properties = try patternProperties()
        guard accept(.rightParen) else {
            throw unexpected(properties == nil ? (labels.isEmpty && variable == nil ? "a variable, ':', '{' or ')'" : "':', '{' or ')'") : "')'")
        }
        return NodePattern(variable: variable, labels: labels, properties: properties, range: range(from: start))
    }

    /// `{k: v}` or `$param` in a node or relationship pattern.
    mutating func patternProperties() throws(DossierError) -> Expression? {
        let start = current.start
        if check(.leftBrace) {
            let entries = try mapLiteralEntries()
            return Expression(.map(entries), range(from: start))
        }
        if case .parameter(let name) = current.kind {
            advance()
            return Expression(.parameter(name), range(from: start))
        }
        return nil
    }

    /// `-->`, `<--`, `--`, `<-->`, `-[v:T|U*1..3 {props}]->` and so on.
    mutating func relationshipPattern() throws(DossierError) -> RelationshipPattern {
        let start = current.start
        let pointsLeft = accept(.less)
        try expect(.minus)
        var variable: String?
        var types: [String] = []
        var length: VariableLength?
        var properties: Expression?
        if accept(.leftBracket) {
            if currentIsName { variable = try variableName() }
            if accept(.colon) {
                types.append(try symbolicName("a relationship type after ':'"))
                while accept(.pipe) {
                    _ = accept(.colon)
                    types.append(try symbolicName("a relationship type after '|'"))
                }
            }
            if check(.star) {
                length = try variableLength()
            } else if check(.dotDot) || check(.minus) {
                throw DossierError.syntax(.invalidRelationshipPattern,
                                          "invalid relationship pattern: a length range must start with '*' (as in '*1..3')",
                                          at: current.start)
            }
            properties = try patternProperties()
            guard accept(.rightBracket) else {
                throw unexpected(properties == nil ? "'*', '{' or ']'" : "']'")
            }
        }
        try expect(.minus)
        let pointsRight = accept(.greater)
        let direction: RelationshipDirection
        switch (pointsLeft, pointsRight) {
        case (true, false): direction = .incoming
        case (false, true): direction = .outgoing
        default: direction = .both
        }
        return RelationshipPattern(variable: variable, types: types, direction: direction, length: length,
                                   properties: properties, range: range(from: start))
    }

    /// `*`, `*2`, `*1..3`, `*..3`, `*2..`.
    mutating func variableLength() throws(DossierError) -> VariableLength {
        let star = current.start
        advance()
        func invalid(_ at: SourceLocation) -> DossierError {
            .syntax(.invalidRelationshipPattern,
                    "invalid relationship pattern: expected a length such as '*', '*2', '*1..3', '*..3' or '*2..'", at: at)
        }
        var minimum: Int?
        var maximum: Int?
        if case .integer(let m) = current.kind {
            guard m <= UInt64(Int32.max) else { throw invalid(current.start) }
            minimum = Int(m)
            advance()
        }
        if accept(.dotDot) {
            if case .integer(let m) = current.kind {
                guard m <= UInt64(Int32.max) else { throw invalid(current.start) }
                maximum = Int(m)
                advance()
            }
        } else if let minimum {
            maximum = minimum
        }
        switch current.kind {
        case .symbol(.rightBracket), .symbol(.leftBrace), .parameter: break
        default: throw invalid(star)
        }
        return VariableLength(min: minimum, max: maximum)
    }

    /// Tries to read a pattern element with at least one relationship at the current `(`.
    /// Returns nil and restores the position when the text is not such a pattern (it may be a
    /// parenthesised expression). Once `(node)-[rel]-(node)` has been read, errors are reported.
    mutating func attemptPatternElement() throws(DossierError) -> PatternElement? {
        let saved = index
        guard check(.leftParen), !failedPatternAttempts.contains(saved) else { return nil }
        let start = current.start
        let first: NodePattern
        let relationship: RelationshipPattern
        let second: NodePattern
        do throws(DossierError) {
            first = try nodePattern()
            guard startsRelationship else { throw DossierError.syntax(.unexpectedSyntax, "", at: nil) }
            relationship = try relationshipPattern()
            second = try nodePattern()
        } catch {
            if error.code != .unexpectedSyntax { throw error }
            failedPatternAttempts.insert(saved)
            index = saved
            return nil
        }
        var steps = [PatternStep(relationship: relationship, node: second)]
        while startsRelationship {
            let r = try relationshipPattern()
            steps.append(PatternStep(relationship: r, node: try nodePattern()))
        }
        return PatternElement(start: first, steps: steps, range: range(from: start))
    }
}
