/// How `DotExporter` lays out and labels a graph.
public struct DotOptions: Sendable, Equatable {
    /// Graphviz `rankdir`: the direction relationships point in.
    public enum RankDirection: String, Sendable, CaseIterable {
        case leftToRight = "LR"
        case topToBottom = "TB"
    }

    public var rankdir: RankDirection = .leftToRight
    /// Draw the nodes of each label inside a box (a Graphviz cluster) named after the label.
    public var clusterByLabel = false
    /// Put every property into tooltips (`--no-properties` turns this off).
    public var includeProperties = true
    /// Graphviz rejects quoted strings longer than this many bytes (16,384 with the quotes is
    /// already refused); longer labels and tooltips are cut and end with an ellipsis.
    public var maxStringBytes = 16_383
    /// Node names are wrapped at this many characters per line…
    public var wrapWidth = 24
    /// …and cut (with an ellipsis) after this many lines.
    public var maxLabelLines = 4

    public init(rankdir: RankDirection = .leftToRight, clusterByLabel: Bool = false, includeProperties: Bool = true) {
        self.rankdir = rankdir
        self.clusterByLabel = clusterByLabel
        self.includeProperties = includeProperties
    }
}
