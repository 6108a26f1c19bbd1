#!/usr/bin/env python3
"""Independent checker for Samples/sopcop/ (shares no code with make_sopcop.py).

Reads the CSVs the way SPEC §1.1 says a reader must (BOM or not, ',' or ';',
CRLF or LF, English or Vietnamese headers and labels, ISO or dd/mm/yyyy
dates), replays every member's events by the SPEC §1.3 rules, checks the §1.2
validation rules plus the seed figures and the deliberate edge cases, and
prints the key figures.  Exits 1 if any check fails.

    python3 Samples/check_sopcop.py [DATASET_DIR]
"""
import csv
import datetime as dt
import io
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "sopcop"
LAST = dt.date(2024, 12, 31)
YEARS = range(2015, 2025)
failures = []


def check(ok, msg):
    if not ok:
        failures.append(msg)
    return ok


def nfc(s):
    return unicodedata.normalize("NFC", s).strip().casefold()


ALIASES = {  # canonical column -> Vietnamese alias (SPEC §1.3)
    "units": {"id": "Mã đơn vị", "parent_id": "Mã đơn vị cấp trên", "name": "Tên đơn vị",
              "kind": "Loại", "sector": "Loại hình", "header_name": "Tên trên văn bản"},
    "members": {"id": "Mã đảng viên", "full_name": "Họ và tên", "gender": "Giới tính",
                "birth_date": "Ngày sinh", "ethnicity": "Dân tộc", "religion": "Tôn giáo",
                "education": "Trình độ học vấn", "political_theory": "Lý luận chính trị"},
    "member_events": {"member_id": "Mã đảng viên", "date": "Ngày", "type": "Loại biến động",
                      "unit_id": "Mã đơn vị", "from_unit_id": "Từ đơn vị",
                      "status": "Trạng thái", "note": "Ghi chú"},
    "targets": {"unit_id": "Mã đơn vị", "year": "Năm", "metric": "Chỉ tiêu", "value": "Giá trị"},
}
ENUMS = {
    "gender": {"male": "Nam", "female": "Nữ"},
    "political_theory": {"none": "Chưa qua đào tạo", "basic": "Sơ cấp",
                         "intermediate": "Trung cấp", "advanced": "Cao cấp"},
    "type": {"admitted": "Kết nạp", "made_official": "Chuyển chính thức",
             "transferred_in": "Chuyển đến", "moved": "Chuyển sinh hoạt nội bộ",
             "restored": "Phục hồi đảng tịch", "transferred_out": "Chuyển đi",
             "died": "Từ trần", "expelled": "Khai trừ", "removed": "Xóa tên",
             "resigned": "Xin ra khỏi Đảng"},
    "status": {"official": "Chính thức", "probationary": "Dự bị"},
    "kind": {k: k for k in ("province", "district", "grassroots_committee", "sub_committee",
                            "grassroots_branch", "branch")},
}
formats = {}   # file -> (bom, delimiter, eol, header)


def read_table(name):
    raw = (DIR / f"{name}.csv").read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")          # strict: any other encoding raises
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    eol = "CRLF" if "\r\n" in text else "LF"
    check(unicodedata.is_normalized("NFC", text), f"{name}.csv: text is not NFC")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    header = [nfc(h) for h in records[0]]
    cols = {}
    for canon, alias in ALIASES[name].items():
        for i, h in enumerate(header):
            if h in (nfc(canon), nfc(alias)):
                cols[canon] = i
    formats[name] = (bom, delim, eol, records[0])
    rows = []
    for line, rec in enumerate(records[1:], 2):
        rows.append({c: rec[i].strip() if i < len(rec) else "" for c, i in cols.items()} | {"_line": line})
    return rows


def enum(field, value, where):
    for canon, label in ENUMS[field].items():
        if nfc(value) in (nfc(canon), nfc(label)):
            return canon
    check(False, f"{where}: bad {field} {value!r}")
    return None


def date(value, where):
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):     # %d/%m also accepts D/M
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    check(False, f"{where}: bad date {value!r}")
    return None


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return dt.date(d.year + n, 3, 1)


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- units ----
units = read_table("units")
U = {}
for u in units:
    check(u["id"] not in U, f"units.csv:{u['_line']}: duplicate id {u['id']}")
    u["kind"] = enum("kind", u["kind"], f"units.csv:{u['_line']}")
    U[u["id"]] = u
roots = [u for u in units if not u["parent_id"]]
check(len(roots) == 1, f"units.csv: {len(roots)} roots")
ROOT = roots[0]["id"]
for u in units:
    check(not u["parent_id"] or u["parent_id"] in U, f"units.csv:{u['_line']}: unknown parent")
    seen, p = set(), u["id"]
    while p and p in U and p not in seen:
        seen.add(p)
        p = U[p]["parent_id"]
    check(not p or p not in seen, f"units.csv:{u['_line']}: cycle through {u['id']}")
CHILDREN = defaultdict(list)
for u in units:
    if u["parent_id"]:
        CHILDREN[u["parent_id"]].append(u["id"])
ORGS = CHILDREN[ROOT]                    # grassroots organisations, display order


def org_of(uid):
    while U[uid]["parent_id"] != ROOT:
        uid = U[uid]["parent_id"]
    return uid


MEMBER_KINDS = ("branch", "grassroots_branch")
kinds = Counter(u["kind"] for u in units)
check(kinds["grassroots_committee"] == 15, "15 grassroots committees")
check(kinds["grassroots_branch"] == 9, "9 grassroots branches")
check(kinds["branch"] == 184, "184 branches")
NL = next(o for o in ORGS if U[o]["name"] == "Đảng bộ xã Nậm Lạnh")
check(len(CHILDREN[NL]) == 15 and all(U[c]["kind"] == "branch" for c in CHILDREN[NL]),
      "Nậm Lạnh has 15 branches")
communes = [o for o in ORGS if U[o]["name"].startswith("Đảng bộ xã ")]
check(ORGS[:len(communes)] == communes and len(communes) == 8, "8 communes listed first")

# -------------------------------------------------------------- members ----
members = read_table("members")
M = {}
for m in members:
    w = f"members.csv:{m['_line']}"
    check(m["id"] not in M, f"{w}: duplicate id")
    check(all(m.get(c) for c in ("id", "full_name", "gender", "birth_date")), f"{w}: missing value")
    m["gender"] = enum("gender", m["gender"], w)
    m["political_theory"] = enum("political_theory", m["political_theory"], w)
    m["birth_date"] = date(m["birth_date"], w)
    check(m["birth_date"] and 1945 <= m["birth_date"].year <= 2003, f"{w}: birth year")
    M[m["id"]] = m

# --------------------------------------------------------------- events ----
events = read_table("member_events")
LEAVE = ("transferred_out", "died", "expelled", "removed", "resigned")
JOIN = ("admitted", "transferred_in", "restored")
by_member = defaultdict(list)
prev_key = None
for e in events:
    w = f"member_events.csv:{e['_line']}"
    e["type"] = enum("type", e["type"], w)
    e["date"] = date(e["date"], w)
    e["status"] = enum("status", e["status"], w) if e["status"] else ""
    check(e["member_id"] in M, f"{w}: unknown member")
    check(e["unit_id"] in U and U[e["unit_id"]]["kind"] in MEMBER_KINDS, f"{w}: unit not a branch")
    check(e["date"] is not None and e["date"] <= LAST, f"{w}: date in the future")
    check(not e["status"] or e["type"] == "transferred_in", f"{w}: status on a non-transfer")
    check((e["type"] == "moved") == bool(e["from_unit_id"]), f"{w}: from_unit_id only for moved")
    key = (e["date"], e["member_id"])
    check(prev_key is None or prev_key <= key, f"{w}: file not sorted by date, member id")
    prev_key = key
    by_member[e["member_id"]].append(e)     # file order kept for same-day events

for mid in M:
    check(mid in by_member, f"member {mid} has no events")

# Replay: state per member; snapshots at every year end.
state = {}        # mid -> (unit, probationary) while a member
YEAR_END = {y: dt.date(y, 12, 31) for y in YEARS}
at_end = {y: {} for y in YEARS}
counts = Counter()                     # (year, type) -> n; also (year, type, org)
moves_inside = moves_across = 0
same_day_members = []
for mid, evs in by_member.items():
    evs.sort(key=lambda e: e["date"])           # stable: same day stays in file order
    birth = M[mid]["birth_date"]
    cur, prob, gone, left_by, admitted_on = None, False, False, None, None
    snap_years = iter(YEARS)
    ny = next(snap_years)
    for i, e in enumerate(evs):
        w = f"member {mid} event {e['type']} {e['date']}"
        while ny is not None and YEAR_END[ny] < e["date"]:
            if cur:
                at_end[ny][mid] = (cur, prob)
            ny = next(snap_years, None)
        t, unit = e["type"], e["unit_id"]
        check(not gone, f"{w}: event after died")
        check(e["date"] >= birth, f"{w}: before birth")
        if t in JOIN:
            check(cur is None, f"{w}: joins while a member")
            if t == "restored":
                check(left_by in ("removed", "resigned", "expelled"), f"{w}: restored without removal")
            if t == "admitted":
                check(age_on(birth, e["date"]) >= 18, f"{w}: under 18 at admission")
                admitted_on = e["date"]
            cur = unit
            prob = t == "admitted" or (t == "transferred_in" and e["status"] == "probationary")
        elif t == "made_official":
            check(cur is not None and prob, f"{w}: not probationary")
            check(unit == cur, f"{w}: unit is not the member's branch")
            if admitted_on:
                check(e["date"] >= add_years(admitted_on, 1), f"{w}: made official within 12 months")
            prob = False
        elif t == "moved":
            check(cur is not None and e["from_unit_id"] == cur and unit != cur, f"{w}: bad move")
            if org_of(unit) == org_of(e["from_unit_id"]):
                moves_inside += 1
            else:
                moves_across += 1
            cur = unit
        else:
            check(cur is not None and unit == cur, f"{w}: leaves a branch it is not in")
            cur, left_by, gone = None, t, t == "died"
        if i and e["date"] == evs[i - 1]["date"]:
            same_day_members.append((mid, evs[i - 1]["type"], t))
        y = e["date"].year
        counts[y, t] += 1
        counts[y, t, org_of(unit)] += 1
    while ny is not None:
        if cur:
            at_end[ny][mid] = (cur, prob)
        ny = next(snap_years, None)

# -------------------------------------------------------------- targets ----
targets = read_table("targets")
T = {}
for t in targets:
    k = (t["unit_id"], int(t["year"]), t["metric"])
    check(k not in T, f"targets.csv:{t['_line']}: duplicate target {k}")
    check(t["unit_id"] in U, f"targets.csv:{t['_line']}: unknown unit")
    T[k] = int(t["value"])
for y in YEARS:
    check((ROOT, y, "admissions") in T, f"root target {y}")
    check(all((o, y, "admissions") in T for o in ORGS), f"every organisation has a {y} target")
    check(sum(T.get((o, y, "admissions"), 0) for o in ORGS) == T.get((ROOT, y, "admissions")),
          f"{y}: organisation targets sum to the root's")

# ------------------------------------------------------------- figures ----
def total(y, org=None):
    return sum(1 for u, _ in at_end[y].values() if org is None or org_of(u) == org)


print(f"Dataset {DIR}: {len(units)} units, {len(members)} members, {len(events)} events, "
      f"{len(targets)} targets")
print(f"Units: root {ROOT}, {kinds['grassroots_committee']} grassroots committees, "
      f"{kinds['grassroots_branch']} grassroots branches, {kinds['branch']} branches")
TYPES = ["admitted", "made_official", "transferred_in", "restored", "transferred_out",
         "died", "expelled", "removed", "resigned", "moved"]
short = ["adm", "off", "in", "rest", "out", "died", "exp", "rem", "res", "moved"]
print("\nyear  members  prob  " + "  ".join(f"{s:>5}" for s in short) + "  target    %")
prev = None
for y in YEARS:
    n, p = total(y), sum(pr for _, pr in at_end[y].values())
    tgt = T[ROOT, y, "admissions"]
    print(f"{y}  {n:7d}  {p:4d}  " + "  ".join(f"{counts[y, t]:5d}" for t in TYPES)
          + f"  {tgt:6d}  {100 * counts[y, 'admitted'] / tgt:5.1f}")
    if prev is not None:   # closing = opening + increases − decreases
        check(n == prev + sum(counts[y, t] for t in JOIN) - sum(counts[y, t] for t in LEAVE),
              f"{y}: balance does not close")
    prev = n

print("\nEnd of 2021 by grassroots organisation (members / branches / admitted / target):")
for o in ORGS:
    print(f"  {o:6} {U[o]['name']:48} {total(2021, o):5d} {len(CHILDREN[o]) or 1:4d} "
          f"{counts[2021, 'admitted', o]:4d} {T[o, 2021, 'admissions']:4d}")

alive = [M[mid] for mid in at_end[2024]]
eth = Counter(m["ethnicity"] for m in alive)
print(f"\nEnd of 2024: {len(alive)} members, "
      f"{100 * sum(m['gender'] == 'female' for m in alive) / len(alive):.1f}% women; "
      + ", ".join(f"{k} {100 * v / len(alive):.1f}%" for k, v in eth.most_common()))
print("  political theory: " + ", ".join(f"{k} {v}" for k, v in
                                         Counter(m["political_theory"] for m in alive).most_common())
      + "; religion: " + ", ".join(f"{k or '(trống)'} {v}" for k, v in
                                   Counter(m["religion"] for m in alive).most_common()))
print(f"Moves inside one committee {moves_inside}, across committees {moves_across}; "
      f"members with two events on one day: {same_day_members}")

# ------------------------------------------------- seed figures & cases ----
adm21, off21, tgt21 = counts[2021, "admitted"], counts[2021, "made_official"], T[ROOT, 2021, "admissions"]
print(f"\nSeed 2021: admitted {adm21}, made official {off21}, target {tgt21} "
      f"({100 * adm21 / tgt21:.1f}%), members at end of 2021 {total(2021)}; "
      f"Nậm Lạnh ({NL}): {len(CHILDREN[NL])} branches, {total(2021, NL)} members, "
      f"{counts[2021, 'admitted', NL]} admitted")
check(adm21 == 111, "2021: 111 admitted")
check(off21 == 116, "2021: 116 made official")
check(tgt21 == 90 and round(1000 * adm21 / tgt21) == 1233, "2021: target 90, 123,3 %")
check(total(2021) > 3800, "over 3.800 members at the end of 2021")
check(total(2021, NL) == 327, "Nậm Lạnh: 327 members at the end of 2021")
check(counts[2021, "admitted", NL] == 7, "Nậm Lạnh: 7 admitted in 2021")
check(total(2021) < total(2022) < total(2023) < total(2024), "growing after 2021")
for y in YEARS:
    check(90 <= counts[y, "admitted"] <= 130, f"{y}: admissions in 90–130")
    sizes = Counter(u for u, _ in at_end[y].values())
    small = [u["id"] for u in units if u["kind"] in MEMBER_KINDS and sizes[u["id"]] < 3]
    check(not small, f"{y}: branches with fewer than 3 members: {small}")
check(all(sum(counts[y, t] for y in YEARS) for t in TYPES), "every event type occurs in 2015–2024")
check(moves_inside and moves_across, "moves inside and across committees")
check(any(e["type"] == "transferred_in" and e["status"] == "probationary" for e in events),
      "a probationary transfer in")
check(any(e["type"] == "transferred_in" and e["date"].year < 2015 for e in events),
      "founders joined by transfer")
days = Counter()
for e in events:
    days[e["date"].strftime("%m-%d")] += 1
check(all(days[d] for d in ("01-01", "12-31", "03-31", "04-01")), "events on edge days")
by_day = defaultdict(lambda: defaultdict(set))
for e in events:
    by_day[e["date"]][e["type"]].add(e["member_id"])
check(any(t["admitted"] and t["made_official"] and t["admitted"] != t["made_official"]
          for t in by_day.values()), "admitted and made official on one day")
check(("moved", "made_official") in [(a, b) for _, a, b in same_day_members],
      "a member moved and made official on one day")
check(any((m["birth_date"].month, m["birth_date"].day) == (2, 29) for m in members), "born 29/02")
check(any("," in e["note"] for e in events), "a note containing a comma")

# Format variants (SPEC §1.1) the sample is meant to exercise.
check(formats["units"][:3] == (False, ",", "LF") and formats["units"][3][0] == "id", "units.csv format")
check(formats["members"][:3] == (True, ";", "CRLF") and formats["members"][3][0] == "Mã đảng viên",
      "members.csv format")
check(formats["member_events"][:3] == (False, ",", "LF"), "member_events.csv format")
check(formats["targets"][3] == ["Mã đơn vị", "Năm", "Chỉ tiêu", "Giá trị"], "targets.csv headers")
yaml_lines = (DIR / "dataset.yaml").read_text("utf-8").splitlines()
recipients = [ln.strip()[2:] for ln in yaml_lines if ln.startswith("  - ")]
check(recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc",
                     "Lưu Văn phòng Huyện ủy"], "dataset.yaml: three recipients")

if failures:
    print(f"\nFAILED: {len(failures)} check(s)")
    for f in failures[:50]:
        print("  " + f)
    sys.exit(1)
print("\nAll checks passed.")
