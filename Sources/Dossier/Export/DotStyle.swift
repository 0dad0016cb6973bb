/// The look of exported graphs: a shape and colours per label, and a stronger style for the
/// relationship types that carry the story (DENIES, CONTRADICTS, SUPPORTS).
struct DotStyle: Sendable {
    /// Graphviz node attributes for one label.
    struct NodeLook: Sendable {
        var shape: String
        var style: String
        var fill: String
        var border: String
    }

    /// Graphviz edge attributes for one relationship type.
    struct EdgeLook: Sendable {
        var color: String
        var style: String
        var penwidth: String
    }

    /// Labels with their own look, in the order they win when a node has several.
    static let labelLooks: [(label: String, look: NodeLook)] = [
        ("Person", NodeLook(shape: "ellipse", style: "filled", fill: "#DBEAFE", border: "#1E40AF")),
        ("Organization", NodeLook(shape: "box", style: "rounded,filled", fill: "#FEF3C7", border: "#B45309")),
        ("Place", NodeLook(shape: "house", style: "filled", fill: "#DCFCE7", border: "#15803D")),
        ("Document", NodeLook(shape: "note", style: "filled", fill: "#F3F4F6", border: "#374151")),
        ("Statement", NodeLook(shape: "box", style: "filled,dashed", fill: "#FCE7F3", border: "#9D174D")),
        ("Event", NodeLook(shape: "box", style: "filled,diagonals", fill: "#EDE9FE", border: "#5B21B6")),
    ]
    static let defaultLook = NodeLook(shape: "ellipse", style: "filled", fill: "#F5F5F5", border: "#737373")

    static let storyLooks: [String: EdgeLook] = [
        "DENIES": EdgeLook(color: "#DC2626", style: "bold", penwidth: "2.2"),
        "CONTRADICTS": EdgeLook(color: "#EA580C", style: "bold,dashed", penwidth: "2.2"),
        "SUPPORTS": EdgeLook(color: "#16A34A", style: "bold", penwidth: "2.2"),
    ]
    /// Bookkeeping relationships (where a thing is mentioned or reported) recede, so the
    /// relationships between actors and the story ones stay readable in dense graphs.
    static let quietTypes: Set<String> = ["MENTIONS", "REPORTED_IN", "ABOUT", "CITES", "PUBLISHED_BY"]
    static let quietEdgeLook = EdgeLook(color: "#B6BCC6", style: "solid", penwidth: "0.8")
    static let defaultEdgeLook = EdgeLook(color: "#4B5563", style: "solid", penwidth: "1.2")

    /// The label that decides a node's look and cluster: the first styled label in the order of
    /// `labelLooks`, else the node's first label in alphabetical order, else nil.
    static func primaryLabel(of labels: [String]) -> String? {
        for (label, _) in labelLooks where labels.contains(label) { return label }
        return labels.min()
    }

    static func look(forLabel label: String?) -> NodeLook {
        guard let label else { return defaultLook }
        return labelLooks.first { $0.label == label }?.look ?? defaultLook
    }

    static func look(forType type: String) -> EdgeLook {
        storyLooks[type] ?? (quietTypes.contains(type) ? quietEdgeLook : defaultEdgeLook)
    }
}
