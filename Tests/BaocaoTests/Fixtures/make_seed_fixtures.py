#!/usr/bin/env python3
"""Write the seed fixtures kienxuong/ and muongnhe/ (standard library only).

kienxuong/ — seed 001_b4e5c985ec35d95f.txt, classification 2022: "trong tổng
  số 449 chi bộ trực thuộc đảng bộ cơ sở … có 90 chi bộ hoàn thành xuất sắc
  nhiệm vụ, 318 … tốt …, 38 … hoàn thành …, 3 … không hoàn thành …. Toàn
  huyện có 60 tổ chức cơ sở đảng, trong đó 11 … xuất sắc, 45 … tốt, 4 …
  hoàn thành nhiệm vụ."  Plus 23 members (ratings of 20) and a Công an
  committee with two sub-committees, so roll-up through a sub-committee and
  membership at the year's end are exercised.
muongnhe/ — seed 004_1c978956a587b803.txt, meeting targets, 2023-Q1: 10
  branches, 40 meetings crafted so that the figures are round (90 % of branches
  with a thematic meeting, 94,0 % attendance, 36/40 meetings with >= 90 %
  present, 26/40 = 65 % with the upper level) and two of three targets are
  missed.

The expected figures are worked out by hand in each folder's README.md.
Deterministic: fixed lists and one random.Random(2022) for who gets which
rating; files written as bytes.

    python3 Tests/BaocaoTests/Fixtures/make_seed_fixtures.py
"""
import csv
import io
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in [header] + rows:
        w.writerow([unicodedata.normalize("NFC", "" if c is None else str(c)) for c in row])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def write_text(path, text):
    path.write_bytes(unicodedata.normalize("NFC", text).encode("utf-8"))


# ================================================================ kienxuong ==
def kienxuong():
    out = HERE / "kienxuong"
    out.mkdir(exist_ok=True)
    rng = random.Random(2022)
    units = [["kx", "", "Đảng bộ huyện Kiến Xương", "district", "district", "HUYỆN ỦY KIẾN XƯƠNG"]]
    # 38 commune-level committees: Bình Định has the seed's 13 branches, the
    # other 37 share 425 (18 x 12 + 19 x 11); with Công an (7) and Quân sự (4)
    # that is 13 + 425 + 7 + 4 = 449 branches.
    communes = ("thị trấn Kiến Xương, An Bồi, Bình Định, Bình Minh, Bình Nguyên, Bình Thanh, "
                "Hòa Bình, Hồng Thái, Hồng Tiến, Lê Lợi, Minh Hưng, Minh Quang, Minh Tân, "
                "Nam Bình, Nam Cao, Quang Bình, Quang Lịch, Quang Minh, Quang Trung, Quốc Tuấn, "
                "Thanh Tân, Thượng Hiền, Trà Giang, Vũ An, Vũ Bình, Vũ Công, Vũ Hòa, Vũ Lễ, "
                "Vũ Ninh, Vũ Quý, Vũ Sơn, Vũ Thắng, Vũ Trung, Đình Phùng, Quyết Tiến, "
                "Tây Sơn, Nam Hà, Thống Nhất").split(", ")
    assert len(communes) == 38
    ids = {"Bình Định": "bd", "Vũ Lễ": "vl"}
    others = [c for c in communes if c != "Bình Định"]
    sizes = {c: 12 if i < 18 else 11 for i, c in enumerate(others)}
    sizes["Bình Định"] = 13
    branches, grassroots = [], []
    for n, c in enumerate(communes, 1):
        cid = ids.get(c, f"x{n:02d}")
        pre = "Đảng bộ " if c.startswith("thị trấn") else "Đảng bộ xã "
        units.append([cid, "kx", pre + c, "grassroots_committee", "commune", ""])
        grassroots.append(cid)
        for i in range(1, sizes[c] + 1):
            name = ("Chi bộ Cơ quan" if i == 1 else
                    "Chi bộ thôn Đồng Vân" if cid == "vl" and i == 5 else f"Chi bộ thôn {i - 1}")
            units.append([f"{cid}{i:02d}", cid, name, "branch", "", ""])
            branches.append(f"{cid}{i:02d}")
    # Công an huyện: two sub-committees (đảng bộ bộ phận) between it and 5 of its 7 branches.
    units += [["ca", "kx", "Đảng bộ Công an huyện", "grassroots_committee", "police", ""],
              ["ca_a", "ca", "Đảng bộ bộ phận Công an các xã phía Bắc", "sub_committee", "police", ""],
              ["ca_a1", "ca_a", "Chi bộ Công an xã Bình Định", "branch", "police", ""],
              ["ca_a2", "ca_a", "Chi bộ Công an xã Vũ Lễ", "branch", "police", ""],
              ["ca_a3", "ca_a", "Chi bộ Công an xã An Bồi", "branch", "police", ""],
              ["ca_b", "ca", "Đảng bộ bộ phận Công an các xã phía Nam", "sub_committee", "police", ""],
              ["ca_b1", "ca_b", "Chi bộ Công an xã Nam Cao", "branch", "police", ""],
              ["ca_b2", "ca_b", "Chi bộ Công an xã Vũ Ninh", "branch", "police", ""],
              ["ca01", "ca", "Chi bộ Đội Cảnh sát điều tra", "branch", "police", ""],
              ["ca02", "ca", "Chi bộ Đội An ninh", "branch", "police", ""],
              ["qs", "kx", "Đảng bộ Quân sự huyện", "grassroots_committee", "army", ""]]
    units += [[f"qs{i:02d}", "qs", f"Chi bộ {n}", "branch", "army", ""]
              for i, n in enumerate(["Chỉ huy", "Tham mưu", "Chính trị – Hậu cần", "Dân quân cơ động"], 1)]
    branches += [f"qs{i:02d}" for i in range(1, 5)]
    grassroots += ["ca", "qs"]
    gb = ("Trường THPT Bắc Kiến Xương; Trường THPT Nam Kiến Xương; Trường THPT Chu Văn An; "
          "Trường THPT Hồng Đức; Trung tâm GDNN – GDTX; Kho bạc Nhà nước; Chi cục Thuế; "
          "Viện Kiểm sát nhân dân; Tòa án nhân dân; Chi cục Thi hành án dân sự; Bảo hiểm xã hội; "
          "Ngân hàng Chính sách xã hội; Ngân hàng Nông nghiệp và PTNT; Điện lực Kiến Xương; "
          "Phòng Giáo dục và Đào tạo; Văn phòng HĐND và UBND; Phòng Tài chính – Kế hoạch; "
          "Phòng Nông nghiệp và PTNT; Ban Quản lý dự án; Trung tâm Văn hóa – Thể thao").split("; ")
    for i, n in enumerate(gb, 1):
        units.append([f"cb{i:02d}", "kx", f"Chi bộ {n}", "grassroots_branch", "agency", ""])
        grassroots.append(f"cb{i:02d}")
    ca_branches = ["ca_a1", "ca_a2", "ca_a3", "ca_b1", "ca_b2", "ca01", "ca02"]
    assert len(branches) + len(ca_branches) == 449 and len(grassroots) == 60

    # 2022: Công an's subtree by hand, the rest shuffled to the seed's totals.
    fixed = {"ca_a1": "excellent", "ca_a2": "good", "ca_a3": "good", "ca_b1": "good",
             "ca_b2": "complete", "ca01": "excellent", "ca02": "incomplete", "ca": "excellent"}
    rest = ["excellent"] * (90 - 2) + ["good"] * (318 - 3) + ["complete"] * (38 - 1) + ["incomplete"] * (3 - 1)
    rng.shuffle(rest)
    rating = dict(zip(branches, rest))
    rest = ["excellent"] * (11 - 1) + ["good"] * 45 + ["complete"] * 4
    rng.shuffle(rest)
    rating.update(zip([g for g in grassroots if g != "ca"], rest))
    rating.update(fixed)
    rating.update({"ca_a": "good", "ca_b": "good"})   # sub-committees: in neither figure
    order = [u[0] for u in units if u[0] in rating]
    rows = [[2022, "organization", u, rating[u]] for u in order]
    # 2021 (must not count in 2022): Công an's subtree only, all "complete".
    rows += [[2021, "organization", u, "complete"] for u in order if u == "ca" or u.startswith("ca_") or u.startswith("ca0")]

    # Members: (id, name, gender, birth, events [(date, type, unit, from)], 2022 rating)
    M = [
        ("M01", "Trần Văn An", "male", "1970-03-12", [("2000-05-19", "admitted", "bd01"), ("2001-05-19", "made_official", "bd01")], "excellent"),
        ("M02", "Nguyễn Thị Bình", "female", "1980-07-02", [("2010-02-03", "transferred_in", "bd01")], "good"),
        ("M03", "Phạm Văn Cường", "male", "1975-11-20", [("2005-09-02", "transferred_in", "bd01")], "good"),
        ("M04", "Vũ Thị Dung", "female", "1988-01-15", [("2015-03-26", "transferred_in", "bd01")], "good"),
        ("M05", "Đỗ Văn Em", "male", "1990-06-30", [("2016-12-22", "transferred_in", "bd01")], "good"),
        ("M06", "Bùi Thị Giang", "female", "1985-04-04", [("2012-05-19", "transferred_in", "bd01")], "complete"),
        ("M07", "Hoàng Văn Hải", "male", "1968-08-08", [("1995-02-03", "transferred_in", "vl05")], "excellent"),
        ("M08", "Lê Thị Hoa", "female", "1979-09-09", [("2008-02-03", "transferred_in", "vl05")], "good"),
        ("M09", "Ngô Văn Khánh", "male", "1983-10-10", [("2011-02-03", "transferred_in", "vl05")], "good"),
        ("M10", "Đinh Thị Lan", "female", "1992-12-12", [("2018-02-03", "transferred_in", "vl05")], "good"),
        ("M11", "Trịnh Văn Minh", "male", "1977-02-14", [("2003-02-03", "transferred_in", "vl02")], "good"),
        ("M12", "Mai Thị Nga", "female", "1986-05-05", [("2014-02-03", "transferred_in", "vl02")], "good"),
        ("M13", "Tạ Văn Phong", "male", "1982-03-03", [("2006-04-30", "transferred_in", "ca_a1")], "excellent"),
        ("M14", "Lương Văn Quân", "male", "1987-07-07", [("2012-04-30", "transferred_in", "ca_a1")], "good"),
        ("M15", "Cao Thị Quyên", "female", "1991-01-01", [("2016-04-30", "transferred_in", "ca_a2")], "good"),
        ("M16", "Đặng Văn Sơn", "male", "1984-04-14", [("2010-04-30", "transferred_in", "ca_a3")], "incomplete"),
        # moved across committees during 2022: counts in Vũ Lễ, not Bình Định
        ("M17", "Phan Văn Tài", "male", "1976-06-06", [("2002-02-03", "transferred_in", "bd02"),
                                                       ("2022-06-15", "moved", "vl02", "bd02")], "good"),
        # admitted in 2022: probationary at the year's end, rated
        ("M18", "Vương Thị Uyên", "female", "1999-09-19", [("2022-03-26", "admitted", "vl02")], "complete"),
        # died in 2022: not a member at the year's end, no 2022 rating
        ("M19", "Lại Văn Vinh", "male", "1950-05-05", [("1980-02-03", "transferred_in", "bd01"),
                                                      ("2022-08-02", "died", "bd01")], None),
        # transferred out on 31/12/2022: gone at the end of that day, no rating
        ("M20", "Hà Văn Xuân", "male", "1989-08-18", [("2014-04-30", "transferred_in", "ca_a1"),
                                                     ("2022-12-31", "transferred_out", "ca_a1")], None),
        # a member at the year's end but exempt (aged 80): no rating
        ("M21", "Đoàn Văn Yên", "male", "1942-02-02", [("1965-02-03", "transferred_in", "bd01")], None),
        # moved on 31/12/2022 from Vũ Lễ into Công an's sub-committee ca_b: counts in ca (ca_b)
        ("M22", "Kiều Thị Ánh", "female", "1993-03-13", [("2017-02-03", "transferred_in", "vl02"),
                                                        ("2022-12-31", "moved", "ca_b1", "vl02")], "good"),
        ("M23", "Quách Văn Bảo", "male", "1981-11-11", [("2009-09-05", "transferred_in", "cb01")], "good"),
    ]
    write(out / "units.csv", ["id", "parent_id", "name", "kind", "sector", "header_name"], units)
    write(out / "members.csv", ["id", "full_name", "gender", "birth_date"],
          [[m[0], m[1], m[2], m[3]] for m in M])
    events = [[m[0], e[0], e[1], e[2], e[3] if len(e) > 3 else ""] for m in M for e in m[4]]
    events.sort(key=lambda r: (r[1], r[0]))
    write(out / "member_events.csv", ["member_id", "date", "type", "unit_id", "from_unit_id"], events)
    rows += [[2022, "member", m[0], m[5]] for m in M if m[5]]
    # 2021 member ratings (must not count in 2022)
    rows += [[2021, "member", m, "excellent"] for m in ("M13", "M14", "M15", "M16")]
    write(out / "ratings.csv", ["year", "subject_type", "subject_id", "rating"], rows)
    write_text(out / "dataset.yaml", """\
# Seed fixture for seed 001 (Kiến Xương, Thái Bình): classification 2022. Synthetic.
name: Đảng bộ huyện Kiến Xương
upper_body: ĐẢNG BỘ TỈNH THÁI BÌNH
place: Kiến Xương
signature: { on_behalf: T/M BAN THƯỜNG VỤ, role: BÍ THƯ, name: Nguyễn Văn Thử }
recipients:
  - Ban Thường vụ Tỉnh ủy (b/c)
  - Các chi, đảng bộ trực thuộc
  - Lưu Văn phòng Huyện ủy
""")


# ================================================================= muongnhe ==
# branch: (parent, name, members); the meetings of 2023-Q1 and around it:
# (date, kind, present, upper) with upper 1, 0 or None (not recorded).
MN_UNITS = [
    ["mn", "", "Đảng bộ huyện Mường Nhé", "district", "district", "HUYỆN ỦY MƯỜNG NHÉ"],
    ["xmn", "mn", "Đảng bộ xã Mường Nhé", "grassroots_committee", "commune", ""],
    ["xmn01", "xmn", "Chi bộ bản Mường Nhé", "branch", "village", ""],
    ["xmn02", "xmn", "Chi bộ bản Nậm Pố", "branch", "village", ""],
    ["xmn03", "xmn", "Chi bộ Cơ quan xã Mường Nhé", "branch", "agency", ""],
    ["xmn04", "xmn", "Chi bộ bản Huổi Lụ", "branch", "village", ""],
    ["xcc", "mn", "Đảng bộ xã Chung Chải", "grassroots_committee", "commune", ""],
    ["xcc01", "xcc", "Chi bộ bản Chung Chải", "branch", "village", ""],
    ["xcc02", "xcc", "Chi bộ Cơ quan xã Chung Chải", "branch", "agency", ""],
    ["xcc03", "xcc", "Chi bộ bản Mốc 18", "branch", "village", ""],
    ["xls", "mn", "Đảng bộ xã Leng Su Sìn", "grassroots_committee", "commune", ""],
    ["xls01", "xls", "Chi bộ bản Leng Su Sìn", "branch", "village", ""],
    ["xls02", "xls", "Chi bộ Cơ quan xã Leng Su Sìn", "branch", "agency", ""],
    ["kb", "mn", "Chi bộ Kho bạc Nhà nước huyện", "grassroots_branch", "agency", "CHI BỘ KHO BẠC NHÀ NƯỚC HUYỆN MƯỜNG NHÉ"],
]
MN_MEETINGS = {  # branch: (members, [(date, kind, present, upper)])
    "xmn01": (20, [("2023-01-05", "regular", 18, 1), ("2023-01-18", "thematic", 19, 1),
                   ("2023-02-06", "regular", 20, 1), ("2023-03-06", "regular", 18, 1),
                   ("2023-03-20", "thematic", 20, 0)]),
    "xmn02": (10, [("2022-12-05", "regular", 5, 0),            # before the quarter
                   ("2023-01-02", "regular", 10, 1), ("2023-02-03", "regular", 9, 0),
                   ("2023-02-20", "thematic", 10, 1), ("2023-03-03", "regular", 10, 1)]),
    "xmn03": (30, [("2023-01-10", "regular", 27, 1), ("2023-02-10", "regular", 26, 0),
                   ("2023-03-10", "regular", 27, 1), ("2023-03-15", "thematic", 27, 1)]),
    "xmn04": (20, [("2023-01-07", "regular", 19, 0), ("2023-02-07", "regular", 19, 1),
                   ("2023-02-25", "thematic", 18, 1), ("2023-03-07", "regular", 20, 1)]),
    "xcc01": (10, [("2023-01-08", "regular", 10, 1), ("2023-01-25", "thematic", 10, 1),
                   ("2023-02-08", "regular", 9, 0), ("2023-03-08", "regular", 10, 1)]),
    "xcc02": (20, [("2023-01-09", "regular", 18, 1), ("2023-02-09", "regular", 20, 0),
                   ("2023-03-09", "regular", 19, 1), ("2023-03-22", "thematic", 19, 1)]),
    "xcc03": (10, [("2023-01-12", "regular", 8, 0), ("2023-02-12", "regular", 10, 0),
                   ("2023-03-13", "regular", 9, 1)]),              # no thematic meeting
    "xls01": (20, [("2023-01-04", "regular", 20, 1), ("2023-02-04", "regular", 19, 0),
                   ("2023-02-14", "thematic", 20, 1), ("2023-03-04", "regular", 17, 0)]),
    "xls02": (10, [("2023-01-06", "regular", 10, None), ("2023-01-30", "thematic", 10, 0),
                   ("2023-02-06", "regular", 9, 1), ("2023-03-31", "regular", 10, 1),
                   ("2023-04-01", "thematic", 3, 1)]),            # after the quarter
    "kb": (10, [("2023-01-11", "regular", 10, 1), ("2023-02-13", "regular", 9, 0),
                ("2023-03-14", "regular", 10, 0), ("2023-03-28", "thematic", 8, 1)]),
}


def muongnhe():
    out = HERE / "muongnhe"
    out.mkdir(exist_ok=True)
    write(out / "units.csv", ["id", "parent_id", "name", "kind", "sector", "header_name"], MN_UNITS)
    rows = [[b, d, k, n, p, "" if up is None else up]
            for b, (n, ms) in MN_MEETINGS.items() for d, k, p, up in ms]
    rows.sort(key=lambda r: (r[1], r[0]))
    write(out / "meetings.csv", ["unit_id", "date", "kind", "members_total", "members_present",
                                 "upper_level_attended"], rows)
    write_text(out / "dataset.yaml", """\
# Seed fixture for seed 004 (Mường Nhé, Điện Biên): branch meetings, 2023-Q1. Synthetic.
name: Đảng bộ huyện Mường Nhé
upper_body: ĐẢNG BỘ TỈNH ĐIỆN BIÊN
place: Mường Nhé
signature: { on_behalf: T/M BAN THƯỜNG VỤ, role: BÍ THƯ, name: Lò Văn Thử }
recipients:
  - Ban Thường vụ Tỉnh ủy (b/c)
  - Các chi, đảng bộ trực thuộc
  - Lưu Văn phòng Huyện ủy
""")


if __name__ == "__main__":
    kienxuong()
    muongnhe()
    print(f"wrote {HERE / 'kienxuong'} and {HERE / 'muongnhe'}")
