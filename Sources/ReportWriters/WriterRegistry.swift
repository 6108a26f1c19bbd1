internal import Foundation
public import ReportModel

/// The writers `baocao` can use, by `--format` name.
///
/// Pass a registry value to whatever writes reports, rather than looking
/// writers up globally, so tests can use their own.
///
/// ```swift
/// let writers = try WriterRegistry.standard.writers(forList: "xlsx,txt")
/// ```
public struct WriterRegistry: Sendable {
    /// The writers, in the order they were given.
    public let writers: [any ReportWriter]

    /// A registry of `writers`; two writers may not share a format name.
    public init(_ writers: [any ReportWriter]) {
        var seen: Set<String> = []
        for writer in writers {
            precondition(seen.insert(writer.format).inserted, "two writers for format \(writer.format)")
        }
        self.writers = writers
    }

    /// Every writer that ships with baocao.
    public static let standard = WriterRegistry([
        XLSXWriter(),
        CSVWriter(),
        TextWriter(),
        JSONWriter(),
    ])

    /// The known format names, sorted: `["csv", "json", "txt"]`.
    public var formats: [String] { writers.map(\.format).sorted() }

    /// The writer for `format` (case-insensitive, spaces trimmed).
    public func writer(for format: String) throws(UnknownFormatError) -> any ReportWriter {
        let name = Self.normalized(format)
        guard let writer = writers.first(where: { $0.format == name }) else {
            throw UnknownFormatError(name: name, known: formats)
        }
        return writer
    }

    /// The writers for a comma-separated `--format` list such as `xlsx,txt`:
    /// names trimmed and lowercased, empty items skipped, repeats dropped,
    /// order kept. An unknown name, or no name at all, is an error.
    public func writers(forList list: String) throws(UnknownFormatError) -> [any ReportWriter] {
        let names = Self.parseList(list)
        guard !names.isEmpty else { throw UnknownFormatError(name: "", known: formats) }
        var result: [any ReportWriter] = []
        for name in names {
            result.append(try writer(for: name))
        }
        return result
    }

    /// The names of a comma-separated list, trimmed and lowercased, without
    /// empty items or repeats, in their first order: `" xlsx, TXT,xlsx,"`
    /// gives `["xlsx", "txt"]`.
    public static func parseList(_ list: String) -> [String] {
        var seen: Set<String> = []
        return list.split(separator: ",").map { normalized(String($0)) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// A `--format` name no writer has, or an empty `--format` list.
public struct UnknownFormatError: MessageError, Hashable {
    /// The name asked for, trimmed and lowercased; empty when none was given.
    public let name: String
    /// Every format that is available, sorted.
    public let known: [String]

    public init(name: String, known: [String]) {
        self.name = name
        self.known = known
    }

    /// `unknown format "xls": expected one of csv, json, txt, xlsx`.
    public var message: Message {
        let known = known.joined(separator: ", ")
        return name.isEmpty ? Message("no format given: expected one of \(known)")
                            : Message("unknown format \"\(name)\": expected one of \(known)")
    }
}
