#!/usr/bin/env python3
"""Generate the bundled sample dataset Samples/sopcop/ (Đảng bộ huyện Sốp Cộp).

Synthetic people, real-looking structure: the figures of seed article
003_781d3619481cc1e6.txt (15 grassroots committees, 9 grassroots branches,
184 branches, >3.800 members, 111 admissions = 123,3 % of a plan of 90 and
116 made official in 2021; Nậm Lạnh: 15 branches, 327 members, 7 admissions)
hold exactly; everything else is drawn from a fixed-seed RNG.

Deterministic: one random.Random(SEED), ordered iteration only, files written
as bytes -> identical output on every run.  Standard library only.

    python3 Samples/make_sopcop.py          # writes Samples/sopcop/
    python3 Samples/check_sopcop.py         # independent check + key figures
"""
import csv
import datetime as dt
import io
import random
import unicodedata
from pathlib import Path

SEED = 3800
OUT = Path(__file__).resolve().parent / "sopcop"
FIRST, LAST = dt.date(2015, 1, 1), dt.date(2024, 12, 31)   # detailed history
YEARS = range(2015, 2025)
D = dt.timedelta

# District-wide admissions per year; 2021 is the seed figure.
ADMISSIONS = {2015: 98, 2016: 104, 2017: 112, 2018: 108, 2019: 117,
              2020: 118, 2021: 111, 2022: 114, 2023: 109, 2024: 121}
# The root's own admissions plan; 111 / 90 = 123,3 % in 2021 (seed).
ROOT_TARGET = {2015: 85, 2016: 90, 2017: 95, 2018: 95, 2019: 100,
               2020: 100, 2021: 90, 2022: 95, 2023: 100, 2024: 100}
MADE_OFFICIAL_2021 = 116
NL_ADMITTED_2021, NL_TARGET_2021, NL_MEMBERS_2021 = 7, 6, 327
TOTAL_MEMBERS_2021 = 3852                       # "hơn 3.800 đảng viên"

rng = random.Random(SEED)

# ---------------------------------------------------------------- units ----
# Communes: id, name, villages ("Name:M" = Mông majority, K = Khơ Mú, L = Lào,
# unmarked = Thái).  Each commune also has 4 non-village branches, so
# Nậm Lạnh's 11 villages give the seed's 15 branches.
COMMUNES = [
    ("xsc", "Sốp Cộp", "Hua Mường, Co Pục, Lả Mường, Pá Khôm, Nà Vạc, Tiến Xa, "
     "Ten Ún:M, Pá Cỏ, Co Lắc, Hua Pàn, Huổi Lạ:M, Nà Dạ, Huổi Pá:K"),
    ("ml", "Mường Lèo", "Mường Lèo, Sam Quảng, Nà Lìu, Pá Phấy, Huổi Hịa:M, "
     "Phiêng Pẻn, Tông Pục, Pá Khoang:L, Huổi Lụ:M, Nà Sẳng, Pom Khuông, Huổi Lè:M"),
    ("mlan", "Mường Lạn", "Mường Lạn, Nà Lốc, Huổi Sai, Co Đứa, Pá Lau:K, Nà Hùn, "
     "Bó Mạy, Huổi Mòn:M, Pá Dinh:M, Nậm Ca, Phiêng Cằm, Lọng Sản, Kéo Pháy, Huổi Pản:K"),
    ("nl", "Nậm Lạnh", "Nậm Lạnh, Huổi Khạ, Nà Đứa, Pá Pao:M, Hua Lạnh, Huổi Cáy:M, "
     "Nà Dìa, Phiêng Sai, Co Muông, Pá Xả:K, Huổi Luông:M"),
    ("dc", "Dồm Cang", "Dồm, Hua Mạ, Nà Khá, Huổi Cang, Co Tòng, Pá Bông, Phiêng Xa, "
     "Bó Hốc, Nà Chạn, Huổi Hẹ:M, Pú Hao:M, Pá Mòn:M, Huổi Ít:K, Nà Tòng, Tông Khao, Ít Nọi"),
    ("sk", "Sam Kha", "Sam Kha, Pá Lếch, Mạy Hốc, Huổi Lốt:M, Nà Hạ, Co Kham, "
     "Phiêng Hin, Huổi Chỏm:M, Pá Ban:M, Nong Khương, Bó Cại, Nà Pục"),
    ("pb", "Púng Bánh", "Púng Bánh, Nà Sài, Huổi Sói, Pá Lừa:M, Huổi Lìa:M, Co Pồng, "
     "Pom Lót, Phiêng Lanh, Tà Cọ:M, Nà Kham, Xa Lùng:K, Huổi Khăng:M, Pá Xa"),
    ("mv", "Mường Và", "Mường Và, Nà Khi, Huổi Hưa, Nậm Xá:K, Nà Liềng:L, "
     "Huổi Cảnh:M, Pá Vai:M, Co Súc, Huổi Mực"),
]
# Other grassroots committees: id, name, header, sector, category, branches.
OTHERS = [
    ("qs", "Đảng bộ Quân sự huyện", "ĐẢNG ỦY QUÂN SỰ HUYỆN", "army", "army",
     "Chỉ huy; Tham mưu; Chính trị; Hậu cần – Kỹ thuật; "
     "Trung đội Dân quân cơ động; Tiểu đội Dân quân thường trực"),
    ("ca", "Đảng bộ Công an huyện", "ĐẢNG ỦY CÔNG AN HUYỆN", "police", "police",
     "Đội Tổng hợp; Đội An ninh; Đội Cảnh sát điều tra tội phạm về ma túy; "
     "Đội Cảnh sát điều tra tội phạm về trật tự xã hội; "
     "Đội Cảnh sát quản lý hành chính về trật tự xã hội; "
     "Đội Cảnh sát giao thông – Trật tự; "
     "Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp; Công an các xã"),
    ("cq", "Đảng bộ Cơ quan Chính quyền huyện", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN HUYỆN",
     "agency", "agency",
     "Văn phòng HĐND và UBND huyện; Phòng Tài chính – Kế hoạch; Phòng Nội vụ; "
     "Phòng Nông nghiệp và PTNT; Phòng Giáo dục và Đào tạo; "
     "Phòng Lao động – Thương binh và Xã hội; Phòng Tài nguyên và Môi trường; "
     "Phòng Kinh tế và Hạ tầng; Phòng Văn hóa và Thông tin; Phòng Dân tộc; "
     "Thanh tra huyện; Phòng Tư pháp; Trung tâm Dịch vụ nông nghiệp; "
     "Ban Quản lý dự án đầu tư xây dựng"),
    ("dmt", "Đảng bộ Cơ quan Đảng – Mặt trận huyện",
     "ĐẢNG ỦY CƠ QUAN ĐẢNG – MẶT TRẬN HUYỆN", "agency", "agency",
     "Văn phòng Huyện ủy; Ban Tổ chức Huyện ủy; Ủy ban Kiểm tra Huyện ủy; "
     "Ban Tuyên giáo Huyện ủy; Ban Dân vận Huyện ủy; "
     "Trung tâm Bồi dưỡng chính trị huyện; Mặt trận Tổ quốc và các đoàn thể huyện"),
    ("thpt", "Đảng bộ Trường THPT Sốp Cộp", "ĐẢNG ỦY TRƯỜNG THPT SỐP CỘP",
     "school", "school",
     "Tổ Tự nhiên; Tổ Xã hội; Tổ Ngoại ngữ – Thể dục; Hành chính – Văn phòng"),
    ("bv", "Đảng bộ Bệnh viện đa khoa huyện", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA HUYỆN",
     "health", "health",
     "Khoa Khám bệnh – Cấp cứu; Khoa Nội – Nhi – Truyền nhiễm; Khoa Ngoại – Sản; "
     "Khoa Cận lâm sàng – Dược; Khoa Y học cổ truyền – Phục hồi chức năng; "
     "Phòng Hành chính – Kế hoạch"),
    ("bt", "Đảng bộ Khu bảo tồn thiên nhiên Sốp Cộp",
     "ĐẢNG ỦY KHU BẢO TỒN THIÊN NHIÊN SỐP CỘP", "forestry", "forest",
     "Văn phòng Ban Quản lý; Trạm Kiểm lâm Mường Lèo; Trạm Kiểm lâm Mường Và; "
     "Trạm Kiểm lâm Nậm Lạnh; Trạm Kiểm lâm Mường Lạn; Trạm Kiểm lâm Púng Bánh; "
     "Đội Kiểm lâm cơ động"),
]
# Grassroots branches (chi bộ cơ sở): id, name, sector, category, founders.
GRASSROOTS_BRANCHES = [
    ("nhcs", "Chi bộ Ngân hàng Chính sách xã hội huyện", "bank", "agency", 10),
    ("kbnn", "Chi bộ Kho bạc Nhà nước huyện", "agency", "agency", 7),
    ("thue", "Chi bộ Chi cục Thuế huyện", "agency", "agency", 9),
    ("vks", "Chi bộ Viện Kiểm sát nhân dân huyện", "judiciary", "agency", 8),
    ("tand", "Chi bộ Tòa án nhân dân huyện", "judiciary", "agency", 7),
    ("thads", "Chi bộ Chi cục Thi hành án dân sự huyện", "judiciary", "agency", 7),
    ("bhxh", "Chi bộ Bảo hiểm xã hội huyện", "agency", "agency", 7),
    ("dtnt", "Chi bộ Trường Phổ thông Dân tộc nội trú huyện", "school", "school", 16),
    ("thcs", "Chi bộ Trường THCS Sốp Cộp", "school", "school", 13),
]
# Founders (members on 1/1/2015) per branch, by category, before jitter.
BASE = {"village": 21.6, "c_office": 27, "c_militia": 8, "c_school": 9,
        "agency": 10, "army": 14, "police": 10, "school": 9, "health": 11,
        "forest": 7}
# How strongly a category recruits (admissions per founder, relative).
ADMIT_FACTOR = {"village": 1.0, "c_office": 0.5, "c_militia": 2.5, "c_school": 0.6,
                "agency": 0.35, "army": 1.6, "police": 1.0, "school": 0.6,
                "health": 0.6, "forest": 0.5}
# Yearly hazards for official members.  Army/police rotate a lot; villagers stay.
OUT_RATE = {"village": 0.003, "c_office": 0.01, "c_militia": 0.02, "c_school": 0.025,
            "agency": 0.02, "army": 0.07, "police": 0.05, "school": 0.03,
            "health": 0.025, "forest": 0.02}
MOVE_RATE = {"village": 0.004, "c_office": 0.03, "c_militia": 0.03, "c_school": 0.03,
             "agency": 0.025, "army": 0.03, "police": 0.03, "school": 0.03,
             "health": 0.015, "forest": 0.02}
P_REMOVED, P_EXPELLED, P_RESIGNED, P_RESTORE = 0.0005, 0.0002, 0.00015, 0.3
P_PROBATION_REMOVED = 0.008
# Transfers in from outside the district, per year and category.
TRANSFERS_IN = {"village": 4, "c_office": 2, "c_militia": 1, "c_school": 3,
                "agency": 8, "army": 8, "police": 6, "school": 3, "health": 2,
                "forest": 1}
# Where a move goes: (probability, same grassroots organisation?, categories).
MOVE_RULES = {
    "village": [(0.85, True, ["village"]), (0.15, False, ["village"])],
    "c_office": [(0.2, True, ["village"]), (0.5, False, ["agency"]),
                 (0.3, False, ["c_office"])],
    "c_militia": [(1.0, True, ["village"])],
    "c_school": [(0.7, False, ["c_school"]), (0.3, False, ["school"])],
    "agency": [(0.5, True, ["agency"]), (0.3, False, ["agency"]),
               (0.2, False, ["c_office"])],
    "army": [(1.0, True, ["army"])],
    "police": [(1.0, True, ["police"])],
    "school": [(0.4, True, ["school"]), (0.6, False, ["school", "c_school"])],
    "health": [(1.0, True, ["health"])],
    "forest": [(1.0, True, ["forest"])],
}


class Unit:
    def __init__(self, uid, parent, name, kind, sector, header="", cat=None, org=None):
        self.id, self.parent, self.name, self.kind = uid, parent, name, kind
        self.sector, self.header, self.cat = sector, header, cat
        self.org = org            # the grassroots organisation (Đảng bộ / Chi bộ cơ sở)
        self.eth = "Thái"         # village majority
        self.size = 0             # founders, also the weight for admissions/transfers


units = [Unit("sc", "", "Đảng bộ huyện Sốp Cộp", "district", "district", "HUYỆN ỦY SỐP CỘP")]
ETH_CODE = {"M": "Mông", "K": "Khơ Mú", "L": "Lào"}
for cid, cname, villages in COMMUNES:
    units.append(Unit(cid, "sc", f"Đảng bộ xã {cname}", "grassroots_committee", "commune",
                      f"ĐẢNG ỦY XÃ {cname.upper()}"))
    branches = [(f"Chi bộ Cơ quan xã {cname}", "agency", "c_office", None),
                (f"Chi bộ Quân sự xã {cname}", "militia", "c_militia", None),
                (f"Chi bộ Trường Mầm non {cname}", "school", "c_school", None),
                (f"Chi bộ Trường Tiểu học {cname}", "school", "c_school", None)]
    for v in villages.split(", "):
        name, _, code = v.partition(":")
        branches.append((f"Chi bộ bản {name}", "village", "village", ETH_CODE.get(code, "Thái")))
    for i, (name, sector, cat, eth) in enumerate(branches, 1):
        u = Unit(f"{cid}{i:02d}", cid, name, "branch", sector, cat=cat, org=cid)
        u.eth = eth or u.eth
        units.append(u)
for cid, cname, header, sector, cat, names in OTHERS:
    units.append(Unit(cid, "sc", cname, "grassroots_committee", sector, header))
    for i, name in enumerate(names.split("; "), 1):
        units.append(Unit(f"{cid}{i:02d}", cid, f"Chi bộ {name}", "branch", sector, cat=cat, org=cid))
for gid, name, sector, cat, size in GRASSROOTS_BRANCHES:
    u = Unit(gid, "sc", name, "grassroots_branch", sector, cat=cat, org=gid)
    u.size = size
    units.append(u)

UNIT = {u.id: u for u in units}
BRANCHES = [u for u in units if u.kind in ("branch", "grassroots_branch")]
ORGS = [u for u in units if u.kind in ("grassroots_committee", "grassroots_branch")]
assert len(BRANCHES) - 9 == 184 and len(ORGS) == 24
assert sum(u.parent == "nl" for u in units) == 15
SIZE_SCALE = {"nl": 0.93}   # Nậm Lạnh's branches are smaller: 327 members in 15
for u in BRANCHES:
    if not u.size:
        u.size = max(5, round(BASE[u.cat] * SIZE_SCALE.get(u.org, 1) * rng.uniform(0.7, 1.3)))
BY_ORG = {o.id: [b for b in BRANCHES if b.org == o.id] for o in ORGS}


def pick(branches, factor=None):
    weights = [b.size * (factor[b.cat] if factor else 1) for b in branches]
    return rng.choices(branches, weights)[0]


# --------------------------------------------------------------- people ----
SURNAMES = {  # (surnames, male middle names, female middle names)
    "Thái": ("Lò Lò Lò Cầm Cầm Tòng Vì Quàng Quàng Lường Lường Hoàng Điêu Lù Hà",
             "Văn", "Thị"),
    "Mông": ("Thào Thào Giàng Giàng Vàng Vàng Sùng Mùa Lầu Lý Hờ Tráng Cứ", "A", "Thị"),
    "Kinh": ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Đinh",
             "Văn, Văn, Đức, Minh, Quang, Xuân, Mạnh, Hữu, Ngọc, Thanh",
             "Thị, Thị, Thị, Thị Thu, Thị Thanh, Thị Hồng, Thị Minh, Thị Kim"),
    "Khơ Mú": ("Lò Lò Vi Vi Cà Quàng Tòng", "Văn", "Thị"),
    "Lào": ("Lò Hoàng Cầm Lường Vì", "Văn", "Thị"),
}
GIVEN = {
    "Thái": ("Hùng Thanh Ơn Inh Khiêm Xôm Phanh Chiến Duẩn Hiên Tiên Thương Minh Tuấn "
             "Sơn Tươi Quyết Bun Xiêng Hặc Piện Dũng Hải Khánh Bình Phóng Chung Lả Ngoan",
             "Xuân Lả Thoan Ỏn Ín Phương Hoa Hương Mai Lan Thủy Hà Hiền Nhung Ngọc Diệp "
             "Xiêm Ên Pọm Hoan Thơm Nga Quyên Mây Duyên Yến"),
    "Mông": ("Chứ Dế Lử Pó Sử Tủa Cháng Chớ Dình Páo Thắng Sính Lềnh Dê Sình Sếnh Vư Nhè Xà Lùng",
             "Mỷ Dợ Chá Mai Dở Sua Pà Hoa Say Máy Nhìa Cở Ly Chư Lỳ"),
    "Kinh": ("Hùng Dũng Tuấn Long Hải Thắng Trường Cường Nam Sơn Hiếu Tùng Quân Huy Đức "
             "Phong Toàn Chiến Bình Khánh Lâm Thành Hưng Mạnh",
             "Hương Lan Hoa Mai Huyền Trang Hằng Nga Thủy Linh Phương Thảo Hà Nhung Yến "
             "Loan Vân Dung Hạnh Oanh"),
    "Khơ Mú": ("Pâng Kham Khoa Ón Bun Sinh Thiên Xuyên Tiến Thái Chăn Pọng",
               "Pọm Ngân Sương Kham Bua Ún Xuân Hoa"),
    "Lào": ("Phăn Bun Xổm Khăm Sổm Thoong Xiêng Phết", "Khăm Bua Chăn Xay Ỉn Phim"),
}
# Ethnic mix by branch category: villages follow their majority, offices are mixed.
MIX_OFFICE = {"Thái": 55, "Kinh": 25, "Mông": 12, "Khơ Mú": 5, "Lào": 3}
MIX_DISTRICT = {"Kinh": 45, "Thái": 40, "Mông": 8, "Khơ Mú": 5, "Lào": 2}
MIX_VILLAGE = {"Thái": {"Thái": 85, "Khơ Mú": 5, "Kinh": 4, "Mông": 4, "Lào": 2},
               "Mông": {"Mông": 85, "Thái": 10, "Kinh": 5},
               "Khơ Mú": {"Khơ Mú": 80, "Thái": 15, "Kinh": 5},
               "Lào": {"Lào": 75, "Thái": 20, "Kinh": 5}}
FEMALE = {"village": 0.28, "c_office": 0.35, "c_militia": 0.05, "c_school": 0.85,
          "agency": 0.42, "army": 0.04, "police": 0.15, "school": 0.65,
          "health": 0.6, "forest": 0.12}
THEORY = {  # (none, basic, intermediate, advanced) for established members
    "village": (12, 82, 6, 0), "c_office": (2, 38, 55, 5), "c_militia": (10, 80, 10, 0),
    "c_school": (5, 80, 15, 0), "agency": (2, 30, 50, 18), "army": (3, 55, 35, 7),
    "police": (3, 50, 40, 7), "school": (5, 70, 22, 3), "health": (5, 65, 25, 5),
    "forest": (5, 60, 30, 5)}
THEORY_VI = ("Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp")


def wchoice(table):
    return rng.choices(list(table), list(table.values()))[0]


class Member:
    count = 0

    def __init__(self, unit, birth, join_year):
        Member.count += 1
        self.seq = Member.count   # creation order, tie-break for ids
        cat = unit.cat
        self.eth = wchoice(MIX_VILLAGE[unit.eth] if cat == "village"
                           else MIX_OFFICE if cat.startswith("c_") else MIX_DISTRICT)
        self.female = rng.random() < FEMALE[cat]
        surnames, male_mid, female_mid = SURNAMES[self.eth]
        mid = rng.choice((female_mid if self.female else male_mid).split(", "))
        given = rng.choice(GIVEN[self.eth][self.female].split(" "))
        self.name = f"{rng.choice(surnames.split(' '))} {mid} {given}"
        self.birth = birth
        r = rng.random()
        if self.eth == "Mông" and r < 0.08:
            self.religion = "Tin lành"
        elif self.eth == "Mông" and r < 0.10 or self.eth == "Kinh" and r < 0.03:
            self.religion = "Công giáo"
        elif self.eth == "Kinh" and r < 0.05:
            self.religion = "Phật giáo"
        else:   # real exports mix "Không" and blank for "no religion"
            self.religion = "Không" if rng.random() < 0.45 else ""
        if birth.year < 1972:           # schooled under the old 10-year system
            self.education = rng.choice(["7/10", "7/10", "10/10", "10/10", "10/10"]
                                        if cat == "village" else ["10/10"])
        elif cat in ("village", "c_militia"):
            self.education = wchoice({"5/12": 5, "7/12": 10, "9/12": 35, "12/12": 50})
        else:
            self.education = "12/12"
        weights = THEORY[cat]
        if join_year >= 2023:           # too new for the basic course, mostly
            weights = (60, 40, 0, 0)
        elif join_year >= 2020:
            weights = (25, 70, 5, 0)
        self.theory = THEORY_VI[rng.choices(range(4), weights)[0]]
        self.events = []              # [date, type, unit_id, from_unit_id, status, note]

    def add(self, date, typ, unit, frm="", status="", note=""):
        self.events.append([date, typ, unit.id, frm, status, note])


members = []


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:                # 29 February
        return dt.date(d.year + n, 3, 1)


def rand_date(a, b):
    return a + D(rng.randint(0, (b - a).days))


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birth_for(join, lo, mode, hi):
    """A birth date giving an age at joining near `mode`, born 1945–2003."""
    while True:
        age = int(rng.triangular(lo, hi, mode)) if rng.random() > 0.05 else rng.randint(41, 55)
        year = join.year - age
        if 1945 <= year <= 2003:
            b = rand_date(dt.date(year, 1, 1), dt.date(year, 12, 31))
            if age_on(b, join) >= 19:
                return b


OUTSIDE = ["Đảng bộ huyện Sông Mã", "Đảng bộ huyện Thuận Châu", "Đảng bộ huyện Mai Sơn",
           "Đảng bộ huyện Yên Châu", "Đảng bộ huyện Mộc Châu", "Đảng bộ huyện Quỳnh Nhai",
           "Đảng bộ thành phố Sơn La"]
OUTSIDE_PROVINCE = ["Đảng bộ Quân sự tỉnh", "Đảng bộ Công an tỉnh", "Đảng bộ tỉnh Điện Biên"]


def transfer_note():
    # Some exports carry the other side of a transfer; about half contain a comma.
    r = rng.random()
    if r < 0.12:
        return f"{rng.choice(OUTSIDE)}, tỉnh Sơn La"
    if r < 0.25:
        return rng.choice(OUTSIDE + OUTSIDE_PROVINCE)
    return ""


def move_target(unit):
    r = rng.random()
    for p, same, cats in MOVE_RULES[unit.cat]:   # falls through to the last rule
        if r < p:
            break
        r -= p
    pool = [b for b in BRANCHES if b is not unit and b.cat in cats and (b.org == unit.org) == same]
    if not pool:                      # a grassroots branch has no sibling: go elsewhere
        pool = [b for b in BRANCHES if b.org != unit.org and b.cat in cats]
    return pick(pool)


def death_rate(age):
    return 0.0008 if age < 40 else 0.002 if age < 50 else 0.006 if age < 60 else \
        0.015 if age < 70 else 0.045


def live(m, unit, since):
    """Roll yearly hazards for an official member in `unit` from the day after `since`."""
    day = since
    while True:
        start = max(day + D(1), FIRST)
        if start > LAST:
            return
        end = dt.date(start.year, 12, 31)
        frac = ((end - start).days + 1) / 365
        hazards = [("died", death_rate(age_on(m.birth, start))),
                   ("transferred_out", OUT_RATE[unit.cat]), ("moved", MOVE_RATE[unit.cat]),
                   ("removed", P_REMOVED), ("expelled", P_EXPELLED), ("resigned", P_RESIGNED)]
        r, what = rng.random(), None
        for typ, p in hazards:        # at most one event a year, partial years scaled
            if r < p * frac:
                what = typ
                break
            r -= p * frac
        if not what:
            day = end
            continue
        d = rand_date(start, end)
        if what == "moved":
            new = move_target(unit)
            m.add(d, "moved", new, unit.id)
            unit, day = new, d
            continue
        note = {"transferred_out": transfer_note(),
                "removed": rng.choice(["", "Bỏ sinh hoạt đảng, không đóng đảng phí",
                                       "Không đóng đảng phí 3 tháng"]),
                "expelled": rng.choice(["Vi phạm pháp luật, bị khởi tố", "Vi phạm tư cách đảng viên"]),
                "resigned": "Xin ra khỏi Đảng vì lý do gia đình"}.get(what, "")
        m.add(d, what, unit, note=note)
        if what in ("removed", "resigned", "expelled") and rng.random() < P_RESTORE:
            back = d + D(rng.randint(400, 1500))
            if back <= LAST:
                m.add(back, "restored", unit, note="Theo quyết định của Ban Thường vụ Huyện ủy")
                day = back
                continue
        return


def official_delay():
    # Made official on the first anniversary or some days/weeks later; rarely months.
    r = rng.random()
    return D(0 if r < 0.15 else rng.randint(1, 40) if r < 0.85 else
             rng.randint(41, 90) if r < 0.97 else rng.randint(91, 200))


FEAST_DAYS = [(2, 3), (3, 26), (5, 19), (9, 2)]   # admissions cluster on anniversaries


def admission_date(year, unit):
    if rng.random() < 0.3:
        mo, dd = rng.choice(FEAST_DAYS + ([(12, 22)] if unit.cat in ("army", "c_militia") else []))
        return dt.date(year, mo, dd)
    return rand_date(dt.date(year, 1, 5), dt.date(year, 12, 28))


def admit(unit, d):
    young = unit.cat in ("army", "police", "c_militia")
    m = Member(unit, birth_for(d, 19, 22 if young else 26, 33 if young else 42), d.year)
    m.add(d, "admitted", unit)
    members.append(m)
    if rng.random() < P_PROBATION_REMOVED:
        rd = d + D(rng.randint(120, 330))
        if rd <= LAST:
            m.add(rd, "removed", unit, note="Xóa tên khi đang dự bị, vi phạm tư cách đảng viên")
            return m
    od = add_years(d, 1) + official_delay()
    if od <= LAST:
        m.add(od, "made_official", unit)
        live(m, unit, od)
    return m


def founder(unit, quiet=False):
    """A member already there on 1/1/2015, with real events since joining."""
    years = list(range(1975, 2013 if quiet else 2015))
    # Older cohorts thinned by deaths and departures; recent years ~100 a year.
    y = rng.choices(years, [yy - 1950 for yy in years])[0]
    d = rand_date(dt.date(y, 1, 1), dt.date(y, 12, 31))
    by_transfer = y >= 1990 and rng.random() < (0.35 if unit.cat in ("army", "police", "agency") else 0.05)
    m = Member(unit, birth_for(d, 19, 30 if by_transfer else 25, 45 if by_transfer else 40), y)
    members.append(m)
    if by_transfer:
        m.add(d, "transferred_in", unit, status=rng.choice(["", "official"]))
        last = d
    else:
        m.add(d, "admitted", unit)
        last = add_years(d, 1) + D(rng.randint(0, 42))
        m.add(last, "made_official", unit)
    if not quiet:
        live(m, unit, last)


def apportion(total, weights, floor=0):
    """Largest-remainder split of `total`, each share at least `floor`."""
    rest = total - floor * len(weights)
    raw = [rest * w / sum(weights) for w in weights]
    out = [floor + int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (int(raw[i]) - raw[i], i))
    for i in order[:total - sum(out)]:
        out[i] += 1
    return out


# ------------------------------------------------------------ simulate ----
for b in BRANCHES:
    for _ in range(b.size):
        founder(b)

# A small grassroots branch still admits someone every year or two.
ORG_WEIGHT = [max(20, sum(b.size * ADMIT_FACTOR[b.cat] for b in BY_ORG[o.id])) for o in ORGS]
NL = ORGS.index(UNIT["nl"])
for year in YEARS:
    weights = [w * rng.uniform(0.7, 1.3) for w in ORG_WEIGHT]
    if year == 2021:                  # Nậm Lạnh's 7 are fixed by the seed
        del weights[NL]
        counts = apportion(ADMISSIONS[year] - NL_ADMITTED_2021, weights)
        counts.insert(NL, NL_ADMITTED_2021)
    else:
        counts = apportion(ADMISSIONS[year], weights)
    for org, n in zip(ORGS, counts):
        for _ in range(n):
            b = pick(BY_ORG[org.id], ADMIT_FACTOR)
            admit(b, admission_date(year, b))
    for cat, n in TRANSFERS_IN.items():
        for _ in range(round(n * rng.uniform(0.6, 1.4))):
            b = pick([x for x in BRANCHES if x.cat == cat])
            d = rand_date(dt.date(year, 1, 1), dt.date(year, 12, 31))
            m = Member(b, birth_for(d, 22, 30, 50), year - 3)
            members.append(m)
            if rng.random() < 0.07:   # still probationary, admitted elsewhere
                m.add(d, "transferred_in", b, status="probationary", note=transfer_note())
                od = d + D(rng.randint(60, 300))
                if od <= LAST:
                    m.add(od, "made_official", b)
                    live(m, b, od)
            else:
                m.add(d, "transferred_in", b, status=rng.choice(["", "official"]),
                      note=transfer_note())
                live(m, b, d)


# -------------------------------------------- adjust to the seed figures ----
def events_of(typ, year):
    return [(m, i) for m in members for i, e in enumerate(m.events)
            if e[1] == typ and e[0].year == year]


def slack(m, i):
    """Open interval (prev, next) in which event i of m can be re-dated."""
    prev = m.events[i - 1][0] if i else dt.date(1900, 1, 1)
    nxt = m.events[i + 1][0] if i + 1 < len(m.events) else LAST + D(1)
    return prev, nxt


def earliest_official(m, i):
    # made official no sooner than 12 months after admission (if admitted here)
    p = m.events[i - 1] if i else None
    return add_years(p[0], 1) if p and p[1] == "admitted" else dt.date(1900, 1, 1)


# 116 made official in 2021: shift a few decisions across New Year.
made = events_of("made_official", 2021)
diff = len(made) - MADE_OFFICIAL_2021
if diff > 0:    # postpone the latest 2021 decisions to January 2022
    for m, i in sorted(made, key=lambda x: (x[0].events[x[1]][0], x[0].seq), reverse=True):
        if diff == 0:
            break
        new = dt.date(2022, 1, rng.randint(4, 20))
        if new < slack(m, i)[1]:
            m.events[i][0], diff = new, diff - 1
else:           # bring forward early-2022 decisions whose year is already up
    for m, i in sorted(events_of("made_official", 2022), key=lambda x: (x[0].events[x[1]][0], x[0].seq)):
        if diff == 0:
            break
        new = max(earliest_official(m, i), dt.date(2021, 12, rng.randint(15, 30)))
        if new.year == 2021 and m.events[i - 1][1] == "admitted":
            m.events[i][0], diff = new, diff + 1
assert diff == 0, "could not reach 116 made official in 2021"

# One member moved and made official on the same day, in that order: the
# made_official row names the new branch, so reading them swapped is an error.
for m in members:
    e = m.events
    if (len(e) == 2 and e[1][1] == "made_official" and e[1][0].year == 2021
            and UNIT[e[0][2]].cat == "village" and UNIT[e[0][2]].org != "nl"):
        old = UNIT[e[0][2]]
        new = pick([b for b in BY_ORG[old.org] if b.cat == "village" and b is not old])
        e.insert(1, [e[1][0], "moved", new.id, old.id, "", "Chuyển sinh hoạt theo nơi cư trú"])
        e[2][2] = new.id
        pinned = {id(m)}              # keep the pair together: not re-dated below
        break

# Edge days: re-date one event of the type inside its own year (keeps yearly
# and year-end figures) onto quarter and year boundaries and same-day pairs.
PINS = [("transferred_in", "2021-01-01"), ("died", "2021-12-31"),
        ("admitted", "2021-03-31"), ("admitted", "2021-04-01"),
        ("made_official", "2021-03-31"), ("moved", "2021-04-01"),
        ("transferred_out", "2021-12-31"), ("made_official", "2021-12-31"),
        ("admitted", "2021-05-19"), ("made_official", "2021-05-19"),
        ("admitted", "2020-12-31"), ("made_official", "2022-01-01"),
        ("died", "2015-01-01"), ("transferred_in", "2019-04-01"),
        ("transferred_out", "2023-03-31"), ("admitted", "2024-12-31"), ("moved", "2022-12-31")]
for typ, iso in PINS:
    day = dt.date.fromisoformat(iso)
    best = None
    for m, i in events_of(typ, day.year):
        prev, nxt = slack(m, i)
        ok = prev < day < nxt and (typ != "made_official" or day >= earliest_official(m, i))
        if typ == "admitted" and i + 1 < len(m.events) and m.events[i + 1][1] == "made_official":
            ok = ok and add_years(day, 1) <= m.events[i + 1][0]
        if ok and id(m) not in pinned:
            key = (abs((m.events[i][0] - day).days), m.seq)
            if best is None or key < best[0]:
                best = (key, m, i)
    assert best, f"no event to pin on {iso}"
    best[1].events[best[2]][0] = day
    pinned.add(id(best[1]))

# Someone born on 29 February (ages: 27 on 28/02/2024, 28 on 29/02/2024).
leap = next(m for m in members if m.birth.year == 1996 and m.events[0][0].year >= 2018
            and m.events[-1][1] != "died")
leap.birth = dt.date(1996, 2, 29)


def in_unit(m, day):
    unit = None
    for e in m.events:
        if e[0] > day:
            break
        unit = None if e[1] in ("transferred_out", "died", "expelled", "removed", "resigned") else e[2]
    return unit


# Hit Nậm Lạnh's 327 and the district total at the end of 2021 exactly by
# adding or dropping long-standing members with no events after 2014 (plenty
# of those: most founders never move).  Nobody else depends on them.
END21 = dt.date(2021, 12, 31)


def settle(in_scope, target):
    now = [m for m in members if (u := in_unit(m, END21)) and in_scope(UNIT[u])]
    delta = target - len(now)
    if delta > 0:
        for _ in range(delta):
            founder(pick([b for b in BRANCHES if in_scope(b)]), quiet=True)
    else:
        quiet = [m for m in now if m.events[-1][0] < FIRST]
        for m in rng.sample(quiet, -delta):
            members.remove(m)
    return delta


TOP_UP = (settle(lambda u: u.org == "nl", NL_MEMBERS_2021),
          settle(lambda u: u.org != "nl", TOTAL_MEMBERS_2021 - NL_MEMBERS_2021))

# Ids in order of joining, so the member list reads chronologically.
members.sort(key=lambda m: (m.events[0][0], m.seq))
for n, m in enumerate(members, 1):
    m.id = f"DV{n:05d}"


# ---------------------------------------------------------------- write ----
def csv_bytes(header, rows, delimiter=",", eol="\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)   # quotes only when needed
    for row in [header] + rows:
        w.writerow([unicodedata.normalize("NFC", str(c)) for c in row])
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


OUT.mkdir(exist_ok=True)
(OUT / "units.csv").write_bytes(csv_bytes(
    ["id", "parent_id", "name", "kind", "sector", "header_name"],
    [[u.id, u.parent, u.name, u.kind, u.sector, u.header] for u in units]))

# Members: the Vietnamese Excel export variant — aliases, ';', BOM, CRLF, dd/mm/yyyy.
(OUT / "members.csv").write_bytes(csv_bytes(
    ["Mã đảng viên", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo",
     "Trình độ học vấn", "Lý luận chính trị"],
    [[m.id, m.name, "Nữ" if m.female else "Nam", m.birth.strftime("%d/%m/%Y"), m.eth,
      m.religion, m.education, m.theory] for m in members],
    delimiter=";", eol="\r\n", bom=True))

# Events by date, then member id; a stable sort keeps one member's same-day order.
rows = [[m.id, e[0].isoformat()] + e[1:] for m in members for e in m.events]
rows.sort(key=lambda r: (r[1], r[0]))
(OUT / "member_events.csv").write_bytes(csv_bytes(
    ["member_id", "date", "type", "unit_id", "from_unit_id", "status", "note"], rows))

# Targets: root's own plan, split over the 24 grassroots organisations (sum = root).
target_rows = []
for year in YEARS:
    target_rows.append(["sc", year, "admissions", ROOT_TARGET[year]])
    if year == 2021:                  # Nậm Lạnh's plan is fixed: 7 / 6 = 116,7 %
        rest = [w for o, w in zip(ORGS, ORG_WEIGHT) if o.id != "nl"]
        split = apportion(ROOT_TARGET[year] - NL_TARGET_2021, rest, floor=1)
        split.insert(NL, NL_TARGET_2021)
    else:
        split = apportion(ROOT_TARGET[year], ORG_WEIGHT, floor=1)
    target_rows += [[o.id, year, "admissions", v] for o, v in zip(ORGS, split)]
(OUT / "targets.csv").write_bytes(csv_bytes(["Mã đơn vị", "Năm", "Chỉ tiêu", "Giá trị"],
                                            target_rows))

(OUT / "dataset.yaml").write_bytes(unicodedata.normalize("NFC", """\
# Sample dataset modelled on seed article 003 (Sốp Cộp, Sơn La). Synthetic people.
name: Đảng bộ huyện Sốp Cộp
upper_body: ĐẢNG BỘ TỈNH SƠN LA
place: Sốp Cộp
number_locale: plain
signature: { on_behalf: T/M BAN THƯỜNG VỤ, role: BÍ THƯ, name: Quàng Văn Tiêu }
recipients:                       # block list: the 2nd recipient contains a comma
  - Ban Thường vụ Tỉnh ủy (b/c)
  - Các chi, đảng bộ trực thuộc
  - Lưu Văn phòng Huyện ủy
""").encode("utf-8"))

print(f"wrote {OUT}: {len(units)} units, {len(members)} members, {len(rows)} events, "
      f"{len(target_rows)} targets (long-standing members added(+)/dropped(-) to hit "
      f"the 2021 figures: Nậm Lạnh {TOP_UP[0]:+d}, elsewhere {TOP_UP[1]:+d})")

# Inspections, disciplines and petitions: a separate step with its own RNG that
# reads the membership files just written and leaves them as they are.
import make_sopcop_inspections  # noqa: E402  (Samples/ is on sys.path: this script's folder)
make_sopcop_inspections.main(OUT)

# Ratings and meetings: another separate step with its own RNG that reads the
# membership files and leaves them as they are (seed: Nậm Lạnh 2021, 100 % of
# branches and 85,2 % of members good or better).
import make_ratings_meetings  # noqa: E402
make_ratings_meetings.run("sopcop")
