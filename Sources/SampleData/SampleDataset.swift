public import Foundation
internal import ReportModel

/// `baocao sample`: a deterministic synthetic dataset (SPEC §8) that
/// `baocao validate` accepts, for demos, tests and benchmarks.
///
/// The same size, seed and format give the same bytes. Files are written to
/// temporary names and renamed into place when complete.
///
/// ```swift
/// let summary = try SampleDataset(size: .s, seed: 1, format: .csv).write(to: URL(fileURLWithPath: "demo"))
/// ```
public struct SampleDataset: Sendable {
    public var size: SampleSize
    public var seed: UInt64
    public var format: SampleFormat

    public init(size: SampleSize, seed: UInt64 = 1, format: SampleFormat = .csv) {
        self.size = size
        self.seed = seed
        self.format = format
    }

    /// What was written: file names in `folder`, and the rows of each table.
    public struct Summary: Sendable {
        public let folder: URL
        public let files: [String]
        public let rows: [(table: String, rows: Int)]
        /// Where `baocao --data` should point: the folder, or the SQLite file.
        public var dataPath: URL { files.contains("dataset.sqlite") ? folder.appendingPathComponent("dataset.sqlite") : folder }
    }

    /// Files whose presence makes a folder "already holding a dataset".
    static func isDatasetFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "dataset.yaml" || [".csv", ".xlsx", ".sqlite", ".sqlite3", ".db"].contains { lower.hasSuffix($0) }
    }

    /// Creates `folder` when missing and writes the dataset into it; refuses a
    /// folder that already holds dataset files.
    public func write(to folder: URL) throws(SampleError) -> Summary {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if let clash = existing.sorted().first(where: Self.isDatasetFile) {
            throw .folderHoldsDataset(path: folder.path, file: clash)
        }
        if format == .xlsx, size == .l {
            throw .tooBigForWorkbook(
                Message("size L does not fit an Excel workbook: its member_events, ratings and meetings "
                                     + "tables have millions of rows and a sheet holds 1,048,576"))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(path: folder.path, reason: (error as NSError).localizedDescription)
        }
        let sink: any SampleSink = switch format {
        case .csv: try CSVSampleSink(folder: folder)
        case .sqlite: try SQLiteSampleSink(folder: folder)
        case .xlsx: try XLSXSampleSink(folder: folder)
        }
        var generator = SampleGenerator(size: size, seed: seed)
        var files: [String]
        do throws(SampleError) {
            try generator.generate(into: sink)
            let yaml = PendingFile(folder: folder, name: "dataset.yaml")
            do {
                try Data(datasetYAML(generator.tree).utf8).write(to: yaml.temporary)
            } catch {
                throw SampleError.output(path: yaml.final.path, reason: (error as NSError).localizedDescription)
            }
            files = try sink.finish()
            try yaml.commit()
            files.append("dataset.yaml")
        } catch {
            sink.discard()
            PendingFile(folder: folder, name: "dataset.yaml").remove()
            throw error
        }
        let rows = SampleTable.allCases.map { ($0.name, generator.rows[$0.rawValue]) }
        return Summary(folder: folder, files: files, rows: rows)
    }

    private func datasetYAML(_ tree: SampleUnits) -> String {
        let root = tree.units[0]
        let district = root.kind == "district"
        let place = root.name.replacingOccurrences(of: district ? "Đảng bộ huyện " : "Đảng bộ tỉnh ", with: "")
        var random = SampleRandom.derived(seed, 9)
        let secretary = "\(random.pick(SampleNames.kinh.surnames)) \(random.pick(SampleNames.kinh.maleMiddle)) "
            + random.pick(SampleNames.kinh.maleGiven)
        var lines = [
            "# Synthetic demo data from `baocao sample --size \(size.rawValue) --seed \(seed)`: invented people and places.",
            "name: \(root.name)",
        ]
        if district { lines.append("upper_body: ĐẢNG BỘ TỈNH \(tree.provinceName.uppercased())") }
        lines += [
            "place: \(place)",
            "number_locale: plain",
            "signature: { on_behalf: T/M BAN THƯỜNG VỤ, role: BÍ THƯ, name: \(secretary) }",
            "recipients:",
            district ? "  - Ban Thường vụ Tỉnh ủy (b/c)" : "  - Ban Bí thư Trung ương Đảng (b/c)",
            "  - Các đồng chí \(district ? "Huyện ủy viên" : "Tỉnh ủy viên")",
            "  - Các chi, đảng bộ trực thuộc",
            "  - Lưu Văn phòng \(district ? "Huyện ủy" : "Tỉnh ủy")",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
