#!/usr/bin/env python3
"""Independent checker for Samples/sopcop/ (shares no code with make_sopcop.py).

Reads the CSVs and replays every member's events through checklib.py (SPEC
§1.1 reading, §1.3 replay, §1.2 validation rules), checks the seed figures
and the deliberate edge cases, and prints the key figures.  Exits 1 if any
check fails.

    python3 Samples/check_sopcop.py [DATASET_DIR]
"""
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from checklib import (JOIN, LEAVE, MEMBER_KINDS, Membership, Tree, check, finish, read_table,
                      index_targets)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "sopcop"
LAST = dt.date(2024, 12, 31)
YEARS = range(2015, 2025)

# ---------------------------------------------------------------- units ----
units = read_table(DIR, "units")
tree = Tree(units)
U, ROOT, CHILDREN, org_of = tree.U, tree.root, tree.children, tree.org_of
ORGS = CHILDREN[ROOT]                    # grassroots organisations, display order
kinds = Counter(u["kind"] for u in units)
check(kinds["grassroots_committee"] == 15, "15 grassroots committees")
check(kinds["grassroots_branch"] == 9, "9 grassroots branches")
check(kinds["branch"] == 184, "184 branches")
NL = next(o for o in ORGS if U[o]["name"] == "Đảng bộ xã Nậm Lạnh")
check(len(CHILDREN[NL]) == 15 and all(U[c]["kind"] == "branch" for c in CHILDREN[NL]),
      "Nậm Lạnh has 15 branches")
communes = [o for o in ORGS if U[o]["name"].startswith("Đảng bộ xã ")]
check(ORGS[:len(communes)] == communes and len(communes) == 8, "8 communes listed first")

# ---------------------------------------------------- members and events ----
members = read_table(DIR, "members")
events = read_table(DIR, "member_events")
ms = Membership(tree, members, events, LAST, YEARS)
M, counts, at_end = ms.M, ms.counts, ms.at_end
check(ms.sorted_file, "member_events.csv sorted by date, then member id")
for m in members:
    check(m["birth_date"] and 1945 <= m["birth_date"].year <= 2003, f"{m['_where']}: birth year")
    # optional in SPEC, but the figures below count it for everyone
    check(m["political_theory"], f"{m['_where']}: political theory missing")
admitted21 = Counter(org_of(e["unit_id"]) for e in events
                     if e["type"] == "admitted" and e["date"].year == 2021)
moves = [org_of(e["unit_id"]) == org_of(e["from_unit_id"]) for e in events if e["type"] == "moved"]
moves_inside, moves_across = moves.count(True), moves.count(False)

# -------------------------------------------------------------- targets ----
targets = read_table(DIR, "targets")
T = index_targets(targets, U)
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
          f"{admitted21[o]:4d} {T[o, 2021, 'admissions']:4d}")

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
      f"members with two events on one day: {ms.same_day}")

# ------------------------------------------------- seed figures & cases ----
adm21, off21, tgt21 = counts[2021, "admitted"], counts[2021, "made_official"], T[ROOT, 2021, "admissions"]
print(f"\nSeed 2021: admitted {adm21}, made official {off21}, target {tgt21} "
      f"({100 * adm21 / tgt21:.1f}%), members at end of 2021 {total(2021)}; "
      f"Nậm Lạnh ({NL}): {len(CHILDREN[NL])} branches, {total(2021, NL)} members, "
      f"{admitted21[NL]} admitted")
check(adm21 == 111, "2021: 111 admitted")
check(off21 == 116, "2021: 116 made official")
check(tgt21 == 90 and round(1000 * adm21 / tgt21) == 1233, "2021: target 90, 123,3 %")
check(total(2021) > 3800, "over 3.800 members at the end of 2021")
check(total(2021, NL) == 327, "Nậm Lạnh: 327 members at the end of 2021")
check(admitted21[NL] == 7, "Nậm Lạnh: 7 admitted in 2021")
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
check(("moved", "made_official") in [(a, b) for _, a, b in ms.same_day],
      "a member moved and made official on one day")
check(any((m["birth_date"].month, m["birth_date"].day) == (2, 29) for m in members), "born 29/02")
check(any("," in (e["note"] or "") for e in events), "a note containing a comma")

# Format variants (SPEC §1.1) the sample is meant to exercise.
check((units.bom, units.delimiter, units.eol, units.header[0]) == (False, ",", "LF", "id"),
      "units.csv format")
check((members.bom, members.delimiter, members.eol, members.header[0]) ==
      (True, ";", "CRLF", "Mã đảng viên"), "members.csv format")
check((events.bom, events.delimiter, events.eol) == (False, ",", "LF"), "member_events.csv format")
check(targets.header == ["Mã đơn vị", "Năm", "Chỉ tiêu", "Giá trị"], "targets.csv headers")
yaml_lines = (DIR / "dataset.yaml").read_text("utf-8").splitlines()
recipients = [ln.strip()[2:] for ln in yaml_lines if ln.startswith("  - ")]
check(recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc",
                     "Lưu Văn phòng Huyện ủy"], "dataset.yaml: three recipients")

sys.exit(finish())
