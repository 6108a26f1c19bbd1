#!/usr/bin/env python3
"""Add inspections, disciplines and petitions to Samples/sopcop/ (Sốp Cộp).

A separate step from make_sopcop.py with its own RNG: it reads the membership
files make_sopcop.py wrote (units.csv, members.csv, member_events.csv) and
writes three more tables, leaving the membership files untouched.

The 2021 figures of seed article 003_781d3619481cc1e6.txt hold exactly:
  "Ban Thường vụ huyện ủy tổ chức 5 cuộc kiểm tra, giám sát đối với 22 tổ chức
   đảng; Ủy ban Kiểm tra huyện ủy tổ chức kiểm tra 3 tổ chức đảng […]. Tiếp nhận
   153 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, đã chỉ đạo giải quyết dứt
   điểm 141 đơn, lưu 6 đơn, đang giải quyết 6 đơn."
Other years (2015–2024) are drawn from random.Random(SEED).

Deterministic: fixed seed, ordered iteration only, files written as bytes.

    python3 Samples/make_sopcop_inspections.py   # also run by make_sopcop.py
    python3 Samples/check_sopcop_inspections.py  # independent check + figures
"""
import csv
import datetime as dt
import io
import random
import unicodedata
from collections import defaultdict
from pathlib import Path

SEED = 153
DIR = Path(__file__).resolve().parent / "sopcop"
FIRST, LAST = dt.date(2015, 1, 1), dt.date(2024, 12, 31)
YEARS = range(2015, 2025)
D = dt.timedelta
ROOT = "sc"

# Ban Thường vụ Huyện ủy: (campaigns, organisation targets) per year; 2021 = seed.
BTV = {2015: (4, 17), 2016: (5, 19), 2017: (6, 24), 2018: (5, 21), 2019: (6, 26),
       2020: (4, 15), 2021: (5, 22), 2022: (6, 25), 2023: (7, 30), 2024: (6, 27)}
BTV_2021_SIZES = [5, 4, 5, 4, 4]                     # 22 organisations in 5 rounds
# Ủy ban Kiểm tra Huyện ủy: organisation targets per year; 2021 = seed (3).
UBKT_ORGS = {2015: 4, 2016: 5, 2017: 3, 2018: 6, 2019: 4, 2020: 5, 2021: 3,
             2022: 4, 2023: 5, 2024: 6}
# Đơn thư received per year; 2021 = seed (153 = 141 resolved + 6 archived + 6 pending).
PETITIONS = {2015: 128, 2016: 141, 2017: 135, 2018: 162, 2019: 170, 2020: 149,
             2021: 153, 2022: 176, 2023: 158, 2024: 167}
RESOLVED_2021, ARCHIVED_2021, PENDING_2021 = 141, 6, 6

# Vietnamese labels (SPEC §1.3) written in inspections.csv.
BODY_VI = {"committee": "Cấp ủy", "standing_committee": "Ban Thường vụ",
           "inspection_committee": "Ủy ban Kiểm tra"}
KIND_VI = {"inspection": "Kiểm tra theo chương trình",
           "violation_signs": "Kiểm tra khi có dấu hiệu vi phạm",
           "supervision": "Giám sát chuyên đề",
           "finance": "Kiểm tra tài chính đảng",
           "lower_level": "Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật"}
TARGET_VI = {"organization": "Tổ chức đảng", "member": "Đảng viên"}
CONCLUSION_VI = {"pending": "", "good": "Thực hiện tốt", "shortcomings": "Có khuyết điểm",
                 "violation": "Có vi phạm", "discipline": "Vi phạm đến mức phải kỷ luật"}
BODY_CODE = {"committee": "CU", "standing_committee": "BTV", "inspection_committee": "UBKT"}
LEAVE = ("transferred_out", "died", "expelled", "removed", "resigned")


def read_csv(name):
    text = (DIR / name).read_bytes().decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delim))


def csv_bytes(header, rows, eol="\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol)          # quotes only when needed
    for row in [header] + rows:
        w.writerow([unicodedata.normalize("NFC", str(c)) for c in row])
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


def main(out_dir=None):
    global DIR
    if out_dir is not None:
        DIR = Path(out_dir)
    rng = random.Random(SEED)

    def rand_date(a, b):
        return a + D(rng.randint(0, (b - a).days))

    # ------------------------------------------------------------ tree ----
    units = read_csv("units.csv")
    parent = {u["id"]: u["parent_id"] for u in units}
    kind = {u["id"]: u["kind"] for u in units}
    sector = {u["id"]: u["sector"] for u in units}
    order = [u["id"] for u in units]
    children = defaultdict(list)
    for uid in order:
        if parent[uid]:
            children[parent[uid]].append(uid)
    orgs = children[ROOT]                                    # 24 grassroots organisations
    communes = [o for o in orgs if sector[o] == "commune"]
    committees = [o for o in orgs if kind[o] == "grassroots_committee"]
    gbranches = [o for o in orgs if kind[o] == "grassroots_branch"]
    branches = [u for u in order if kind[u] == "branch"]

    def subtree(uid):
        out = [uid]
        for c in children[uid]:
            out += subtree(c)
        return out

    below = {uid: set(subtree(uid)) for uid in order}

    # --------------------------------------------- membership spans ----
    # A member is in unit U on day D when their latest event on or before D
    # (same-day events in file order) put them there (SPEC §1.3).
    events = defaultdict(list)
    for e in read_csv("member_events.csv"):
        events[e["member_id"]].append(e)
    spans = defaultdict(list)      # branch -> [(start, end_exclusive, member)]
    expulsions = []                # (member, date, branch)
    for mid in sorted(events):
        evs = sorted(events[mid], key=lambda e: e["date"])   # stable
        day_state = []             # (day, unit after that day's events)
        for e in evs:
            d = dt.date.fromisoformat(e["date"])
            unit = None if e["type"] in LEAVE else e["unit_id"]
            if day_state and day_state[-1][0] == d:
                day_state[-1] = (d, unit)
            else:
                day_state.append((d, unit))
            if e["type"] == "expelled":
                expulsions.append((mid, d, e["unit_id"]))
        merged = []
        for i, (d, unit) in enumerate(day_state):
            end = day_state[i + 1][0] if i + 1 < len(day_state) else LAST + D(1)
            if merged and merged[-1][2] == unit and merged[-1][1] == d:
                merged[-1] = (merged[-1][0], end, unit)
            else:
                merged.append((d, end, unit))
        for start, end, unit in merged:
            if unit:
                spans[unit].append((start, end, mid))

    def present(scope, start, until=None):
        """Members in a branch of `scope` (a unit id) from `start` through `until`."""
        until = until or start
        found = [mid for b in sorted(below[scope]) for s, e, mid in spans.get(b, ())
                 if s <= start and until < e]
        return sorted(set(found))

    # -------------------------------------------------------- campaigns ----
    campaigns = []      # dict(unit, body, kind, start, targets=[(type, id, conclusion)])
    disciplines = []    # (decided_on, unit, target_type, target_id, form)

    def conclude(weights, start):
        if start >= dt.date(2024, 11, 1):                  # not concluded yet
            return "pending"
        return rng.choices(list(weights), list(weights.values()))[0]

    ORG_CONCL = {"good": 72, "shortcomings": 23, "violation": 5}
    MEMBER_CONCL = {"good": 55, "shortcomings": 22, "violation": 13, "discipline": 10}

    def add(unit, body, kind_, start, targets):
        campaigns.append(dict(unit=unit, body=body, kind=kind_, start=start, targets=targets))

    def member_campaign(unit, body, kind_, start, n, concl=MEMBER_CONCL, forms=None):
        """Campaign on n members of `unit`'s subtree; disciplines where concluded so."""
        decide = start + D(rng.randint(15, 45))
        pool = present(unit, start, min(decide, LAST))
        if len(pool) < n:
            return
        targets = []
        for mid in rng.sample(pool, n):
            c = conclude(concl, start)
            if c == "discipline" and decide > LAST:
                c = "violation"
            targets.append(("member", mid, c))
            if c == "discipline":
                f = forms or (["reprimand", "warning"] if kind[unit] == "branch" else
                              ["reprimand", "reprimand", "warning", "warning", "dismissal"])
                disciplines.append((decide, unit, "member", mid, rng.choice(f)))
        add(unit, body, kind_, start, targets)

    def split(total, n, lo, hi):
        sizes = [lo] * n
        for _ in range(total - lo * n):
            i = rng.choice([k for k in range(n) if sizes[k] < hi])
            sizes[i] += 1
        return sizes

    expelled_by_year = defaultdict(list)
    for x in expulsions:
        expelled_by_year[x[1].year].append(x)

    for year in YEARS:
        jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
        # Ban Thường vụ Huyện ủy: organisations only, inspection and supervision.
        n, total = BTV[year]
        sizes = BTV_2021_SIZES if year == 2021 else split(total, n, 2, 8)
        starts = sorted(rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30)) for _ in sizes)
        kinds = ["inspection", "supervision"] * 4
        rng.shuffle(kinds)
        if year == 2021:
            kinds = ["inspection", "supervision", "inspection", "supervision", "inspection"]
        for size, start, k in zip(sizes, starts, kinds):
            add(ROOT, "standing_committee", k, start,
                [("organization", o, conclude(ORG_CONCL, start)) for o in rng.sample(orgs, size)])

        # Ủy ban Kiểm tra Huyện ủy: party finance and lower-level inspection work
        # of grassroots organisations; a district organisation discipline in
        # 2018 and 2023 (on a village branch), counted in the year's total.
        left = UBKT_ORGS[year]
        if year in (2018, 2023):
            start = rand_date(dt.date(year, 4, 1), dt.date(year, 6, 30))
            target = rng.choice([b for b in branches if sector[b] == "village"])
            add(ROOT, "inspection_committee", "violation_signs", start,
                [("organization", target, "discipline")])
            disciplines.append((start + D(rng.randint(20, 40)), ROOT, "organization", target,
                                "reprimand" if year == 2018 else "warning"))
            left -= 1
        sizes = [2, 1] if year == 2021 else split(left, (left + 2) // 3, 1, 3)
        pool = orgs
        for size, k in zip(sizes, ["finance", "lower_level"] * 3):
            start = rand_date(dt.date(year, 2, 15), dt.date(year, 11, 30))
            chosen = rng.sample(pool, size)
            pool = [o for o in pool if o not in chosen]
            add(ROOT, "inspection_committee", k, start,
                [("organization", o, conclude({"good": 70, "shortcomings": 30}, start))
                 for o in chosen])

        # Expulsions: every `expelled` event of member_events.csv has an
        # inspection on signs of violation before it and a khai trừ decision a
        # few days before the event.  In 2021 the district UBKT did both.
        for mid, day, branch in expelled_by_year[year]:
            org = next(o for o in orgs if branch in below[o])
            unit = ROOT if year == 2021 else org
            decide = day - D(rng.randint(2, 10))
            start = decide - D(rng.randint(30, 60))
            assert mid in present(branch, start, decide), mid
            add(unit, "inspection_committee", "violation_signs", start,
                [("member", mid, "discipline")])
            disciplines.append((decide, unit, "member", mid, "expulsion"))

        # Grassroots committees: the committee (Đảng ủy) inspects and supervises
        # its branches; its UBKT checks party finance and members with signs
        # of violation; it also supervises some members (cấp ủy viên).
        for org in committees:
            for _ in range(rng.randint(1, 3)):
                start = rand_date(dt.date(year, 2, 15), dt.date(year, 12, 15))
                kids = children[org]
                targets = rng.sample(kids, rng.randint(2, min(6, len(kids))))
                add(org, "committee", rng.choice(["inspection", "supervision"]), start,
                    [("organization", b, conclude(ORG_CONCL, start)) for b in targets])
            if rng.random() < 0.6:
                start = rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30))
                add(org, "inspection_committee", "finance", start,
                    [("organization", b, conclude({"good": 80, "shortcomings": 20}, start))
                     for b in rng.sample(children[org], rng.randint(1, 3))])
            if rng.random() < 0.5:
                start = rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30))
                member_campaign(org, "inspection_committee", "violation_signs", start, 1,
                                {"good": 15, "violation": 40, "discipline": 45})
            if rng.random() < 0.4:
                start = rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30))
                member_campaign(org, "committee", "supervision", start, rng.randint(2, 4))

        # Grassroots branches (chi bộ cơ sở) and some branches supervise members.
        for gb in gbranches:
            if rng.random() < 0.5:
                start = rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30))
                member_campaign(gb, "committee", rng.choice(["supervision", "inspection"]),
                                start, rng.randint(1, 3))
        for b in rng.sample(branches, 10):
            start = rand_date(dt.date(year, 3, 1), dt.date(year, 11, 30))
            member_campaign(b, "committee", rng.choice(["supervision", "inspection"]),
                            start, rng.randint(1, 2))

        # Edge case: a commune campaign starting on the last day of Q4 2021.
        if year == 2021:
            org = "ml"
            add(org, "committee", "supervision", dec31,
                [("organization", b, "good") for b in children[org][4:7]])

    # Campaign ids: UNIT-YEAR-BODYnn, numbered by start date within unit, year, body.
    pos = {u: i for i, u in enumerate(order)}
    campaigns.sort(key=lambda c: (c["start"], pos[c["unit"]], c["body"], c["kind"],
                                  [t[1] for t in c["targets"]]))
    seq = defaultdict(int)
    for c in campaigns:
        key = (c["unit"], c["start"].year, c["body"])
        seq[key] += 1
        c["id"] = f"{c['unit']}-{c['start'].year}-{BODY_CODE[c['body']]}{seq[key]:02d}"
        assert len({t[1] for t in c["targets"]}) == len(c["targets"]), c["id"]

    # ------------------------------------------------------- petitions ----
    petitions = []      # (received, unit, kind, closed or None, outcome)
    KINDS = {"complaint": 30, "denunciation": 25, "petition": 45}
    others = [o for o in committees if o not in communes]

    def receiver():
        r = rng.random()
        return ROOT if r < 0.75 else rng.choice(communes) if r < 0.95 else rng.choice(others)

    def duration(outcome, k):
        if outcome == "archived":
            return rng.randint(3, 20)
        if outcome == "forwarded":
            return rng.randint(2, 15)
        return rng.randint(10, 90 if k == "denunciation" else 70)

    for year in YEARS:
        jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
        n = PETITIONS[year]
        if year == 2021:
            # 147 received Jan–Nov and closed within 2021 (141 resolved, 6
            # archived); 6 received in December, still open on 31/12/2021 —
            # two of them received on 31/12 and closed on 05/01/2022.
            outcomes = ["resolved"] * RESOLVED_2021 + ["archived"] * ARCHIVED_2021
            rng.shuffle(outcomes)
            for outcome in outcomes:
                k = rng.choices(list(KINDS), list(KINDS.values()))[0]
                rec = rand_date(jan1, dt.date(2021, 11, 30))
                closed = min(rec + D(duration(outcome, k)), dt.date(2021, 12, 30))
                petitions.append((rec, receiver(), k, closed, outcome))
            late = [(dt.date(2021, 12, 31), dt.date(2022, 1, 5), "resolved"),
                    (dt.date(2021, 12, 31), dt.date(2022, 1, 5), "archived"),
                    (dt.date(2021, 12, 8), dt.date(2022, 1, 14), "resolved"),
                    (dt.date(2021, 12, 15), dt.date(2022, 2, 10), "resolved"),
                    (dt.date(2021, 12, 20), dt.date(2022, 1, 7), "forwarded"),
                    (dt.date(2021, 12, 27), dt.date(2022, 2, 22), "resolved")]
            assert len(late) == PENDING_2021
            for rec, closed, outcome in late:
                k = rng.choices(list(KINDS), list(KINDS.values()))[0]
                petitions.append((rec, receiver(), k, closed, outcome))
            continue
        for _ in range(n):
            k = rng.choices(list(KINDS), list(KINDS.values()))[0]
            outcome = rng.choices(["resolved", "archived", "forwarded"], [90, 5, 5])[0]
            rec = rand_date(jan1, dec31)
            closed = rec + D(duration(outcome, k))
            if year == 2020:       # nothing carried over into 2021 (seed)
                closed = min(closed, dec31)
            if closed > LAST:      # still being handled when the data ends
                closed, outcome = None, ""
            petitions.append((rec, receiver(), k, closed, outcome))

    petitions.sort(key=lambda p: (p[0], pos[p[1]], p[2], p[3] or LAST + D(1), p[4]))
    pseq = defaultdict(int)
    petition_rows = []
    for rec, unit, k, closed, outcome in petitions:
        pseq[rec.year] += 1
        petition_rows.append([f"DT{rec.year}-{pseq[rec.year]:03d}", rec.isoformat(), unit, k,
                              closed.isoformat() if closed else "", outcome])

    # ------------------------------------------------------------ write ----
    rows = []
    for c in campaigns:
        for ttype, tid, concl in c["targets"]:
            rows.append([c["id"], c["unit"], BODY_VI[c["body"]], KIND_VI[c["kind"]],
                         c["start"].strftime("%d/%m/%Y"), TARGET_VI[ttype], tid,
                         CONCLUSION_VI[concl]])
    # An Excel "CSV UTF-8" export: Vietnamese headers and labels, BOM, CRLF.
    (DIR / "inspections.csv").write_bytes(csv_bytes(
        ["Mã cuộc", "Đơn vị thực hiện", "Chủ thể", "Loại", "Ngày bắt đầu", "Đối tượng",
         "Mã đối tượng", "Kết luận"], rows, eol="\r\n", bom=True))

    disciplines.sort(key=lambda d: (d[0], pos[d[1]], d[3]))
    dseq = defaultdict(int)
    drows = []
    for decided, unit, ttype, tid, form in disciplines:
        dseq[decided.year] += 1
        drows.append([f"KL{decided.year}-{dseq[decided.year]:02d}", decided.isoformat(), unit,
                      ttype, tid, form])
    (DIR / "disciplines.csv").write_bytes(csv_bytes(
        ["id", "decided_on", "unit_id", "target_type", "target_id", "form"], drows))

    (DIR / "petitions.csv").write_bytes(csv_bytes(
        ["id", "received_on", "unit_id", "kind", "closed_on", "outcome"], petition_rows))

    print(f"wrote {DIR}: {len(campaigns)} campaigns ({len(rows)} inspection rows), "
          f"{len(drows)} disciplines, {len(petition_rows)} petitions")


if __name__ == "__main__":
    main()
