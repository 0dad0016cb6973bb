/// The exit status of the `dossier` command, decided in one place.
public enum ExitStatus: Int32, Sendable {
    /// Every statement succeeded.
    case success = 0
    /// A query (or opening the database) failed.
    case failure = 1
    /// The command line was wrong: a bad flag or value, a missing file.
    case usage = 2
}

extension DossierError {
    /// The exit status for a run that stopped at this error. Every `DossierError` is a failure
    /// of the work asked for (a query, opening or checking a database), never a usage error.
    public var exitStatus: ExitStatus { .failure }
}
