#!/usr/bin/env python3
"""Generate the sample dataset Samples/muongchien/ (Đảng bộ xã Mường Chiên).

A commune Party committee of Quỳnh Nhai district (Sơn La), modelled on seed
article 000_d36d69e27c34a1df.txt (04/08/2020): "Đảng bộ xã Mường Chiên có 3 chi
bộ, với 134 đảng viên", "kiểm tra 100% chi bộ trực thuộc, kiểm tra 3 đảng viên
có dấu hiệu vi phạm", 84 fish cages giving 40 tonnes a year, over 2.500 head of
cattle and nearly 10.000 poultry, 34 ha of maize and cassava land turned into
fruit orchards, a community-tourism cooperative, income of 30 million đồng per
person a year and 7,7 % poor and near-poor households.

Synthetic people with six years of membership history (2015–2020) drawn from
one random.Random(SEED); the economic figures are written out as fixed tables.
Deterministic: ordered iteration only, files written as bytes.

    python3 Samples/make_muongchien.py      # writes Samples/muongchien/
    python3 Samples/check_muongchien.py     # independent check + key figures
"""
import csv
import datetime as dt
import io
import random
import unicodedata
from pathlib import Path

SEED = 134
OUT = Path(__file__).resolve().parent / "muongchien"
FIRST, LAST = dt.date(2015, 1, 1), dt.date(2020, 12, 31)
YEARS = range(2015, 2021)
D = dt.timedelta
rng = random.Random(SEED)

# ---------------------------------------------------------------- units ----
ROOT = "mc"
UNITS = [  # id, parent, name, kind, sector, header
    ("mc", "", "Đảng bộ xã Mường Chiên", "grassroots_committee", "commune", "ĐẢNG ỦY XÃ MƯỜNG CHIÊN"),
    ("mc01", "mc", "Chi bộ bản Ít Lốc", "branch", "village", ""),
    ("mc02", "mc", "Chi bộ bản Chiên", "branch", "village", ""),
    ("mc03", "mc", "Chi bộ Cơ quan xã và Trường học", "branch", "agency", ""),
]
KIND_VI = {"grassroots_committee": "Đảng bộ cơ sở", "branch": "Chi bộ trực thuộc"}
BRANCHES = ["mc01", "mc02", "mc03"]
END_2020 = {"mc01": 51, "mc02": 45, "mc03": 38}        # 134 members (seed)
assert sum(END_2020.values()) == 134

# Yearly events: admissions by branch, transfers, deaths, moves, removals.
ADMIT = {2015: (2, 2, 1), 2016: (3, 2, 1), 2017: (2, 2, 1), 2018: (3, 3, 1),
         2019: (2, 3, 1), 2020: (3, 2, 1)}
TARGET = {2015: (2, 2, 1), 2016: (2, 2, 1), 2017: (2, 3, 1), 2018: (2, 3, 1),
          2019: (2, 3, 1), 2020: (3, 2, 1)}             # branch plans; the root's is the sum
TRANSFER_IN = {2015: ("mc03",), 2016: ("mc03", "mc01"), 2017: ("mc03",),
               2018: ("mc03", "mc03*"), 2019: ("mc02",), 2020: ("mc03", "mc03")}  # * = dự bị
TRANSFER_OUT = {2015: ("mc03",), 2016: ("mc03",), 2017: ("mc03", "mc01"),
                2018: ("mc03",), 2019: ("mc03", "mc02"), 2020: ("mc03",)}
DIED = {2015: ("mc01",), 2016: ("mc02", "mc01"), 2017: ("mc02",), 2018: ("mc01",),
        2019: ("mc01", "mc02"), 2020: ("mc02",)}
MOVED = {2016: (("mc03", "mc01"),), 2019: (("mc02", "mc03"),), 2020: (("mc01", "mc03"),)}
REMOVED = {2017: ("mc02",)}

# --------------------------------------------------------------- people ----
SURNAMES = {"Thái": "Lò Lò Lò Cầm Quàng Quàng Lường Lường Tòng Vì Điêu Hoàng Cà",
            "Kháng": "Lò Quàng Cà Vì Lò",
            "Kinh": "Nguyễn Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ",
            "Mông": "Thào Giàng Vàng Sùng Mùa"}
MIDDLE = {"Thái": ("Văn", "Thị"), "Kháng": ("Văn", "Thị"), "Mông": ("A", "Thị"),
          "Kinh": ("Văn, Văn, Đức, Minh, Quang, Xuân, Hữu", "Thị, Thị, Thị Thu, Thị Thanh, Thị Hồng")}
GIVEN = {
    "Thái": ("Hùng Thanh Ơn Inh Khiêm Xôm Phanh Chiến Duẩn Hiên Tiên Minh Tuấn Sơn Quyết "
             "Bun Xiêng Hặc Piện Dũng Hải Khánh Bình Phóng Chung Ngoan Thoong Ên Pánh",
             "Xuân Lả Thoan Ỏn Ín Phương Hoa Hương Mai Lan Thủy Hiền Nhung Ngọc Xiêm Pọm "
             "Hoan Thơm Nga Quyên Duyên Yến"),
    "Kháng": ("Khăm Pâng Sinh Thiên Tiến Chăn Pọng Phong", "Bua Ún Ngân Sương Kham"),
    "Kinh": ("Hùng Dũng Tuấn Long Hải Thắng Trường Cường Nam Sơn Hiếu Tùng Quân Huy Đức",
             "Hương Lan Hoa Mai Huyền Trang Hằng Nga Thủy Linh Phương Thảo Hà Nhung Yến"),
    "Mông": ("Chứ Dế Lử Pó Sử Tủa Cháng Páo", "Mỷ Dợ Chá Mai Sua Pà"),
}
MIX = {"village": {"Thái": 86, "Kháng": 7, "Kinh": 4, "Mông": 3},
       "agency": {"Thái": 58, "Kinh": 36, "Kháng": 6}}
FEMALE = {"village": 0.27, "agency": 0.48}
THEORY = {"village": (12, 80, 8, 0), "agency": (2, 40, 50, 8)}
THEORY_EN = ("none", "basic", "intermediate", "advanced")
SECTOR = {u[0]: u[4] for u in UNITS}
SECRETARY = "Lò Văn Thưởng"          # BÍ THƯ in dataset.yaml, a member of mc03


def rand_date(a, b):
    return a + D(rng.randint(0, (b - a).days))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return dt.date(d.year + n, 3, 1)


def birth_for(day, lo, hi):
    """A birth date making the person lo..hi years old on `day`."""
    return rand_date(add_years(day, -hi - 1) + D(1), add_years(day, -lo))


class Member:
    count = 0

    def __init__(self, branch, birth, join_year, name=None, eth=None, female=None):
        Member.count += 1
        self.seq = Member.count
        cat = SECTOR[branch]
        mix = MIX[cat]
        self.eth = eth or rng.choices(list(mix), list(mix.values()))[0]
        self.female = rng.random() < FEMALE[cat] if female is None else female
        mid = rng.choice(MIDDLE[self.eth][self.female].split(", "))
        given = rng.choice(GIVEN[self.eth][self.female].split(" "))
        self.name = name or f"{rng.choice(SURNAMES[self.eth].split(' '))} {mid} {given}"
        self.birth = birth
        self.religion = "Không" if rng.random() < 0.4 else ""
        if birth.year < 1972:
            self.education = rng.choice(["7/10", "10/10", "10/10"])
        elif cat == "village":
            self.education = rng.choices(["7/12", "9/12", "12/12"], [15, 40, 45])[0]
        else:
            self.education = "12/12"
        w = THEORY[cat] if join_year < 2018 else (40, 60, 0, 0)
        self.theory = THEORY_EN[rng.choices(range(4), w)[0]]
        self.events = []            # [date, type, unit, from_unit, status, note]
        self.branch = branch
        self.official_on = None     # None while probationary
        self.gone = False

    def add(self, day, typ, unit, frm="", status="", note=""):
        self.events.append([day, typ, unit, frm, status, note])


members = []


def admit(branch, day):
    m = Member(branch, birth_for(day, 19, 38), day.year)
    m.add(day, "admitted", branch)
    od = add_years(day, 1) + D(rng.choice([0, 0, rng.randint(1, 40), rng.randint(1, 40),
                                           rng.randint(41, 80)]))
    if od <= LAST:
        m.add(od, "made_official", branch)
        m.official_on = od
    members.append(m)
    return m


def founder(branch, **kw):
    """A member on 1/1/2015, with real joining events before 2015."""
    y = rng.choices(range(1978, 2014), [yy - 1970 for yy in range(1978, 2014)])[0]
    if kw.get("join_year"):
        y = kw.pop("join_year")
    day = rand_date(dt.date(y, 1, 1), dt.date(y, 12, 31))
    by_transfer = SECTOR[branch] == "agency" and rng.random() < 0.3
    m = Member(branch, birth_for(day, 20, 36 if by_transfer else 32), y, **kw)
    if by_transfer:
        m.add(day, "transferred_in", branch, status=rng.choice(["", "official"]))
        m.official_on = day
    else:
        m.add(day, "admitted", branch)
        m.official_on = add_years(day, 1) + D(rng.randint(0, 40))
        m.add(m.official_on, "made_official", branch)
    members.append(m)
    return m


# The schedule: every event that changes a branch's count, with its date.
schedule = []      # (date, order, type, branch, other)
for y in YEARS:
    a, b = dt.date(y, 1, 10), dt.date(y, 12, 20)
    for branch, n in zip(BRANCHES, ADMIT[y]):
        for _ in range(n):
            # branches admit on the Party's anniversaries more than on other days
            day = (dt.date(y, *rng.choice([(2, 3), (5, 19), (9, 2)]))
                   if rng.random() < 0.3 else rand_date(a, b))
            schedule.append((day, 1, "admitted", branch, ""))
    for spec in TRANSFER_IN[y]:
        schedule.append((rand_date(a, b), 2, "transferred_in", spec.rstrip("*"),
                         "probationary" if spec.endswith("*") else ""))
    for kind, table in (("transferred_out", TRANSFER_OUT), ("died", DIED), ("removed", REMOVED)):
        for branch in table.get(y, ()):
            schedule.append((rand_date(a, b), 3, kind, branch, ""))
    for frm, to in MOVED.get(y, ()):
        schedule.append((rand_date(a, b), 4, "moved", to, frm))

net = {b: 0 for b in BRANCHES}
for _, _, kind, branch, other in schedule:
    if kind in ("admitted", "transferred_in"):
        net[branch] += 1
    elif kind == "moved":
        net[branch] += 1
        net[other] -= 1
    else:
        net[branch] -= 1

# Founders per branch, so that the end of 2020 gives exactly END_2020.
secretary = founder("mc03", name=SECRETARY, eth="Thái", female=False, join_year=1996)
for branch in BRANCHES:
    for _ in range(END_2020[branch] - net[branch] - (branch == "mc03")):
        founder(branch)

NOTES = {"transferred_out": ["Chuyển sinh hoạt về Đảng bộ huyện Quỳnh Nhai",
                             "Chuyển công tác sang xã Chiềng Khay",
                             "Chuyển công tác về huyện Thuận Châu, tỉnh Sơn La"],
         "transferred_in": ["Từ Đảng bộ xã Mường Giàng", "Từ Đảng bộ thị trấn Phiêng Lanh",
                            "Điều động về công tác tại xã"],
         "removed": ["Bỏ sinh hoạt đảng, không đóng đảng phí"],
         "moved": ["Nghỉ hưu, sinh hoạt tại nơi cư trú", "Được bầu vào Ủy ban nhân dân xã",
                   "Chuyển về công tác tại xã"]}


def candidates(branch, day):
    """Official members in `branch` on `day` with nothing else scheduled."""
    return [m for m in members if m.branch == branch and not m.gone and m is not secretary
            and m.official_on is not None and m.official_on < day
            and m.events[-1][0] < day]


def age(m, day):
    return day.year - m.birth.year - ((day.month, day.day) < (m.birth.month, m.birth.day))


for day, _, kind, branch, other in sorted(schedule, key=lambda s: (s[0], s[1], s[3])):
    if kind == "admitted":
        admit(branch, day)
    elif kind == "transferred_in":
        m = Member(branch, birth_for(day, 24, 45), day.year - 3)
        m.add(day, "transferred_in", branch, status=other or rng.choice(["", "official"]),
              note=rng.choice(NOTES["transferred_in"]))
        if other == "probationary":
            m.official_on = day + D(rng.randint(90, 240))
            m.add(m.official_on, "made_official", branch)
        else:
            m.official_on = day
        members.append(m)
    elif kind == "moved":
        pool = candidates(other, day)
        m = pool[rng.randrange(len(pool))]
        m.add(day, "moved", branch, other, note=NOTES["moved"][len(m.events) % 3])
        m.branch = branch
    else:
        pool = candidates(branch, day)
        if kind == "died":          # weighted towards the old
            weights = [max(1, age(m, day) - 45) ** 2 for m in pool]
        elif kind == "transferred_out":
            weights = [1 if age(m, day) < 45 else 0.1 for m in pool]
        else:
            weights = [1] * len(pool)
        m = rng.choices(pool, weights)[0]
        m.add(day, kind, branch, note=rng.choice(NOTES.get(kind, [""])))
        m.gone = True

members.sort(key=lambda m: (m.events[0][0], m.seq))
for n, m in enumerate(members, 1):
    m.id = f"MC{n:04d}"


# ---------------------------------------------------------------- write ----
def csv_bytes(header, rows, delimiter=",", eol="\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)   # quotes only when needed
    for row in [header] + rows:
        w.writerow([unicodedata.normalize("NFC", str(c)) for c in row])
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


def dmy(d):          # D/M/YYYY, not zero-padded
    return f"{d.day}/{d.month}/{d.year}"


OUT.mkdir(exist_ok=True)
# Units: Vietnamese headers and kind labels.
(OUT / "units.csv").write_bytes(csv_bytes(
    ["Mã đơn vị", "Mã đơn vị cấp trên", "Tên đơn vị", "Loại", "Loại hình", "Tên trên văn bản"],
    [[u[0], u[1], u[2], KIND_VI[u[3]], u[4], u[5]] for u in UNITS]))

# Members: canonical English headers and values, ISO dates.
(OUT / "members.csv").write_bytes(csv_bytes(
    ["id", "full_name", "gender", "birth_date", "ethnicity", "religion", "education",
     "political_theory"],
    [[m.id, m.name, "female" if m.female else "male", m.birth.isoformat(), m.eth, m.religion,
      m.education, m.theory] for m in members]))

# Events: an Excel export — Vietnamese headers and labels, D/M/YYYY, ';', BOM, CRLF.
TYPE_VI = {"admitted": "Kết nạp", "made_official": "Chuyển chính thức",
           "transferred_in": "Chuyển đến", "moved": "Chuyển sinh hoạt nội bộ",
           "transferred_out": "Chuyển đi", "died": "Từ trần", "removed": "Xóa tên"}
STATUS_VI = {"": "", "official": "Chính thức", "probationary": "Dự bị"}
rows = [[m.id, e[0], TYPE_VI[e[1]], e[2], e[3], STATUS_VI[e[4]], e[5]]
        for m in members for e in m.events]
rows.sort(key=lambda r: (r[1], r[0]))              # stable: same-day order kept
for r in rows:
    r[1] = dmy(r[1])
(OUT / "member_events.csv").write_bytes(csv_bytes(
    ["Mã đảng viên", "Ngày", "Loại biến động", "Mã đơn vị", "Từ đơn vị", "Trạng thái", "Ghi chú"],
    rows, delimiter=";", eol="\r\n", bom=True))

target_rows = []
for y in YEARS:
    target_rows.append([ROOT, y, "admissions", sum(TARGET[y])])
    target_rows += [[b, y, "admissions", v] for b, v in zip(BRANCHES, TARGET[y])]
(OUT / "targets.csv").write_bytes(csv_bytes(["unit_id", "year", "metric", "value"], target_rows))

# ------------------------------------------ inspections and discipline ----
# "Trong 5 năm, Đảng ủy xã đã tiến hành kiểm tra 100% chi bộ trực thuộc, kiểm tra
# 3 đảng viên có dấu hiệu vi phạm" and "một số đảng viên bị thi hành kỷ luật".
def member_in(branch, day, until):
    """Members in `branch` from `day` through `until` (from the events just built)."""
    out = []
    for m in members:
        unit = None
        ok = True
        for e in m.events:
            if e[0] > until:
                break
            unit_after = None if e[1] in ("transferred_out", "died", "removed") else e[2]
            if e[0] <= day:
                unit = unit_after
            elif unit_after != branch:
                ok = False
        if unit == branch and ok and m is not secretary:
            out.append(m.id)
    return out


CAMPAIGNS = [  # id, unit, body, kind, start, [(target type, target or branch-to-pick, conclusion)]
    ("mc-2015-CU01", "mc", "committee", "supervision", dt.date(2015, 9, 15),
     [("organization", "mc03", "good")]),
    ("mc-2016-CU01", "mc", "committee", "inspection", dt.date(2016, 4, 12),
     [("organization", "mc01", "good"), ("organization", "mc02", "shortcomings")]),
    ("mc-2016-UBKT01", "mc", "inspection_committee", "violation_signs", dt.date(2016, 10, 5),
     [("member", "mc02", "violation")]),
    ("mc-2017-CU01", "mc", "committee", "inspection", dt.date(2017, 5, 23),
     [("organization", "mc03", "good")]),
    ("mc-2017-UBKT01", "mc", "inspection_committee", "finance", dt.date(2017, 8, 8),
     [("organization", "mc01", "good"), ("organization", "mc02", "good"),
      ("organization", "mc03", "shortcomings")]),
    ("mc02-2017-CU01", "mc02", "committee", "supervision", dt.date(2017, 9, 6),
     [("member", "mc02", "good"), ("member", "mc02", "discipline")]),
    ("mc-2018-CU01", "mc", "committee", "supervision", dt.date(2018, 3, 20),
     [("organization", "mc01", "good"), ("organization", "mc02", "good")]),
    ("mc-2018-UBKT01", "mc", "inspection_committee", "violation_signs", dt.date(2018, 7, 2),
     [("member", "mc01", "discipline")]),
    ("mc01-2018-CU01", "mc01", "committee", "supervision", dt.date(2018, 10, 16),
     [("member", "mc01", "good"), ("member", "mc01", "shortcomings")]),
    ("mc-2019-CU01", "mc", "committee", "inspection", dt.date(2019, 4, 9),
     [("organization", "mc01", "good"), ("organization", "mc02", "good"),
      ("organization", "mc03", "good")]),
    ("mc-2019-UBKT01", "mc", "inspection_committee", "violation_signs", dt.date(2019, 6, 18),
     [("member", "mc03", "discipline")]),
    ("mc-2020-CU01", "mc", "committee", "supervision", dt.date(2020, 3, 31),
     [("organization", "mc02", "good"), ("organization", "mc03", "good")]),
    ("mc-2020-UBKT01", "mc", "inspection_committee", "lower_level", dt.date(2020, 6, 30),
     [("organization", "mc01", "good"), ("organization", "mc02", "good"),
      ("organization", "mc03", "good")]),
]
DISCIPLINE_FORMS = {"mc02-2017-CU01": "reprimand", "mc-2018-UBKT01": "reprimand",
                    "mc-2019-UBKT01": "warning"}
insp_rows, disc_rows = [], []
for cid, unit, body, kind, start, targets in CAMPAIGNS:
    decide = start + D(rng.randint(20, 40))
    picked = set()
    for ttype, where, concl in targets:
        if ttype == "member":
            pool = [x for x in member_in(where, start, decide) if x not in picked]
            where = pool[rng.randrange(len(pool))]
            picked.add(where)
            if concl == "discipline":
                n = sum(r[1].startswith(str(decide.year)) for r in disc_rows) + 1
                disc_rows.append([f"KL{decide.year}-{n:02d}", decide.isoformat(), unit, "Đảng viên", where,
                                  {"reprimand": "Khiển trách", "warning": "Cảnh cáo"}[DISCIPLINE_FORMS[cid]]])
        insp_rows.append([cid, unit, body, kind, start.isoformat(), ttype, where, concl])
# Inspections: canonical headers and values; disciplines: mixed headers, Vietnamese labels.
(OUT / "inspections.csv").write_bytes(csv_bytes(
    ["campaign_id", "unit_id", "body", "kind", "started_on", "target_type", "target_id",
     "conclusion"], insp_rows))
(OUT / "disciplines.csv").write_bytes(csv_bytes(
    ["id", "Ngày quyết định", "unit_id", "target_type", "target_id", "Hình thức"], disc_rows))

# ----------------------------------------------------- economic models ----
MODELS = [  # id, unit, name, sector label, started, scale unit, baseline label, baseline đ/ha
    ("ca_long", "mc01", "Nuôi cá lồng lòng hồ thủy điện Sơn La", "Thủy sản",
     dt.date(2016, 4, 15), "lồng", "", ""),
    ("ao_ban_noi", "mc02", "Nuôi cá ao bán nổi", "Thủy sản", dt.date(2019, 2, 20), "ao",
     "cấy lúa", "60000000"),
    ("cay_an_qua", "mc02", "Chuyển đổi đất nương trồng ngô, sắn sang trồng cây ăn quả",
     "Trồng trọt", dt.date(2016, 6, 10), "ha", "ngô, sắn", "18000000"),
    ("gia_suc", "mc", "Phát triển đàn gia súc theo hướng hàng hóa", "Chăn nuôi",
     dt.date(2016, 1, 1), "con", "", ""),
    ("gia_cam", "mc", "Chăn nuôi gia cầm theo hướng hàng hóa", "Chăn nuôi",
     dt.date(2017, 3, 1), "con", "", ""),
    ("du_lich", "mc", "Hợp tác xã du lịch cộng đồng (tắm suối khoáng, ẩm thực dân tộc)",
     "Du lịch", dt.date(2018, 6, 15), "chỗ nghỉ", "", ""),
]
(OUT / "economic_models.csv").write_bytes(csv_bytes(
    ["Mã mô hình", "Mã đơn vị", "Tên mô hình", "Lĩnh vực", "Ngày bắt đầu", "Đơn vị quy mô",
     "So sánh với", "Doanh thu/ha đối chứng"],
    [[i, u, n, s, d.strftime("%d/%m/%Y"), su, bl, br] for i, u, n, s, d, su, bl, br in MODELS]))

# model, period, households, area_ha, scale_quantity, output_tonnes, revenue_vnd, cost_vnd
# Fish at about 60.000 đ/kg: 2019's four quarters give 40 tonnes, 2,4 tỷ đồng.
RESULTS = """\
ca_long,2017,15,0.22,60,26,1508000000,1050000000
ca_long,2018,18,0.26,72,33.5,2010000000,1390000000
ca_long,2019-Q1,21,0.3,84,8,480000000,345000000
ca_long,2019-Q2,21,0.3,84,9.5,570000000,398000000
ca_long,2019-Q3,22,0.3,84,10.5,630000000,431000000
ca_long,2019-Q4,22,0.3,84,12,720000000,486000000
ca_long,2020-Q1,22,0.3,84,7.5,412500000,330000000
ca_long,2020-Q2,22,0.3,84,8.5,442000000,352000000
ao_ban_noi,2019,12,1.5,9,18,810000000,430000000
ao_ban_noi,2020-H1,12,1.5,9,8.2,369000000,205000000
cay_an_qua,2018,86,34,34,120,1428000000,510000000
cay_an_qua,2019,86,34,34,190,2210000000,680000000
gia_suc,2018,310,,2380,62,4650000000,2980000000
gia_suc,2019,325,,2520,70,5390000000,3380000000
gia_suc,2020-H1,330,,2560,31,2418000000,1560000000
gia_cam,2019,280,,9600,24,1920000000,1250000000
gia_cam,2020-Q1,285,,9750,5.5,451000000,300000000
gia_cam,2020-Q2,290,,9800,6.2,502200000,330000000
du_lich,2019,14,,60,,1150000000,690000000
du_lich,2020-Q1,14,,60,,180000000,120000000
du_lich,2020-Q2,14,,60,,95000000,80000000
"""
(OUT / "economic_results.csv").write_bytes(csv_bytes(
    ["model_id", "period", "households", "area_ha", "scale_quantity", "output_tonnes",
     "revenue_vnd", "cost_vnd"], [line.split(",") for line in RESULTS.splitlines()]))

# unit, period, indicator, value, target — 2020: 30 triệu đồng/người/năm, 7,7 %.
INDICATORS = """\
mc,2018,income_per_capita_vnd,25000000,24000000
mc,2018,poor_household_rate,9.8,10
mc,2018,near_poor_household_rate,4.6,
mc,2018,poor_and_near_poor_rate,14.4,
mc,2018,new_rural_criteria,10,10
mc,2018,fish_cages,72,
mc,2019,income_per_capita_vnd,28000000,27000000
mc,2019,poor_household_rate,6.9,7.5
mc,2019,near_poor_household_rate,3.8,
mc,2019,poor_and_near_poor_rate,10.7,11
mc,2019,new_rural_criteria,11,12
mc,2019,fish_cages,84,80
mc,2020,income_per_capita_vnd,30000000,30000000
mc,2020,poor_household_rate,4.5,5
mc,2020,near_poor_household_rate,3.2,3
mc,2020,poor_and_near_poor_rate,7.7,8
mc,2020,new_rural_criteria,12,13
mc,2020,fish_cages,84,84
"""
(OUT / "indicators.csv").write_bytes(csv_bytes(
    ["unit_id", "period", "indicator", "value", "target"],
    [line.split(",") for line in INDICATORS.splitlines()]))

(OUT / "dataset.yaml").write_bytes(unicodedata.normalize("NFC", f"""\
# Sample dataset modelled on seed article 000 (Mường Chiên, Quỳnh Nhai, Sơn La). Synthetic people.
name: Đảng bộ xã Mường Chiên
upper_body: ĐẢNG BỘ HUYỆN QUỲNH NHAI
place: Mường Chiên
number_locale: plain
signature: {{ on_behalf: T/M ĐẢNG ỦY, role: BÍ THƯ, name: {SECRETARY} }}
recipients:
  - Ban Thường vụ Huyện ủy (b/c)
  - Ủy ban Kiểm tra Huyện ủy
  - Các chi bộ trực thuộc
  - Lưu Văn phòng Đảng ủy
indicators:                       # beyond the four SPEC §1.3 knows
  - {{ id: poor_and_near_poor_rate, label: Tỷ lệ hộ nghèo và cận nghèo, unit: "%", better: lower, precision: 1 }}
  - {{ id: fish_cages, label: Số lồng cá, unit: lồng, better: higher, precision: 0 }}
""").encode("utf-8"))

print(f"wrote {OUT}: {len(UNITS)} units, {len(members)} members, {len(rows)} events, "
      f"{len(target_rows)} targets, {len(insp_rows)} inspection rows, {len(disc_rows)} disciplines, "
      f"{len(MODELS)} models, {len(RESULTS.splitlines())} results, "
      f"{len(INDICATORS.splitlines())} indicators")

# Ratings and meetings: a separate step with its own RNG that reads the files
# just written and leaves them as they are.
import sys  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_ratings_meetings  # noqa: E402
make_ratings_meetings.run("muongchien")
