/// The organisation tree of a sample dataset (SPEC §1.3 `units`): a district
/// (size S) or a province of districts (M, L), each district with commune
/// committees (villages as branches, a few under sub-committees), agency,
/// army and police committees, and grassroots branches.
struct SampleUnits {
    enum Category: Int {
        case village, communeOffice, communeMilitia, communeSchool, agency, army, police, school, health

        /// Founders (members at the start) of a branch of this kind, before scaling.
        var baseSize: Double {
            [22, 26, 8, 10, 11, 14, 11, 10, 11][rawValue]
        }
        /// Admissions a year per member.
        var admissionRate: Double { [0.034, 0.02, 0.085, 0.026, 0.016, 0.06, 0.04, 0.026, 0.026][rawValue] }
        var transferRate: Double { [0.003, 0.01, 0.02, 0.025, 0.015, 0.04, 0.03, 0.02, 0.015][rawValue] }
        var moveRate: Double { [0.004, 0.03, 0.03, 0.03, 0.02, 0.03, 0.03, 0.02, 0.02][rawValue] }
        var female: Double { [0.28, 0.35, 0.05, 0.85, 0.42, 0.04, 0.15, 0.65, 0.6][rawValue] }
        /// Weights of none, basic, intermediate, advanced political theory.
        var theory: [Double] {
            [[12, 82, 6, 0], [2, 38, 55, 5], [10, 80, 10, 0], [5, 80, 15, 0], [2, 30, 50, 18],
             [3, 55, 35, 7], [3, 50, 40, 7], [5, 70, 22, 3], [5, 65, 25, 5]][rawValue]
        }
    }

    /// Ethnic mixes of a region: the majorities villages draw from, and offices' mix.
    struct Region {
        let villageMajorities: [(SampleNames.Group, Double)]
        let office: [(SampleNames.Group, Double)]
        let highland: Bool
    }

    static let regions: [Region] = [
        Region(villageMajorities: [(SampleNames.thai, 60), (SampleNames.mong, 25), (SampleNames.khmu, 10),
                                   (SampleNames.kinh, 5)],
               office: [(SampleNames.thai, 50), (SampleNames.kinh, 32), (SampleNames.mong, 12), (SampleNames.khmu, 6)],
               highland: true),
        Region(villageMajorities: [(SampleNames.kinh, 100)],
               office: [(SampleNames.kinh, 96), (SampleNames.muong, 2), (SampleNames.tay, 2)], highland: false),
        Region(villageMajorities: [(SampleNames.tay, 50), (SampleNames.nung, 22), (SampleNames.dao, 15),
                                   (SampleNames.mong, 13)],
               office: [(SampleNames.kinh, 40), (SampleNames.tay, 40), (SampleNames.nung, 12), (SampleNames.dao, 8)],
               highland: true),
        Region(villageMajorities: [(SampleNames.muong, 75), (SampleNames.kinh, 20), (SampleNames.dao, 5)],
               office: [(SampleNames.kinh, 55), (SampleNames.muong, 45)], highland: true),
    ]

    struct Unit {
        let id: String
        let parent: Int?
        let name: String
        let kind: String
        let sector: String?
        let header: String?
        /// The grassroots organisation (grassroots committee or branch) it belongs to; itself for one.
        var org: Int
        /// The district-level unit above it (the root for size S).
        var district: Int
        var category: Category
        /// The ethnic mix of its members, for branches.
        var mix: [(SampleNames.Group, Double)] = []
        var isBranch: Bool { kind == "branch" || kind == "grassroots_branch" }
        var isCommune: Bool { kind == "grassroots_committee" && sector == "commune" }
    }

    private(set) var units: [Unit] = []
    private(set) var branches: [Int] = []
    private(set) var orgs: [Int] = []
    private(set) var districtUnits: [Int] = []
    private(set) var branchesOfOrg: [Int: [Int]] = [:]
    private(set) var branchesOfDistrict: [Int: [Int]] = [:]
    private(set) var orgsOfDistrict: [Int: [Int]] = [:]
    let provinceName: String
    private var usedPlaces: Set<String> = []

    /// A place name not used before (while unused ones are easy to find).
    private mutating func place(_ highland: Bool, _ rng: inout SampleRandom) -> String {
        while true {
            let name = highland
                ? rng.pick(SampleNames.highlandFirst) + " " + rng.pick(SampleNames.highlandSecond)
                : rng.pick(SampleNames.lowlandFirst) + " " + rng.pick(SampleNames.lowlandSecond)
            if usedPlaces.insert(name).inserted || usedPlaces.count > 600 { return name }
        }
    }

    init(size: SampleSize, rng: inout SampleRandom) {
        provinceName = rng.pick(SampleNames.lowlandFirst) + " " + rng.pick(SampleNames.lowlandSecond)
        if size.districts == 0 {
            let name = place(true, &rng)
            let rootName = "Đảng bộ huyện \(name)"
            units.append(Unit(id: "h", parent: nil, name: rootName, kind: "district", sector: "district",
                              header: "HUYỆN ỦY \(name.uppercased())", org: -1, district: 0, category: .agency))
            districtUnits = [0]
            addDistrict(0, name: name, prefix: "", region: Self.regions[0], size: size, rng: &rng)
        } else {
            let rootName = "Đảng bộ tỉnh \(provinceName)"
            units.append(Unit(id: "t", parent: nil, name: rootName, kind: "province", sector: "province",
                              header: "TỈNH ỦY \(provinceName.uppercased())", org: -1, district: 0, category: .agency))
            for d in 1...size.districts {
                let region = Self.regions[rng.weighted([35, 30, 20, 15])]
                let name = place(region.highland, &rng)
                let id = "h" + pad(d, 2)
                let index = units.count
                units.append(Unit(id: id, parent: 0, name: "Đảng bộ huyện \(name)", kind: "district", sector: "district",
                                  header: "HUYỆN ỦY \(name.uppercased())", org: -1, district: index, category: .agency))
                districtUnits.append(index)
                addDistrict(index, name: name, prefix: id, region: region, size: size, rng: &rng)
            }
        }
        for (index, unit) in units.enumerated() {
            if unit.isBranch {
                branches.append(index)
                branchesOfOrg[unit.org, default: []].append(index)
                branchesOfDistrict[unit.district, default: []].append(index)
            }
            if unit.org == index {
                orgs.append(index)
                orgsOfDistrict[unit.district, default: []].append(index)
            }
        }
    }

    private mutating func addDistrict(_ district: Int, name districtName: String, prefix: String, region: Region,
                                      size: SampleSize, rng: inout SampleRandom) {
        var orgNumber = 0
        func nextOrgID() -> String {
            orgNumber += 1
            return prefix + "c" + pad(orgNumber, 2)
        }
        // Commune committees.
        for c in 0..<size.communesPerDistrict {
            let name = place(region.highland, &rng)
            let majority = region.villageMajorities
            let id = nextOrgID()
            let org = units.count
            units.append(Unit(id: id, parent: district, name: "Đảng bộ xã \(name)", kind: "grassroots_committee",
                              sector: "commune", header: "ĐẢNG ỦY XÃ \(name.uppercased())", org: org,
                              district: district, category: .communeOffice))
            var number = 0
            func branch(_ parent: Int, _ name: String, _ sector: String, _ category: Category,
                        _ mix: [(SampleNames.Group, Double)]) {
                number += 1
                var unit = Unit(id: id + "b" + pad(number, 2), parent: parent, name: name, kind: "branch", sector: sector,
                                header: nil, org: org, district: district, category: category)
                unit.mix = mix
                units.append(unit)
            }
            branch(org, "Chi bộ Cơ quan xã \(name)", "agency", .communeOffice, region.office)
            branch(org, "Chi bộ Quân sự xã \(name)", "army", .communeMilitia, region.office)
            branch(org, "Chi bộ Trường Mầm non \(name)", "school", .communeSchool, region.office)
            branch(org, "Chi bộ Trường Tiểu học \(name)", "school", .communeSchool, region.office)
            let villages = rng.int(size.villagesPerCommune)
            var parents = [org]
            if c < size.communesWithSubCommittees {
                parents = (1...2).map { part in
                    let index = units.count
                    units.append(Unit(id: id + "p" + String(part), parent: org,
                                      name: "Đảng bộ bộ phận cụm \(region.highland ? "bản" : "thôn") số \(part)",
                                      kind: "sub_committee", sector: "commune", header: nil, org: org,
                                      district: district, category: .village))
                    return index
                }
            }
            for v in 0..<villages {
                let (group, _) = majority[rng.weighted(majority.map(\.1))]
                // Villages follow their majority, with a few neighbours of other groups.
                let mix = [(group, 85.0)] + region.office.map { ($0.0, $0.1 * 0.15) }
                branch(parents[v * parents.count / villages], "Chi bộ \(region.highland ? "bản" : "thôn") \(place(region.highland, &rng))",
                       "village", .village, mix)
            }
        }
        // Agency, army, police… committees.
        for k in 0..<size.committeesPerDistrict {
            let template = Self.committees[k % Self.committees.count]
            let id = nextOrgID()
            let org = units.count
            let name = template.name + " huyện " + districtName
            units.append(Unit(id: id, parent: district, name: name, kind: "grassroots_committee", sector: template.sector,
                              header: "ĐẢNG ỦY " + name.dropFirst("Đảng bộ ".count).uppercased(), org: org,
                              district: district, category: template.category))
            let count = rng.int(size.branchesPerCommittee)
            for b in 0..<count {
                let part = b < template.branches.count ? template.branches[b] : "số \(b + 1)"
                var unit = Unit(id: id + "b" + pad(b + 1, 2), parent: org, name: "Chi bộ \(part)", kind: "branch",
                                sector: template.sector, header: nil, org: org, district: district,
                                category: template.category)
                unit.mix = region.office
                units.append(unit)
            }
        }
        // Grassroots branches (chi bộ cơ sở): members sit directly in them.
        for g in 0..<size.grassrootsBranchesPerDistrict {
            let (name, sector, category) = Self.grassrootsBranches[g % Self.grassrootsBranches.count]
            let id = nextOrgID()
            let full = "Chi bộ \(name) huyện \(districtName)"
            var unit = Unit(id: id, parent: district, name: full, kind: "grassroots_branch", sector: sector,
                            header: "CHI BỘ " + "\(name) huyện \(districtName)".uppercased(), org: units.count,
                            district: district, category: category)
            unit.mix = region.office
            units.append(unit)
        }
    }

    private static let committees: [(name: String, sector: String, category: Category, branches: [String])] = [
        ("Đảng bộ Quân sự", "army", .army,
         ["Chỉ huy", "Tham mưu", "Chính trị", "Hậu cần – Kỹ thuật", "Trung đội Dân quân cơ động",
          "Tiểu đội Dân quân thường trực"]),
        ("Đảng bộ Công an", "police", .police,
         ["Đội Tổng hợp", "Đội An ninh", "Đội Cảnh sát điều tra tội phạm về ma túy", "Đội Cảnh sát giao thông – Trật tự",
          "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Đội Cảnh sát thi hành án hình sự", "Công an các xã"]),
        ("Đảng bộ Cơ quan Chính quyền", "agency", .agency,
         ["Văn phòng HĐND và UBND", "Phòng Tài chính – Kế hoạch", "Phòng Nội vụ", "Phòng Nông nghiệp và PTNT",
          "Phòng Giáo dục và Đào tạo", "Phòng Lao động – Thương binh và Xã hội", "Phòng Tài nguyên và Môi trường",
          "Phòng Kinh tế và Hạ tầng", "Phòng Văn hóa và Thông tin", "Thanh tra"]),
        ("Đảng bộ Cơ quan Đảng – Mặt trận", "agency", .agency,
         ["Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tuyên giáo Huyện ủy",
          "Ban Dân vận Huyện ủy", "Trung tâm Chính trị", "Mặt trận Tổ quốc và các đoàn thể"]),
        ("Đảng bộ Trung tâm Y tế", "health", .health,
         ["Khoa Khám bệnh – Cấp cứu", "Khoa Nội – Nhi", "Khoa Ngoại – Sản", "Khoa Cận lâm sàng – Dược",
          "Khoa Y tế công cộng", "Phòng Hành chính – Kế hoạch"]),
        ("Đảng bộ Trường THPT", "school", .school, ["Tổ Tự nhiên", "Tổ Xã hội", "Tổ Ngoại ngữ – Thể dục", "Hành chính"]),
        ("Đảng bộ Ban Quản lý rừng phòng hộ", "forestry", .agency,
         ["Văn phòng Ban", "Trạm Bảo vệ rừng số 1", "Trạm Bảo vệ rừng số 2", "Trạm Bảo vệ rừng số 3", "Đội cơ động"]),
        ("Đảng bộ Phòng Giáo dục và Đào tạo", "school", .school,
         ["Trường THCS thị trấn", "Trường Tiểu học thị trấn", "Trường Mầm non Hoa Ban", "Trường THCS bán trú"]),
        ("Đảng bộ Thị trấn", "town", .communeOffice,
         ["Cơ quan thị trấn", "Quân sự thị trấn", "Tiểu khu 1", "Tiểu khu 2", "Tiểu khu 3", "Tiểu khu 4", "Tiểu khu 5"]),
        ("Đảng bộ Công ty Cổ phần Nông nghiệp", "enterprise", .agency,
         ["Văn phòng Công ty", "Đội sản xuất số 1", "Đội sản xuất số 2", "Xưởng chế biến"]),
        ("Đảng bộ Trung tâm Dịch vụ công", "agency", .agency,
         ["Bộ phận Một cửa", "Trung tâm Văn hóa – Thể thao", "Ban Quản lý dự án", "Trung tâm Dịch vụ nông nghiệp"]),
        ("Đảng bộ Trường Phổ thông Dân tộc nội trú", "school", .school,
         ["Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Quản lý học sinh", "Hành chính"]),
    ]

    private static let grassrootsBranches: [(String, String, Category)] = [
        ("Ngân hàng Chính sách xã hội", "bank", .agency), ("Kho bạc Nhà nước", "agency", .agency),
        ("Chi cục Thuế", "agency", .agency), ("Viện Kiểm sát nhân dân", "judiciary", .agency),
        ("Tòa án nhân dân", "judiciary", .agency), ("Chi cục Thi hành án dân sự", "judiciary", .agency),
        ("Bảo hiểm xã hội", "agency", .agency), ("Trường THCS thị trấn", "school", .school),
    ]
}

/// `n` with leading zeros to `width` digits.
func pad(_ n: Int, _ width: Int) -> String {
    let text = String(n)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
