public import ReportModel

/// The plugins an engine can run, in the order reports appear. A value, not a
/// global: tests and callers build the registry they need.
public struct PluginRegistry: Sendable {
    public private(set) var plugins: [any ReportPlugin]

    public init(_ plugins: [any ReportPlugin]) {
        self.plugins = plugins
    }

    /// The plugins that ship with baocao.
    public static let builtIn = PluginRegistry([
        MemberGrowthPlugin(), InspectionSummaryPlugin(), EconomicModelsPlugin(),
    ])

    public var ids: [String] { plugins.map(\.id) }

    /// Adds a plugin; one with the same id is replaced, keeping its place.
    public mutating func register(_ plugin: any ReportPlugin) {
        if let index = plugins.firstIndex(where: { $0.id == plugin.id }) {
            plugins[index] = plugin
        } else {
            plugins.append(plugin)
        }
    }

    public func plugin(_ id: String) throws(UnknownPluginError) -> any ReportPlugin {
        guard let plugin = plugins.first(where: { $0.id == id }) else {
            throw UnknownPluginError(id: id, known: ids)
        }
        return plugin
    }
}

public struct UnknownPluginError: MessageError {
    public let id: String
    public let known: [String]

    public var message: Message {
        Message("unknown plugin \"\(id)\": expected one of \(known.joined(separator: ", "))")
    }
}
