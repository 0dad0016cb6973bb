/// Which database a session works on, for the banner, `:stats` and messages.
enum DatabaseOrigin: CustomStringConvertible {
    /// In memory, preloaded with the bundled graph from `directory` (nil: none was found).
    case bundled(directory: String?, files: Int)
    /// An empty database in memory (`dossier :memory:`).
    case memory
    /// A database directory on disk.
    case path(String)

    var description: String {
        switch self {
        case let .bundled(directory?, files): return "in memory, bundled graph (\(files) file\(files == 1 ? "" : "s") from \(directory))"
        case .bundled(nil, _): return "in memory (the bundled graph was not found, so it is empty)"
        case .memory: return "in memory, empty"
        case .path(let p): return p
        }
    }

    var isInMemory: Bool {
        if case .path = self { return false }
        return true
    }
}
