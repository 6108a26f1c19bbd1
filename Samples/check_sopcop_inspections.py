#!/usr/bin/env python3
"""Independent checker for the inspection, discipline and petition tables of
Samples/sopcop/ (shares no code with make_sopcop_inspections.py).

Reads inspections.csv, disciplines.csv and petitions.csv (plus the membership
tables, replayed by SPEC §1.3) the way SPEC §1.1 says a reader must, checks
the SPEC §1.2 rules and stricter sample rules, recomputes the SPEC §5.2
`inspection-summary` tables for the root and every year, checks the 2021
figures of seed 003 and the edge cases, and prints the figures.  Exits 1 if
any check fails.

    python3 Samples/check_sopcop_inspections.py [DATASET_DIR]
"""
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from checklib import (ENUMS, Membership, Tree, check, finish, raw_cells, read_table)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "sopcop"
LAST = dt.date(2024, 12, 31)
YEARS = range(2015, 2025)

units = read_table(DIR, "units")
tree = Tree(units)
ROOT = tree.root
ms = Membership(tree, read_table(DIR, "members"), read_table(DIR, "member_events"), LAST, YEARS)
insp = read_table(DIR, "inspections")
disc = read_table(DIR, "disciplines")
pets = read_table(DIR, "petitions")

# ----------------------------------------------------------- inspections ----
campaigns = {}          # id -> dict(unit, body, kind, start, targets=[(type, id, conclusion)])
for r in insp:
    w = r["_where"]
    c = campaigns.setdefault(r["campaign_id"], dict(unit=r["unit_id"], body=r["body"], kind=r["kind"],
                                                    start=r["started_on"], targets=[]))
    check((c["unit"], c["body"], c["kind"], c["start"]) ==
          (r["unit_id"], r["body"], r["kind"], r["started_on"]),
          f"{w}: campaign {r['campaign_id']} rows differ in unit, body, kind or start")
    check(r["unit_id"] in tree.U, f"{w}: unknown unit {r['unit_id']}")
    check(r["started_on"] is not None and r["started_on"] <= LAST, f"{w}: start after {LAST}")
    tid, ttype = r["target_id"], r["target_type"]
    check(tid not in [t[1] for t in c["targets"]], f"{w}: target {tid} twice in {r['campaign_id']}")
    concl = r["conclusion"] or "pending"
    c["targets"].append((ttype, tid, concl, r["_line"]))
    if ttype == "organization":
        check(tid in tree.U, f"{w}: unknown organisation {tid}")
        # stricter: an organisation strictly below the conducting unit
        check(tid != r["unit_id"] and tree.within(tid, r["unit_id"]),
              f"{w}: {tid} is not below {r['unit_id']}")
    else:
        check(tid in ms.M, f"{w}: unknown member {tid}")
        # stricter: a member of the conducting unit's subtree on the start day
        check(ms.in_scope_on(tid, r["unit_id"], r["started_on"]),
              f"{w}: {tid} is not a member under {r['unit_id']} on {r['started_on']}")
    # stricter: only campaigns started in the last two months are still open
    check((concl == "pending") == (r["started_on"] >= dt.date(2024, 11, 1)),
          f"{w}: conclusion {concl} for a campaign started {r['started_on']}")
# Sorted by start day; rows of one campaign together.
starts = [r["started_on"] for r in insp]
check(starts == sorted(starts), "inspections.csv sorted by start day")
seen_ids, prev = set(), None
for r in insp:
    if r["campaign_id"] != prev:
        check(r["campaign_id"] not in seen_ids, f"{r['_where']}: campaign rows not together")
        seen_ids.add(r["campaign_id"])
        prev = r["campaign_id"]

# ----------------------------------------------------------- disciplines ----
expelled_events = [(mid, e["date"], e["unit_id"]) for mid, evs in ms.by_member.items()
                   for e in evs if e["type"] == "expelled"]
discipline_targets = {(c["unit"], t[1]) : (cid, c["start"]) for cid, c in campaigns.items()
                      for t in c["targets"] if t[2] == "discipline"}
seen = set()
for d in disc:
    w = d["_where"]
    check(d["id"] not in seen, f"{w}: duplicate discipline id {d['id']}")
    seen.add(d["id"])
    check(d["unit_id"] in tree.U, f"{w}: unknown unit")
    check(d["decided_on"] is not None and d["decided_on"] <= LAST, f"{w}: decided after {LAST}")
    if d["target_type"] == "organization":
        check(d["target_id"] in tree.U, f"{w}: unknown organisation {d['target_id']}")
        check(d["target_id"] != d["unit_id"] and tree.within(d["target_id"], d["unit_id"]),
              f"{w}: organisation {d['target_id']} not below the deciding unit")
        check(d["form"] in ("reprimand", "warning"), f"{w}: organisation form {d['form']}")
    else:
        check(d["target_id"] in ms.M, f"{w}: unknown member {d['target_id']}")
        check(d["form"] != "dissolution", f"{w}: dissolution of a member")
        # a member of the deciding unit's subtree on the decision day
        check(ms.in_scope_on(d["target_id"], d["unit_id"], d["decided_on"]),
              f"{w}: {d['target_id']} not a member under {d['unit_id']} on {d['decided_on']}")
    check(d["form"] != "dissolution", f"{w}: no dissolution in this sample")
    if d["form"] == "expulsion":     # the membership data records it
        check(any(mid == d["target_id"] and 0 < (day - d["decided_on"]).days <= 14
                  for mid, day, _ in expelled_events),
              f"{w}: expulsion without an `expelled` event 1–14 days later")
    # stricter: each decision follows a campaign concluded `discipline` by the same unit
    src = discipline_targets.get((d["unit_id"], d["target_id"]))
    check(src is not None and src[1] < d["decided_on"], f"{w}: no campaign before the decision")
decided = {(d["unit_id"], d["target_id"]) for d in disc}
for key, (cid, _) in discipline_targets.items():
    check(key in decided, f"campaign {cid}: concluded `discipline` for {key[1]} with no decision")
for mid, day, _ in expelled_events:
    check(any(d["target_id"] == mid and d["form"] == "expulsion" and 0 < (day - d["decided_on"]).days <= 14
              for d in disc), f"expelled event {mid} {day} without a khai trừ decision")

# ------------------------------------------------------------- petitions ----
seen = set()
for p in pets:
    w = p["_where"]
    check(p["id"] not in seen, f"{w}: duplicate petition id")
    seen.add(p["id"])
    check(p["unit_id"] in tree.U, f"{w}: unknown unit")
    check(p["received_on"] is not None and p["received_on"] <= LAST, f"{w}: received after {LAST}")
    check(p["closed_on"] is None or p["closed_on"] >= p["received_on"], f"{w}: closed before received")
    check(p["closed_on"] is None or p["closed_on"] <= LAST, f"{w}: closed after {LAST}")
    check((p["outcome"] is not None) == (p["closed_on"] is not None), f"{w}: outcome iff closed_on")
    y = p["received_on"].year
    if y < 2024:     # closed within the year or early the next (by 31 March)
        check(p["closed_on"] is not None and p["closed_on"] <= dt.date(y + 1, 3, 31),
              f"{w}: received {p['received_on']}, closed {p['closed_on']}")


# --------------------------------------------- SPEC §5.2, recomputed ----
def summary(R, a, b):
    """The inspection-summary tables for report unit R over [a, b]."""
    act = defaultdict(lambda: [set(), 0, 0, 0, 0])   # key -> campaigns, orgs, members, ov, mv
    for cid, c in campaigns.items():
        if not (a <= c["start"] <= b) or not tree.within(c["unit"], R):
            continue
        level = "own" if c["unit"] == R else "subordinate"
        keys = [f"{level}.{c['body']}.{c['kind']}", f"{level}.{c['body']}", level, "total"]
        for k in keys:
            row = act[k]
            row[0].add(cid)
            for ttype, _, concl, _ in c["targets"]:
                bad = concl in ("violation", "discipline")
                if ttype == "organization":
                    row[1] += 1
                    row[3] += bad
                else:
                    row[2] += 1
                    row[4] += bad
    act = {k: [len(v[0])] + v[1:] for k, v in act.items()}
    dis = Counter()
    for d in disc:
        if a <= d["decided_on"] <= b and tree.within(d["unit_id"], R):
            dis[d["target_type"], d["form"]] += 1
            dis["total", d["form"]] += 1
    pet = defaultdict(Counter)
    for p in pets:
        if not tree.within(p["unit_id"], R) or p["received_on"] > b:
            continue
        closed = p["closed_on"]
        for row in (p["kind"], "total"):
            if p["received_on"] < a:
                if closed is None or closed >= a:
                    pet[row]["carried_over"] += 1
                else:
                    continue
            else:
                pet[row]["received"] += 1
            if closed is not None and closed <= b:
                pet[row][p["outcome"]] += 1
            else:
                pet[row]["pending"] += 1
    return act, dis, pet


def campaigns_of(act, key):
    return act.get(key, [0, 0, 0, 0, 0])


print(f"Dataset {DIR}: {len(campaigns)} campaigns ({len(insp)} rows), {len(disc)} disciplines, "
      f"{len(pets)} petitions")
print("\nBy year for the root (campaigns/organisations/members; viol = targets with violations):")
print("year   BTV c/o    UBKT c/o/m   sub c/o/m      viol o/m  disc rep/war/dis/exp  "
      "petitions carried/recv/resolved/archived/forwarded/pending")
yearly = {}
for y in YEARS:
    act, dis, pet = summary(ROOT, dt.date(y, 1, 1), dt.date(y, 12, 31))
    yearly[y] = (act, dis, pet)
    btv = campaigns_of(act, "own.standing_committee")
    ubkt = campaigns_of(act, "own.inspection_committee")
    sub = campaigns_of(act, "subordinate")
    tot = campaigns_of(act, "total")
    t = pet["total"]
    print(f"{y}  {btv[0]:3d}/{btv[1]:3d}  {ubkt[0]:3d}/{ubkt[1]:2d}/{ubkt[2]:2d}  "
          f"{sub[0]:4d}/{sub[1]:3d}/{sub[2]:3d}  {tot[3]:4d}/{tot[4]:3d}  "
          f"{dis['total', 'reprimand']:6d}/{dis['total', 'warning']:2d}/{dis['total', 'dismissal']:2d}"
          f"/{dis['total', 'expulsion']:2d}      "
          + "/".join(str(t[k]) for k in ("carried_over", "received", "resolved", "archived",
                                         "forwarded", "pending")))
    check(btv[2] == 0, f"{y}: BTV campaigns with member targets")
    check(4 <= btv[0] <= 7 and 15 <= btv[1] <= 30, f"{y}: BTV 4–7 rounds, 15–30 organisations")
    check(120 <= t["received"] <= 180, f"{y}: 120–180 petitions received")
    for row, c in pet.items():   # SPEC §5.2 invariant
        check(c["carried_over"] + c["received"] ==
              c["resolved"] + c["archived"] + c["forwarded"] + c["pending"],
              f"{y}: petitions invariant fails for {row}")
    check(dis["total", "dissolution"] == 0, f"{y}: a dissolution")

# ---------------------------------------------------------- 2021 (seed) ----
act, dis, pet = yearly[2021]
btv, ubkt, t = campaigns_of(act, "own.standing_committee"), campaigns_of(act, "own.inspection_committee"), pet["total"]
print("\nSeed 2021 (root sc, period 2021):")
print(f"  Ban Thường vụ: {btv[0]} cuộc, {btv[1]} tổ chức đảng, {btv[2]} đảng viên "
      f"(kinds: {', '.join(k.split('.')[-1] + ' ' + str(v[0]) for k, v in sorted(act.items()) if k.startswith('own.standing_committee.'))})")
print(f"  Ủy ban Kiểm tra: {ubkt[0]} cuộc, {ubkt[1]} tổ chức đảng, {ubkt[2]} đảng viên")
print(f"  Đơn thư: carried over {t['carried_over']}, received {t['received']}, resolved {t['resolved']}, "
      f"archived {t['archived']}, forwarded {t['forwarded']}, pending {t['pending']}")
check(btv[0] == 5 and btv[1] == 22 and btv[2] == 0, "2021: BTV 5 campaigns over 22 organisations")
btv_kinds = {k.split(".")[-1] for k in act if k.startswith("own.standing_committee.")}
check(btv_kinds == {"inspection", "supervision"}, "2021: BTV kinds are inspection and supervision")
check(ubkt[1] == 3, "2021: UBKT 3 organisations")
check(not any(k.startswith("own.committee") for k in act), "2021: no own committee campaigns")
check((t["carried_over"], t["received"], t["resolved"], t["archived"], t["forwarded"], t["pending"])
      == (0, 153, 141, 6, 0, 6), "2021 petitions: 0 carried, 153 = 141 + 6 + 6, none forwarded")
check({p["kind"] for p in pets if p["received_on"].year == 2021} ==
      {"complaint", "denunciation", "petition"}, "2021: all three petition kinds")
recv21 = Counter(p["unit_id"] for p in pets if p["received_on"].year == 2021)
check(recv21[ROOT] > 153 / 2 and any(tree.U[u]["sector"] == "commune" for u in recv21),
      "2021: received by sc mostly, some by communes")

print("\n  activities (SPEC §5.2 table `activities`, key: campaigns organizations members "
      "organizations_with_violations members_with_violations):")
level_rank = {"own": 0, "subordinate": 1, "total": 2}
for k in sorted(act, key=lambda k: (level_rank[k.split(".")[0]], k.split(".")[1:2], -len(k.split(".")), k)):
    print(f"    {k:48} " + " ".join(f"{v:4d}" for v in act[k]))
print("  discipline (rows organization/member/total; reprimand warning dismissal expulsion "
      "dissolution total):")
for row in ("organization", "member", "total"):
    vals = [dis[row, f] for f in ("reprimand", "warning", "dismissal", "expulsion", "dissolution")]
    print(f"    {row:14} " + " ".join(f"{v:3d}" for v in vals + [sum(vals)]))
print("  petitions (carried_over received resolved archived forwarded pending):")
for row in ("complaint", "denunciation", "petition", "total"):
    print(f"    {row:14} " + " ".join(f"{pet[row][k]:4d}" for k in
                                       ("carried_over", "received", "resolved", "archived",
                                        "forwarded", "pending")))

# Subordinate work in 2021 and across the years.
check(campaigns_of(act, "subordinate.committee")[0] > 0 and
      campaigns_of(act, "subordinate.inspection_committee")[0] > 0, "2021: subordinate campaigns")
check(campaigns_of(act, "total")[3] > 0 and campaigns_of(act, "total")[4] > 0,
      "2021: organisations and members with violations")
forms = Counter(d["form"] for d in disc)
check(forms["reprimand"] and forms["warning"] and forms["dismissal"] and forms["expulsion"],
      "reprimand, warning, dismissal and expulsion all occur")
check(any(d["target_type"] == "organization" for d in disc), "an organisation disciplined")
check(any(tree.U[c["unit"]]["kind"] == "branch" for c in campaigns.values()), "branch committees' campaigns")

# ----------------------------------------------------------- edge cases ----
check(any(c["start"] == dt.date(2021, 12, 31) and tree.U[c["unit"]]["sector"] == "commune"
          for c in campaigns.values()), "a commune campaign starting on 31/12/2021")
check(any(p["received_on"] == dt.date(2021, 12, 31) and p["closed_on"] == dt.date(2022, 1, 5)
          for p in pets), "a petition received 31/12/2021 and closed 05/01/2022")
q4 = summary(ROOT, dt.date(2021, 10, 1), dt.date(2021, 12, 31))
print(f"\n2021-Q4: {q4[0]['total'][0]} campaigns (incl. the one starting 31/12/2021), "
      f"petitions pending at 31/12/2021: {q4[2]['total']['pending']}")
q1 = summary(ROOT, dt.date(2022, 1, 1), dt.date(2022, 3, 31))[2]["total"]
print(f"2022-Q1 petitions: carried over {q1['carried_over']}, received {q1['received']}")
check(q1["carried_over"] == 6, "2022-Q1: the 6 pending petitions are carried over")
y20 = yearly[2020][2]["total"]
check(y20["pending"] == 0, "2020: every petition closed by 31/12/2020 (nothing carried into 2021)")

# ---------------------------------------------------------- file format ----
check(insp.bom and insp.eol == "CRLF" and insp.header ==
      ["Mã cuộc", "Đơn vị thực hiện", "Chủ thể", "Loại", "Ngày bắt đầu", "Đối tượng",
       "Mã đối tượng", "Kết luận"], "inspections.csv: Vietnamese headers, BOM, CRLF")
labels = {col: set(raw_cells(DIR, "inspections", col)) for col in
          ("body", "kind", "target_type", "conclusion")}
for col, used in labels.items():
    allowed = {x for v in ENUMS["inspections", col].values() for x in v} | {""}
    check(used <= allowed, f"inspections.csv: {col} labels outside SPEC: {used - allowed}")
check(all("/" in c for c in raw_cells(DIR, "inspections", "started_on")), "inspections.csv: DD/MM/YYYY")
check(disc.header == ["id", "decided_on", "unit_id", "target_type", "target_id", "form"]
      and not disc.bom, "disciplines.csv: canonical headers")
check(pets.header == ["id", "received_on", "unit_id", "kind", "closed_on", "outcome"]
      and not pets.bom, "petitions.csv: canonical headers")
print("Labels used in inspections.csv: " + "; ".join(
    f"{col}: {', '.join(sorted(v - {''}))}" for col, v in labels.items()))

sys.exit(finish())
