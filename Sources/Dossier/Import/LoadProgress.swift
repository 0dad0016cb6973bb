/// How far a running `LOAD CSV` has got: reported to `DatabaseOptions.loadProgress` about four
/// times a second while a file is read, and once when it is finished.
public struct LoadProgress: Sendable {
    /// The file being read, as resolved (absolute, or relative to the current directory).
    public var file: String
    /// Records read so far (the header line not counted).
    public var rows: Int
    /// Bytes read so far, and the file's size (0 when unknown).
    public var bytesRead: Int
    public var fileSize: Int
    /// Seconds since the file was opened.
    public var elapsed: Double
    /// True for the last report of a file.
    public var finished: Bool

    /// Rows per second so far.
    public var rowsPerSecond: Double { elapsed > 0 ? Double(rows) / elapsed : 0 }
    /// Fraction of the file's bytes read, 0...1 (0 when the size is unknown).
    public var fraction: Double { fileSize > 0 ? min(Double(bytesRead) / Double(fileSize), 1) : 0 }
}
