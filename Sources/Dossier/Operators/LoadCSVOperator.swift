import Foundation

/// `LOAD CSV [WITH HEADERS] FROM url AS row [FIELDTERMINATOR c]`: for each input row, streams
/// the records of the file named by `url` (never reading it whole), binding each to `slot` as a
/// list of strings, or with headers as a map from the header line's names.
///
/// Empty fields are null; with headers, missing trailing fields are null and extra ones dropped.
/// `url` is `file:///absolute/path` or a plain path (relative to the current directory).
/// Errors (missing file, bad row) name the file and line.
final class LoadCSVOperator: PhysicalOperator {
    let url: Expr
    let slot: Int
    let variable: String
    let withHeaders: Bool
    let delimiter: UInt8

    /// The input row with `slot` filled in, reused while the consumer lets go of it.
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var reader: CSVReader?
    /// With headers: a map with every header name (values replaced per record).
    @exclusivity(unchecked) private var template = ValueMap()
    @exclusivity(unchecked) private var rows = 0
    @exclusivity(unchecked) private var started: UInt64 = 0
    @exclusivity(unchecked) private var lastReport: UInt64 = 0

    init(source: PhysicalOperator, url: Expr, slot: Int, variable: String, withHeaders: Bool, delimiter: UInt8) {
        self.url = url
        self.slot = slot
        self.variable = variable
        self.withHeaders = withHeaders
        self.delimiter = delimiter
        super.init(source: source)
    }

    override var name: String { "LoadCSV" }
    override var details: String {
        "\(url) AS \(variable)\(withHeaders ? " WITH HEADERS" : "")"
            + (delimiter == UInt8(ascii: ",") ? "" : " FIELDTERMINATOR '\(Character(Unicode.Scalar(delimiter)))'")
    }

    override var nestedPlans: [PhysicalOperator] { url.nestedPlans }

    override func reset(_ st: ExecutionState) throws {
        row = []
        reader = nil
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if let reader {
                if let fields = try reader.next() {
                    try st.tick()
                    rows += 1
                    if rows & 0x3FF == 0, st.options.loadProgress != nil { report(st, reader, finished: false) }
                    row[slot] = value(of: fields)
                    return row
                }
                if st.options.loadProgress != nil { report(st, reader, finished: true) }
                self.reader = nil
            }
            guard let next = try source?.next(st) else {
                row = []
                return nil
            }
            let path = try Self.path(of: try url.eval(next, st), at: url.location)
            let r = try CSVReader(path: path, delimiter: delimiter, maxFieldBytes: st.options.maxCollectionSize,
                                  maxFields: st.options.maxCollectionSize)
            rows = 0
            started = DispatchTime.now().uptimeNanoseconds
            lastReport = started
            if withHeaders {
                guard let header = try r.next() else { continue }
                template = ValueMap()
                for name in header where template[name] == nil { template[name] = .null }
            }
            reader = r
            row = next
        }
    }

    /// A record as the row variable's value.
    @inline(__always)
    private func value(of fields: [String]) -> Value {
        if !withHeaders {
            var list: [Value] = []
            list.reserveCapacity(fields.count)
            for f in fields { list.append(f.isEmpty ? .null : .string(f)) }
            return .list(list)
        }
        var m = template
        let n = min(fields.count, m.count)
        for i in 0..<n where !fields[i].isEmpty {
            m.values[i] = .string(fields[i])
        }
        return .map(m)
    }

    private func report(_ st: ExecutionState, _ reader: CSVReader, finished: Bool) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard finished || now &- lastReport >= 250_000_000 else { return }
        lastReport = now
        st.options.loadProgress?(LoadProgress(file: reader.path, rows: rows, bytesRead: reader.bytesRead,
                                              fileSize: reader.fileSize, elapsed: Double(now &- started) / 1e9,
                                              finished: finished))
    }

    /// The file path a LOAD CSV url names.
    /// - Throws: TypeError for a non-string; `LoadCSVError` for a url scheme other than `file:`.
    static func path(of v: Value, at location: SourceLocation) throws -> String {
        guard case .string(let s) = v else {
            throw DossierError.type(.invalidArgumentType, "LOAD CSV needs a file name or file:/// URL, got \(v.typeName)",
                                    at: location)
        }
        let lower = s.lowercased()
        if lower.hasPrefix("file:") {
            var rest = Substring(s.dropFirst(5))
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                // file://host/path: only the local host.
                if let slash = rest.firstIndex(of: "/") {
                    let host = rest[..<slash]
                    guard host.isEmpty || host == "localhost" else {
                        throw DossierError(.databaseError, .loadCSVError,
                                           "cannot load '\(s)': only local files (file:///path) are supported", at: location)
                    }
                    rest = rest[slash...]
                }
            }
            let decoded = String(rest).removingPercentEncoding ?? String(rest)
            guard !decoded.isEmpty else {
                throw DossierError(.databaseError, .loadCSVError, "cannot load '\(s)': the URL names no file", at: location)
            }
            return decoded
        }
        if let colon = lower.range(of: "://"), lower[..<colon.lowerBound].allSatisfy({ $0.isLetter }) {
            throw DossierError(.databaseError, .loadCSVError,
                               "cannot load '\(s)': only local files are supported (a path or file:///path)", at: location)
        }
        guard !s.isEmpty else {
            throw DossierError(.databaseError, .loadCSVError, "LOAD CSV needs a file name, got an empty string", at: location)
        }
        return s
    }
}
