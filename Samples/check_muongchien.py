#!/usr/bin/env python3
"""Independent checker for Samples/muongchien/ (shares no code with make_muongchien.py).

Reads every table the way SPEC §1.1 says a reader must, replays membership by
the SPEC §1.3 rules, checks the §1.2 rules (and stricter sample rules), the
figures of seed 000 (3 branches, 134 members, 84 fish cages and 40 tonnes a
year, 34 ha of fruit trees, 30 triệu đồng, 7,7 %), recomputes the SPEC §5.3
tables for 2019 and 2020 and prints the key figures.  Exits 1 if any check
fails.

    python3 Samples/check_muongchien.py [DATASET_DIR]
"""
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from checklib import (JOIN, LEAVE, MEMBER_KINDS, Membership, Tree, check, finish, period_span,
                      raw_cells, read_table, index_targets)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "muongchien"
LAST = dt.date(2020, 12, 31)
YEARS = range(2015, 2021)

# ------------------------------------------------------------ membership ----
units = read_table(DIR, "units")
tree = Tree(units)
ROOT = tree.root
U = tree.U
branches = tree.children[ROOT]
ms = Membership(tree, read_table(DIR, "members"), read_table(DIR, "member_events"), LAST, YEARS)
check(ms.sorted_file, "member_events.csv sorted by date, then member id")
check(U[ROOT]["name"] == "Đảng bộ xã Mường Chiên" and U[ROOT]["kind"] == "grassroots_committee"
      and U[ROOT]["header_name"] == "ĐẢNG ỦY XÃ MƯỜNG CHIÊN", "root: Đảng bộ xã Mường Chiên")
check(len(branches) == 3 and all(U[b]["kind"] == "branch" for b in branches) and len(U) == 4,
      "3 branches directly under the root, nothing else")
for m in ms.M.values():
    check(m["birth_date"] is not None and 1940 <= m["birth_date"].year <= 2001,
          f"{m['_where']}: birth year")

TYPES = ["admitted", "made_official", "transferred_in", "restored", "transferred_out",
         "died", "expelled", "removed", "resigned", "moved"]
short = ["adm", "off", "in", "rest", "out", "died", "exp", "rem", "res", "moved"]
targets = read_table(DIR, "targets")
T = index_targets(targets, U)
print(f"Dataset {DIR}: {len(units)} units, {len(ms.M)} members, "
      f"{sum(len(v) for v in ms.by_member.values())} events, {len(targets)} targets")
print(f"Units: root {ROOT} ({U[ROOT]['name']}); branches: "
      + ", ".join(f"{b} {U[b]['name']}" for b in branches))
print("\nyear  members  prob  " + "  ".join(f"{s:>5}" for s in short) + "  target      %  "
      + "  ".join(f"{b:>5}" for b in branches))
prev = None
for y in YEARS:
    snap = ms.at_end[y]
    n, p = len(snap), sum(pr for _, pr in snap.values())
    per = Counter(u for u, _ in snap.values())
    tgt = T.get((ROOT, y, "admissions"))
    check(tgt is not None and tgt == sum(T.get((b, y, "admissions"), 0) for b in branches),
          f"{y}: branch targets sum to the root's")
    print(f"{y}  {n:7d}  {p:4d}  " + "  ".join(f"{ms.counts[y, t]:5d}" for t in TYPES)
          + f"  {tgt:6d}  {100 * ms.counts[y, 'admitted'] / tgt:5.1f}  "
          + "  ".join(f"{per[b]:5d}" for b in branches))
    if prev is not None:
        check(n == prev + sum(ms.counts[y, t] for t in JOIN) - sum(ms.counts[y, t] for t in LEAVE),
              f"{y}: balance does not close")
    check(all(per[b] >= 3 for b in branches), f"{y}: a branch with fewer than 3 members")
    prev = n
end = ms.at_end[2020]
print(f"\nSeed: {len(end)} members at the end of 2020 in {len(branches)} branches")
check(len(end) == 134, "134 members at the end of 2020")
check(all(ms.counts[y, "admitted"] for y in YEARS), "admissions every year")

# --------------------------------------------------------- dataset.yaml ----
yaml = (DIR / "dataset.yaml").read_text("utf-8")


def yaml_value(key):
    m = re.search(rf"^{key}: (.+)$", yaml, re.M)
    return m.group(1).split(" #")[0].strip() if m else None


check(yaml_value("upper_body") == "ĐẢNG BỘ HUYỆN QUỲNH NHAI", "dataset.yaml: upper_body")
check(yaml_value("place") == "Mường Chiên", "dataset.yaml: place")
check(yaml_value("number_locale") == "plain", "dataset.yaml: number_locale plain")
sig = dict(kv.split(": ", 1) for kv in yaml_value("signature").strip("{} ").split(", "))
check(sig.get("on_behalf") == "T/M ĐẢNG ỦY" and sig.get("role") == "BÍ THƯ", "dataset.yaml: signature")
signer = [mid for mid, m in ms.M.items() if m["full_name"] == sig.get("name")]
check(len(signer) == 1 and signer[0] in end and end[signer[0]][0] == "mc03",
      "the signing secretary is a member of mc03 at the end of 2020")
declared = {}
for line in re.findall(r"^  - \{(.+)\}\s*$", yaml, re.M):
    d = {k.strip(): v.strip().strip('"') for k, v in (kv.split(":", 1) for kv in line.split(", "))}
    declared[d["id"]] = d
check(set(declared) == {"poor_and_near_poor_rate", "fish_cages"}, "dataset.yaml: two custom indicators")
check(declared.get("poor_and_near_poor_rate", {}).get("better") == "lower"
      and declared.get("poor_and_near_poor_rate", {}).get("unit") == "%", "poor_and_near_poor_rate: %, lower")
check(declared.get("fish_cages", {}).get("better") == "higher", "fish_cages: higher")


# ---------------------------------------------- inspections, disciplines ----
insp = read_table(DIR, "inspections")
disc = read_table(DIR, "disciplines")
campaigns = {}
for r in insp:
    w = r["_where"]
    c = campaigns.setdefault(r["campaign_id"], dict(unit=r["unit_id"], body=r["body"], kind=r["kind"],
                                                    start=r["started_on"], targets=[]))
    check((c["unit"], c["body"], c["kind"], c["start"]) ==
          (r["unit_id"], r["body"], r["kind"], r["started_on"]), f"{w}: campaign rows differ")
    check(r["unit_id"] in U, f"{w}: unknown unit")
    check(r["started_on"] <= LAST, f"{w}: starts after {LAST}")
    check(r["target_id"] not in [t[1] for t in c["targets"]], f"{w}: target twice in one campaign")
    c["targets"].append((r["target_type"], r["target_id"], r["conclusion"] or "pending"))
    if r["target_type"] == "organization":
        check(r["target_id"] != r["unit_id"] and tree.within(r["target_id"], r["unit_id"]),
              f"{w}: {r['target_id']} is not below {r['unit_id']}")
    else:
        check(ms.in_scope_on(r["target_id"], r["unit_id"], r["started_on"]),
              f"{w}: {r['target_id']} not a member under {r['unit_id']} on {r['started_on']}")
seen = set()
for d in disc:
    w = d["_where"]
    check(d["id"] not in seen, f"{w}: duplicate id")
    seen.add(d["id"])
    check(d["decided_on"] <= LAST, f"{w}: decided after {LAST}")
    check(d["target_type"] == "member" and d["form"] in ("reprimand", "warning", "dismissal"),
          f"{w}: member reprimand/warning/dismissal only in this sample")
    check(ms.in_scope_on(d["target_id"], d["unit_id"], d["decided_on"]),
          f"{w}: {d['target_id']} not a member under {d['unit_id']} on {d['decided_on']}")
    check(any(c["unit"] == d["unit_id"] and c["start"] < d["decided_on"] and
              ("member", d["target_id"], "discipline") in c["targets"] for c in campaigns.values()),
          f"{w}: no campaign concluded `discipline` before the decision")
own = [c for c in campaigns.values() if c["unit"] == ROOT]
inspected = {t[1] for c in own if c["kind"] != "supervision" for t in c["targets"]
             if t[0] == "organization"}
signs = [t[1] for c in own if c["kind"] == "violation_signs" for t in c["targets"] if t[0] == "member"]
print(f"2015–2020: the Đảng ủy inspected {len(inspected)}/{len(branches)} branches "
      f"({100 * len(inspected) // len(branches)}%), {len(signs)} members on signs of violation; "
      f"{len(campaigns)} campaigns, {len(disc)} disciplines "
      f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(d['form'] for d in disc).items()))})")
check(inspected == set(branches), "kiểm tra 100% chi bộ trực thuộc")
check(len(signs) == 3 and len(set(signs)) == 3, "kiểm tra 3 đảng viên có dấu hiệu vi phạm")
check(disc.header[1] == "Ngày quyết định" and disc.header[5] == "Hình thức",
      "disciplines.csv: Vietnamese aliases for decided_on and form")

# ------------------------------------------------------- economic models ----
models = read_table(DIR, "economic_models")
results = read_table(DIR, "economic_results")
MOD = {}
for m in models:
    check(m["id"] not in MOD, f"{m['_where']}: duplicate model id")
    check(m["unit_id"] in U, f"{m['_where']}: unknown unit {m['unit_id']}")
    MOD[m["id"]] = m
check(models.header == ["Mã mô hình", "Mã đơn vị", "Tên mô hình", "Lĩnh vực", "Ngày bắt đầu",
                        "Đơn vị quy mô", "So sánh với", "Doanh thu/ha đối chứng"],
      "economic_models.csv: Vietnamese headers")
sector_labels = set(raw_cells(DIR, "economic_models", "sector"))
check(sector_labels <= {"Thủy sản", "Chăn nuôi", "Trồng trọt", "Du lịch"},
      f"economic_models.csv: Vietnamese sector labels ({sector_labels})")
spans = defaultdict(list)
for r in results:
    w = r["_where"]
    check(r["model_id"] in MOD, f"{w}: unknown model {r['model_id']}")
    sp = period_span(r["period"])
    check(sp is not None, f"{w}: bad period {r['period']}")
    if sp is None or r["model_id"] not in MOD:
        continue
    r["_span"] = sp
    started = MOD[r["model_id"]]["started_on"]
    check(started is None or sp[1] >= started, f"{w}: period before the model started")
    for v in ("households", "area_ha", "scale_quantity", "output_tonnes", "revenue_vnd", "cost_vnd"):
        check(r[v] is None or r[v] >= 0, f"{w}: negative {v}")
    for other in spans[r["model_id"]]:
        check(sp[1] < other["_span"][0] or other["_span"][1] < sp[0],
              f"{w}: period {r['period']} overlaps {other['period']} (line {other['_line']})")
    spans[r["model_id"]].append(r)
check(results.header[:2] == ["model_id", "period"], "economic_results.csv: canonical headers")


def money(v):
    return f"{v / Decimal(10**9):.3f} tỷ" if v is not None else "—"


def models_table(pid):
    """SPEC §5.3 `models` rows for a period: flows summed, stocks from the latest row."""
    a, b = period_span(pid)
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    out = []
    for mid, m in MOD.items():
        rows = sorted((r for r in spans[mid] if a <= r["_span"][0] and r["_span"][1] <= b),
                      key=lambda r: r["_span"][1])
        if not rows:
            continue
        last = rows[-1]
        flows = {k: sum((r[k] for r in rows if r[k] is not None), Decimal(0)) if any(r[k] is not None for r in rows)
                 else None for k in ("output_tonnes", "revenue_vnd", "cost_vnd")}
        row = dict(id=mid, unit=m["unit_id"], households=last["households"], area_ha=last["area_ha"],
                   scale=last["scale_quantity"], **flows)
        row["profit_vnd"] = row["revenue_vnd"] - row["cost_vnd"]
        row["profit_per_ha"] = row["profit_vnd"] / row["area_ha"] if row["area_ha"] else None
        row["profit_per_household"] = row["profit_vnd"] / row["households"] if row["households"] else None
        base = m["baseline_revenue_per_ha_vnd"]
        # The baseline is per year: a shorter period compares with its share of it (SPEC §5.3).
        row["baseline_multiple"] = (row["revenue_vnd"] / row["area_ha"] / (base * months / 12)
                                    if row["area_ha"] and base else None)
        row["rows"] = [r["period"] for r in rows]
        out.append(row)
    return out


for pid in ("2019", "2020"):
    table = models_table(pid)
    print(f"\nEconomic models, period {pid} (SPEC §5.3 `models`): "
          f"{len(table)} models, {sum(r['households'] or 0 for r in table)} households, "
          f"revenue {money(sum(r['revenue_vnd'] for r in table))}")
    for r in table:
        mult = f"{r['baseline_multiple']:.2f}×" if r["baseline_multiple"] is not None else "—"
        pph = money(r["profit_per_ha"]) + "/ha" if r["profit_per_ha"] is not None else "—"
        print(f"  {r['id']:11} {r['unit']:5} hh {r['households']!s:>4} area {r['area_ha']!s:>5} "
              f"scale {r['scale']!s:>5} {MOD[r['id']]['scale_unit']:9} out {r['output_tonnes']!s:>5} t  "
              f"rev {money(r['revenue_vnd'])}  profit {money(r['profit_vnd'])}  {pph:>14}  "
              f"baseline {mult}  rows {','.join(r['rows'])}")

fish = {r["id"]: r for r in models_table("2019")}.get("ca_long")
fish_q = [r["period"] for r in spans["ca_long"] if "-Q" in r["period"]]
print(f"\nSeed: fish cages 2019 output {fish['output_tonnes']} t from {fish['scale']} cages "
      f"(quarters {', '.join(fish_q)}), revenue {money(fish['revenue_vnd'])}")
check(fish["output_tonnes"] == 40 and fish["scale"] == 84, "fish cages: 40 tonnes from 84 cages in 2019")
check(fish_q == ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4", "2020-Q1", "2020-Q2"],
      "fish cages: quarterly rows 2019-Q1 … 2020-Q2")
fruit = [r for r in spans["cay_an_qua"]]
check([r["period"] for r in fruit] == ["2018", "2019"] and all(r["area_ha"] == 34 for r in fruit),
      "fruit trees: one yearly row for 2018 and 2019, 34 ha")
check(MOD["cay_an_qua"]["baseline_label"] == "ngô, sắn" and MOD["ao_ban_noi"]["baseline_label"] == "cấy lúa",
      "baselines: ngô, sắn and cấy lúa")
by_id = {r["id"]: r for r in models_table("2019")}
check(by_id["gia_suc"]["scale"] > 2500 and 9000 < by_id["gia_cam"]["scale"] < 10000,
      "over 2.500 cattle and nearly 10.000 poultry")
check(by_id["ao_ban_noi"]["baseline_multiple"] > 3, "semi-floating ponds: many times rice")

# ------------------------------------------------------------ indicators ----
KNOWN = {"income_per_capita_vnd": "higher", "poor_household_rate": "lower",
         "near_poor_household_rate": "lower", "new_rural_criteria": "higher"}
direction = KNOWN | {k: v["better"] for k, v in declared.items()}
ind = read_table(DIR, "indicators")
IND = {}
for r in ind:
    w = r["_where"]
    k = (r["unit_id"], r["period"], r["indicator"])
    check(k not in IND, f"{w}: duplicate indicator {k}")
    check(r["unit_id"] in U, f"{w}: unknown unit")
    check(period_span(r["period"]) is not None, f"{w}: bad period")
    check(r["indicator"] in direction, f"{w}: undeclared indicator {r['indicator']}")
    IND[k] = r


def achieved(r):
    if r["target"] is None:
        return None
    ok = r["value"] >= r["target"] if direction[r["indicator"]] == "higher" else r["value"] <= r["target"]
    return "Đạt" if ok else "Chưa đạt"


print("\nIndicators of mc (value / target / achieved; SPEC §5.3 `indicators`):")
names = list(dict.fromkeys(k[2] for k in IND))
print(f"  {'indicator':26}" + "".join(f"{y:>30}" for y in ("2018", "2019", "2020")))
for name in names:
    cells = []
    for y in ("2018", "2019", "2020"):
        r = IND.get((ROOT, y, name))
        cells.append(f"{r['value']} / {r['target'] if r['target'] is not None else '—'} / "
                     f"{achieved(r) or '—'}" if r else "—")
    print(f"  {name:26}" + "".join(f"{c:>30}" for c in cells))
for y in ("2018", "2019", "2020"):
    p, n, both = (IND[ROOT, y, k]["value"] for k in
                  ("poor_household_rate", "near_poor_household_rate", "poor_and_near_poor_rate"))
    check(p + n == both, f"{y}: poor + near-poor = poor_and_near_poor_rate")
    cages = IND[ROOT, y, "fish_cages"]["value"]
    last = [r for r in spans["ca_long"] if r["_span"][0].year == int(y)][-1]
    check(cages == last["scale_quantity"], f"{y}: fish_cages = cages of the year's last result row")
v = {k[2]: IND[k] for k in IND if k[1] == "2020"}
check(v["income_per_capita_vnd"]["value"] == 30_000_000 and achieved(v["income_per_capita_vnd"]) == "Đạt",
      "2020: 30 triệu đồng/người/năm, Đạt")
check(IND[ROOT, "2019", "income_per_capita_vnd"]["value"] == 28_000_000, "2019: 28 triệu")
check(v["poor_and_near_poor_rate"]["value"] == Decimal("7.7") and achieved(v["poor_and_near_poor_rate"]) == "Đạt",
      "2020: 7,7 % poor and near-poor, target 8, Đạt")
check(v["new_rural_criteria"]["value"] == 12 and achieved(v["new_rural_criteria"]) == "Chưa đạt",
      "2020: 12 new-rural criteria, target 13, Chưa đạt")
check(v["fish_cages"]["value"] == 84, "2020: 84 fish cages")
print(f"Seed 2020: income {v['income_per_capita_vnd']['value']:,} đ/người/năm "
      f"({achieved(v['income_per_capita_vnd'])}); poor {v['poor_household_rate']['value']} % + near-poor "
      f"{v['near_poor_household_rate']['value']} % = {v['poor_and_near_poor_rate']['value']} % "
      f"(target {v['poor_and_near_poor_rate']['target']}, {achieved(v['poor_and_near_poor_rate'])}); "
      f"new-rural criteria {v['new_rural_criteria']['value']}/19 (target {v['new_rural_criteria']['target']}, "
      f"{achieved(v['new_rural_criteria'])}); fish cages {v['fish_cages']['value']}")

# ---------------------------------------------------------- file formats ----
check(units.header[0] == "Mã đơn vị" and set(raw_cells(DIR, "units", "kind")) ==
      {"Đảng bộ cơ sở", "Chi bộ trực thuộc"}, "units.csv: Vietnamese headers and kind labels")
check(ms.M and read_table(DIR, "members").header[0] == "id", "members.csv: canonical headers")
ev = read_table(DIR, "member_events")
check(ev.bom and ev.delimiter == ";" and ev.eol == "CRLF" and ev.header[0] == "Mã đảng viên",
      "member_events.csv: Vietnamese headers, ';', BOM, CRLF")
check(any(re.fullmatch(r"\d/\d/\d{4}", c) for c in raw_cells(DIR, "member_events", "date")),
      "member_events.csv: D/M/YYYY dates without zero padding")

sys.exit(finish())
