/// How big a sample dataset is (SPEC §8 `baocao sample --size`).
public enum SampleSize: String, CaseIterable, Sendable {
    /// A district: about 4.000 members, 24 grassroots organisations, 200 branches.
    case s = "S"
    /// A province: about 100.000 members in 10 districts, 600 grassroots organisations, 5.000 branches.
    case m = "M"
    /// A very large province: about 1.000.000 members in 100 districts.
    case l = "L"

    /// Accepts `S`, `m`, `small`, `medium`, `large`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "s", "small": self = .s
        case "m", "medium": self = .m
        case "l", "large": self = .l
        default: return nil
        }
    }

    /// District-level units under a province root; 0: the root is the district.
    var districts: Int { self == .s ? 0 : self == .m ? 10 : 100 }
    var communesPerDistrict: Int { self == .s ? 15 : 40 }
    var committeesPerDistrict: Int { self == .s ? 4 : 12 }
    var grassrootsBranchesPerDistrict: Int { self == .s ? 5 : 8 }
    var villagesPerCommune: ClosedRange<Int> { self == .s ? 4...10 : 3...10 }
    var branchesPerCommittee: ClosedRange<Int> { self == .s ? 5...10 : 4...8 }
    /// Communes per district whose village branches sit in sub-committees (đảng bộ bộ phận).
    var communesWithSubCommittees: Int { self == .s ? 2 : 1 }
    /// Members wanted at the end of the ten years.
    public var approximateMembers: Int { self == .s ? 4_000 : self == .m ? 100_000 : 1_000_000 }
}

/// The file format of a sample dataset.
public enum SampleFormat: String, CaseIterable, Sendable {
    /// One `NAME.csv` per table.
    case csv
    /// One workbook `dataset.xlsx`, one sheet per table.
    case xlsx
    /// One database `dataset.sqlite`.
    case sqlite
}
