#!/usr/bin/env python3
"""Independent checker for ratings.csv and meetings.csv of both samples.

Shares no code with make_ratings_meetings.py: it reads the files through
checklib.py (SPEC §1.1), replays membership (SPEC §1.3) and checks
- SPEC validity: known ids (units of the right kind, members), known enum
  values, one rating per subject and year, integers with no negatives,
  members_present <= members_total;
- the sample's own rules: every organisation (branch, grassroots branch,
  grassroots committee, sub-committee) rated every year; every member on
  31 December rated, except a few elderly members exempt from party work
  (aged 70 or more, and never rated again while still members); nobody rated
  who was not a member then; members_total = the branch's replayed membership
  on the meeting day; a regular meeting every month for every branch; a
  thematic one in most quarters; most meetings >= 90 % present; the upper
  level at 55–75 % of a year's meetings;
- the seed figures: Sốp Cộp 2021, Nậm Lạnh (seed 003) "100% chi bộ và 85,2%
  đảng viên hoàn thành tốt nhiệm vụ trở lên"; Mường Chiên (seed 000) "100% đảng
  viên hoàn thành nhiệm vụ trở lên", the Đảng bộ good or better in 2015–2017.
Prints the yearly figures.  Exits 1 if any check fails.

    python3 Samples/check_ratings_meetings.py [sopcop|muongchien|PATH/TO/sopcop ...]
"""
import bisect
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from checklib import Membership, Tree, age_on, check, finish, read_table

HERE = Path(__file__).resolve().parent
YEARS = {"sopcop": range(2015, 2025), "muongchien": range(2015, 2021)}
ORG_KINDS = ("grassroots_committee", "sub_committee", "grassroots_branch", "branch")
MEETING_KINDS = ("branch", "grassroots_branch")
GOOD = ("excellent", "good")


def pct(a, b):
    return 100 * a / b if b else float("nan")


def integer(v, where, col):
    ok = v is not None and v == int(v) and v >= 0
    check(ok, f"{where}: column {col}: not a non-negative integer: {v}")
    return int(v) if ok else 0


def check_sample(arg):
    folder = Path(arg) if "/" in arg else HERE / arg    # a sample's name or a copy of it
    name = folder.name
    years = list(YEARS[name])
    last = dt.date(years[-1], 12, 31)
    print(f"\n=== {name}")
    units = read_table(folder, "units")
    tree = Tree(units)
    U = tree.U
    ms = Membership(tree, read_table(folder, "members"), read_table(folder, "member_events"),
                    last, years)
    M = ms.M

    # ---------------------------------------------------------- ratings ----
    ratings = read_table(folder, "ratings")
    R = {}                                    # (year, type, id) -> rating
    for r in ratings:
        w = r["_where"]
        y = integer(r["year"], w, "year")
        check(y in years, f"{w}: year {y} outside the sample")
        key = (y, r["subject_type"], r["subject_id"])
        check(key not in R, f"{w}: second rating for {key}")
        if r["subject_type"] == "organization":
            check(r["subject_id"] in U and U[r["subject_id"]]["kind"] in ORG_KINDS,
                  f"{w}: {r['subject_id']} is no rated organisation")
        elif r["subject_type"] == "member":
            check(r["subject_id"] in M, f"{w}: unknown member {r['subject_id']}")
        R[key] = r["rating"]
    orgs = [u for u in tree.order if U[u]["kind"] in ORG_KINDS]
    exempt_since = {}
    rows = []
    for y in years:
        end = dt.date(y, 12, 31)
        for u in orgs:
            check((y, "organization", u) in R, f"{y}: organisation {u} not rated")
        now = ms.at_end[y]
        rated = {k[2] for k in R if k[0] == y and k[1] == "member"}
        for m in sorted(rated - set(now)):
            check(False, f"{y}: {m} rated but not a member on 31/12")
        unrated = sorted(set(now) - rated)
        for m in unrated:
            check(age_on(M[m]["birth_date"], end) >= 70, f"{y}: {m} not rated and under 70")
            exempt_since.setdefault(m, y)
        for m in rated:
            check(m not in exempt_since, f"{y}: {m} rated again after being exempt")
        check(len(unrated) <= 0.02 * len(now), f"{y}: {len(unrated)} members not rated")
        lv = {g: Counter(R[y, "organization", u] for u in orgs if
                         (U[u]["kind"] == "branch") == (g == "branch") and (y, "organization", u) in R)
              for g in ("branch", "grassroots")}
        mem = Counter(R[y, "member", m] for m in rated)
        nb, ng, nm = sum(lv["branch"].values()), sum(lv["grassroots"].values()), len(rated)
        gb = pct(lv["branch"]["excellent"] + lv["branch"]["good"], nb)
        gm = pct(mem["excellent"] + mem["good"], nm)
        check(nb < 20 or 10 <= pct(lv["branch"]["excellent"], nb) <= 30 and 80 <= gb <= 97,
              f"{y}: branch shares {dict(lv['branch'])}")    # (a 3-branch commune: any)
        check(75 <= gm <= 95, f"{y}: members good or better {gm:.1f} %")
        rows.append((y, nb, *[lv["branch"][x] for x in ("excellent", "good", "complete", "incomplete")],
                     ng, *[lv["grassroots"][x] for x in ("excellent", "good", "complete", "incomplete")],
                     len(now), len(unrated), nm, *[mem[x] for x in ("excellent", "good", "complete", "incomplete")], gm))
    print("year  branches   exc  good  comp  inc | grassroots exc good comp inc | members  exempt  rated   exc  good  comp  inc  good+%")
    for r in rows:
        print("{:4d}  {:8d} {:5d} {:5d} {:5d} {:4d} | {:10d} {:3d} {:4d} {:4d} {:3d} | {:7d} {:7d} {:6d} {:5d} {:5d} {:5d} {:4d}  {:6.1f}".format(*r))

    # ---------------------------------------------------------- meetings ----
    meetings = read_table(folder, "meetings")
    branches = [u for u in tree.order if U[u]["kind"] in MEETING_KINDS]
    # members of each branch by day, from the replay: sorted change days + counts
    changes = defaultdict(Counter)
    for mid, st in ms.states.items():
        prev = None
        for day, unit, _ in st:
            if unit != prev:
                if prev:
                    changes[prev][day] -= 1
                if unit:
                    changes[unit][day] += 1
            prev = unit
    size = {}
    for b, ch in changes.items():
        days = sorted(ch)
        run, vals = 0, []
        for d in days:
            run += ch[d]
            vals.append(run)
        size[b] = (days, vals)

    def members_on(b, day):
        days, vals = size.get(b, ([], []))
        i = bisect.bisect_right(days, day)
        return vals[i - 1] if i else 0

    seen_day = set()
    regular_months = set()
    thematic_quarters = set()
    per_year = defaultdict(Counter)
    prev = None
    for m in meetings:
        w, b, day = m["_where"], m["unit_id"], m["date"]
        check(b in U and U[b]["kind"] in MEETING_KINDS, f"{w}: {b} is not a branch")
        check(day is not None and dt.date(years[0], 1, 1) <= day <= last, f"{w}: date outside the sample")
        if day is None or b not in U:
            continue
        total = integer(m["members_total"], w, "members_total")
        present = integer(m["members_present"], w, "members_present")
        check(present <= total, f"{w}: {present} present of {total}")
        check(total == members_on(b, day), f"{w}: members_total {total}, replay {members_on(b, day)}")
        check(m["upper_level_attended"] in ("1", "0"), f"{w}: upper_level_attended missing")
        check((b, day) not in seen_day, f"{w}: second meeting of {b} on {day}")
        seen_day.add((b, day))
        check(prev is None or prev <= day, f"{w}: file not sorted by date")
        prev = day
        if m["kind"] == "regular":
            regular_months.add((b, day.year, day.month))
        else:
            thematic_quarters.add((b, day.year, (day.month - 1) // 3))
        c = per_year[day.year]
        c["meetings"] += 1
        c[m["kind"]] += 1
        c["total"] += total
        c["present"] += present
        c["ok90"] += present * 10 >= total * 9
        c["upper"] += m["upper_level_attended"] == "1"
    check(len(thematic_quarters) < 4 * len(branches) * len(years), "thematic in every quarter: not 'most'")
    for b in branches:
        for y in years:
            for mo in range(1, 13):
                check((b, y, mo) in regular_months, f"{b}: no regular meeting in {mo}/{y}")
    print("\nyear  meetings  regular  thematic  branch-quarters with thematic   present/total   >=90% present   upper level")
    for y in years:
        c = per_year[y]
        tq = sum((b, y, q) in thematic_quarters for b in branches for q in range(4))
        bq = 4 * len(branches)
        check(70 <= pct(tq, bq), f"{y}: thematic in {pct(tq, bq):.1f} % of branch-quarters")
        check(pct(c["ok90"], c["meetings"]) >= 75, f"{y}: >=90 % present in {pct(c['ok90'], c['meetings']):.1f} %")
        check(55 <= pct(c["upper"], c["meetings"]) <= 75, f"{y}: upper level {pct(c['upper'], c['meetings']):.1f} %")
        print(f"{y}  {c['meetings']:8d} {c['regular']:8d} {c['thematic']:9d}   {tq:5d}/{bq:<5d} {pct(tq, bq):5.1f} %"
              f"            {pct(c['present'], c['total']):5.1f} %        {c['ok90']:5d} {pct(c['ok90'], c['meetings']):5.1f} %"
              f"   {c['upper']:5d} {pct(c['upper'], c['meetings']):5.1f} %")

    # -------------------------------------------------------- seed figures ----
    if name == "sopcop":
        nl = next(u for u in tree.children[tree.root] if U[u]["name"] == "Đảng bộ xã Nậm Lạnh")
        nb = [u for u in tree.order if U[u]["kind"] == "branch" and tree.within(u, nl)]
        good_b = sum(R.get((2021, "organization", u)) in GOOD for u in nb)
        now = [m for m, (u, _) in ms.at_end[2021].items() if tree.within(u, nl)]
        rated = [m for m in now if (2021, "member", m) in R]
        good_m = sum(R[2021, "member", m] in GOOD for m in rated)
        share = round(pct(good_m, len(rated)), 1)
        check(len(nb) == 15 and good_b == 15, f"Nậm Lạnh 2021: {good_b}/{len(nb)} branches good or better")
        check(len(now) == 327, f"Nậm Lạnh 2021: {len(now)} members on 31/12")
        check(share == 85.2, f"Nậm Lạnh 2021: {share} % of members good or better")
        print(f"\nSeed 2021, Nậm Lạnh ({nl}): {good_b}/{len(nb)} branches good or better (100 %); "
              f"{len(now)} members on 31/12/2021, {len(now) - len(rated)} exempt, {len(rated)} rated, "
              f"{good_m} good or better = {pct(good_m, len(rated)):.2f} % -> {share:.1f} %")
    if name == "muongchien":
        inc = [k for k, v in R.items() if k[1] == "member" and v == "incomplete"]
        check(not inc, f"Mường Chiên: {len(inc)} members rated incomplete")
        for y in (2015, 2016, 2017):
            check(R.get((y, "organization", tree.root)) in GOOD, f"Mường Chiên {y}: not good or better")
        print(f"\nSeed: no member rated incomplete (100 % hoàn thành nhiệm vụ trở lên); "
              f"{tree.root} 2015–2017: {', '.join(R[y, 'organization', tree.root] for y in (2015, 2016, 2017))}")


for sample in sys.argv[1:] or list(YEARS):
    check_sample(sample)
sys.exit(finish())
