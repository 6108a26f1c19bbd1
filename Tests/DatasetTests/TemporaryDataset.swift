import DatasetReaders
import Foundation

/// This run's scratch folder, removed at exit (Swift Testing has no global tear-down).
let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-dataset-tests-\(getpid())")
    atexit { try? FileManager.default.removeItem(at: scratch) }
    return url
}()

/// A dataset folder written from strings into a fresh temporary directory:
/// a small valid base that each test overrides file by file.
struct TemporaryDataset {
    static let baseUnits = """
        id,parent_id,name,kind
        d,,Đảng bộ huyện Mẫu,district
        x,d,Đảng bộ xã X,grassroots_committee
        b1,x,Chi bộ bản 1,branch
        b2,x,Chi bộ bản 2,branch

        """
    static let baseMembers = """
        id,full_name,gender,birth_date
        m1,Lò Văn An,male,1980-01-01
        m2,Quàng Thị Bình,female,1990-02-02

        """
    static let baseEvents = """
        member_id,date,type,unit_id,from_unit_id,status
        m1,2020-01-01,admitted,b1,,
        m2,2020-01-01,transferred_in,b2,,

        """

    let url: URL

    init(_ files: [String: String], base: Bool = true) throws {
        url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var all: [String: Data] = [:]
        if base {
            all["units.csv"] = Data(Self.baseUnits.utf8)
            all["members.csv"] = Data(Self.baseMembers.utf8)
            all["member_events.csv"] = Data(Self.baseEvents.utf8)
        }
        for (name, text) in files { all[name] = Data(text.utf8) }
        for (name, data) in all { try data.write(to: url.appendingPathComponent(name)) }
    }

    init(rawFiles: [String: Data]) throws {
        try self.init([:])
        for (name, data) in rawFiles { try data.write(to: url.appendingPathComponent(name)) }
    }

    func load() throws -> DatasetLoader.Result { try DatasetLoader().load(url) }

    /// The problems as `validate` prints them.
    func messages() throws -> [String] { try load().problems.map(\.description) }
}
