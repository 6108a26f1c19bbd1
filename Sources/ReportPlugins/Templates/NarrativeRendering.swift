internal import Mustache

/// How every narrative template is rendered, a built-in's or a plugin.yaml's.
enum NarrativeRendering {
    /// Each paragraph rendered with `values`; runs of spaces (left by sections
    /// that rendered empty) become one, and empty paragraphs are dropped.
    static func paragraphs(_ templates: [MustacheTemplate], _ values: [String: Any]) -> [String] {
        let values = withSingularFlags(values)
        return templates.compactMap { template in
            let text = template.render(values).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return text.isEmpty ? nil : text
        }
    }

    /// `values` with `NAME_one: true` beside every value that is the count 1,
    /// at every depth, so that a language with plurals can write
    /// `{{admitted}} member{{^admitted_one}}s{{/admitted_one}}`.
    static func withSingularFlags(_ values: [String: Any]) -> [String: Any] {
        var flagged = values
        for (key, value) in values {
            switch value {
            case let text as String:
                if text == "1" { flagged[key + "_one"] = true }
            case is Bool, is [String: Bool]:
                // No count among them; a cast to [String: Any] would copy every `has` table.
                break
            case let nested as [String: Any]:
                flagged[key] = withSingularFlags(nested)
            case let list as [[String: Any]]:
                flagged[key] = list.map(withSingularFlags)
            default:
                break
            }
        }
        return flagged
    }
}
