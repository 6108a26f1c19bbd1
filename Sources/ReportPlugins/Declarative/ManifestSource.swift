internal import Yams

/// A `plugin.yaml`'s text and YAML tree, to say where in the file something
/// is: `plugin.yaml:12:9`, as Yams reports syntax errors.
struct ManifestSource {
    /// One step down the tree: a mapping key or a sequence index.
    enum Step: CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// The file as messages name it.
    let file: String
    let root: Node

    /// `file:line:column` of the node at `path`, or of its deepest existing ancestor.
    func location(_ path: [Step]) -> String {
        var node = root
        for step in path {
            guard let child = Self.child(of: node, step) else { break }
            node = child
        }
        return node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    /// The first line of the text of the scalar at `path`: a block scalar
    /// (`query: |`) starts on the line after its indicator.
    func firstLine(ofScalarAt path: [Step]) -> Int? {
        var node = root
        for step in path {
            guard let child = Self.child(of: node, step) else { return nil }
            node = child
        }
        guard case .scalar(let scalar) = node, let mark = scalar.mark else { return nil }
        return scalar.style == .literal || scalar.style == .folded ? mark.line + 1 : mark.line
    }

    /// `tables[0].columns[2].type`.
    static func describe(_ path: [Step]) -> String {
        path.reduce("") { text, step in
            switch step {
            case .key(let key): text.isEmpty ? key : text + "." + key
            case .index: text + step.description
            }
        }
    }

    private static func child(of node: Node, _ step: Step) -> Node? {
        switch (node, step) {
        case (.mapping(let mapping), .key(let key)): mapping[key]
        case (.sequence(let sequence), .index(let index)):
            index < sequence.count ? sequence[sequence.index(sequence.startIndex, offsetBy: index)] : nil
        default: nil
        }
    }
}

extension Array where Element == ManifestSource.Step {
    init(_ codingPath: [any CodingKey]) {
        self = codingPath.map { key in key.intValue.map(ManifestSource.Step.index) ?? .key(key.stringValue) }
    }
}
