#!/usr/bin/env python3
"""Add ratings.csv and meetings.csv to a sample dataset (SPEC §1.3).

A separate step with its own RNG, run by make_sopcop.py and make_muongchien.py
after they have written the membership files.  It only reads units.csv,
members.csv and member_events.csv (either header language, either label
language, ISO or D/M/YYYY dates, ',' or ';', BOM or not) and writes two more
tables, leaving every other file untouched.

ratings.csv — annual classification (đánh giá, xếp loại), every year:
  * every organisation of kind branch, grassroots_branch, grassroots_committee
    or sub_committee gets one rating (shares modelled on Kiến Xương 2022,
    seed 001: branches 20 % excellent, 71 % good, 8,5 % complete, 0,7 %
    incomplete; grassroots organisations 18 / 75 / 7 / 0 %);
  * every member who is a member on 31 December gets one rating, except
    members exempt from party work and activities (miễn công tác và sinh hoạt
    đảng, elderly members; Hướng dẫn 21-HD/BTCTW rates every member except
    those), who are not rated.  Exemption is not a table: a member is exempt
    from the year they reach their own random `exempt_age` (70–95, so few).
meetings.csv — branch meetings (sinh hoạt chi bộ): every unit of kind branch
  or grassroots_branch holds a regular meeting every month and a thematic one
  in most quarters; members_total is the branch's membership on that day,
  replayed from member_events.csv (SPEC §1.3); members_present is mostly
  >= 90 %; the upper-level committee attends about 60–70 % of meetings.

Fixed figures (`fixed` argument) are reached by construction, e.g. Sốp Cộp's
seed 003: "Năm 2021, Đảng bộ xã [Nậm Lạnh] … 100% chi bộ và 85,2% đảng viên
hoàn thành tốt nhiệm vụ trở lên".

Deterministic: one random.Random(seed), ordered iteration only, files written
as bytes.  Standard library only.

    python3 Samples/make_ratings_meetings.py sopcop      # also run by make_sopcop.py
    python3 Samples/check_ratings_meetings.py            # independent check + figures
"""
import bisect
import csv
import datetime as dt
import io
import random
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

D = dt.timedelta
HERE = Path(__file__).resolve().parent

ORG_KINDS = ("grassroots_committee", "sub_committee", "grassroots_branch", "branch")
MEETING_KINDS = ("branch", "grassroots_branch")
LEVELS = ("excellent", "good", "complete", "incomplete")
# Shares per level (Kiến Xương 2022, seed 001: 90/318/38/3 of 449 branches,
# 11/45/4/0 of 60 grassroots organisations); members: our choice.
SHARES = {"branch": (0.20, 0.71, 0.085, 0.005),
          "grassroots": (0.18, 0.75, 0.07, 0.0),
          "member": (0.13, 0.735, 0.12, 0.015)}
LEAVE = ("transferred_out", "died", "expelled", "removed", "resigned")

# ---------------------------------------------------- reading (SPEC §1.1) ----
ALIASES = {  # canonical column -> Vietnamese alias, for the three tables read
    "units": {"id": "Mã đơn vị", "parent_id": "Mã đơn vị cấp trên", "name": "Tên đơn vị",
              "kind": "Loại"},
    "members": {"id": "Mã đảng viên", "birth_date": "Ngày sinh"},
    "member_events": {"member_id": "Mã đảng viên", "date": "Ngày", "type": "Loại biến động",
                      "unit_id": "Mã đơn vị"},
}
LABELS = {  # Vietnamese label -> canonical value
    "tỉnh ủy": "province", "đảng bộ tỉnh": "province", "huyện ủy": "district",
    "đảng bộ huyện": "district", "đảng bộ cơ sở": "grassroots_committee",
    "đảng bộ bộ phận": "sub_committee", "chi bộ cơ sở": "grassroots_branch",
    "chi bộ trực thuộc": "branch",
    "kết nạp": "admitted", "chuyển chính thức": "made_official", "chuyển đến": "transferred_in",
    "chuyển sinh hoạt nội bộ": "moved", "phục hồi đảng tịch": "restored",
    "chuyển đi": "transferred_out", "từ trần": "died", "khai trừ": "expelled",
    "xóa tên": "removed", "xin ra khỏi đảng": "resigned",
}


def norm(s):
    return unicodedata.normalize("NFC", s).strip().casefold()


def read(folder, name):
    text = (folder / f"{name}.csv").read_bytes().decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    recs = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    head = [norm(h) for h in recs[0]]
    idx = {c: next(i for i, h in enumerate(head) if h in (norm(c), norm(a)))
           for c, a in ALIASES[name].items()}
    rows = []
    for r in recs[1:]:
        row = {c: r[i].strip() for c, i in idx.items()}
        for c in ("kind", "type"):
            if c in row:
                row[c] = LABELS.get(norm(row[c]), row[c])
        for c in ("date", "birth_date"):
            if c in row:
                v = row[c]
                row[c] = (dt.date.fromisoformat(v) if "-" in v else
                          dt.datetime.strptime(v, "%d/%m/%Y").date())
        rows.append(row)
    return rows


def csv_bytes(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")          # quotes only when needed
    for row in [header] + rows:
        w.writerow([unicodedata.normalize("NFC", str(c)) for c in row])
    return buf.getvalue().encode("utf-8")


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def month_end(y, m):
    return dt.date(y + (m == 12), m % 12 + 1, 1) - D(1)


# -------------------------------------------------------------- generate ----
def main(folder, seed, years, fixed=None, bool_labels=("1", "0"), no_incomplete_members=False,
         root_ratings=None):
    """Write FOLDER/ratings.csv and FOLDER/meetings.csv.

    fixed: {"unit": U, "year": Y, "exempt": E, "good_or_better": K}: in year Y
      every organisation below U is rated good or excellent, E of the members
      in U's subtree on 31/12/Y are exempt (not rated) and K of the others are
      rated good or excellent.
    bool_labels: how upper_level_attended is written (yes, no).
    no_incomplete_members: no member is ever rated `incomplete`.
    root_ratings: {year: rating} fixed for the root unit.
    """
    folder = Path(folder)
    rng = random.Random(seed)
    years = list(years)

    units = read(folder, "units")
    order = [u["id"] for u in units]
    kind = {u["id"]: u["kind"] for u in units}
    parent = {u["id"]: u["parent_id"] for u in units}
    root = next(u for u in order if not parent[u])

    def within(uid, scope):
        while uid:
            if uid == scope:
                return True
            uid = parent[uid]
        return False

    birth = {m["id"]: m["birth_date"] for m in read(folder, "members")}
    # Replay: per member, (day, branch or None after that day's events).
    by_member = defaultdict(list)
    for e in read(folder, "member_events"):
        by_member[e["member_id"]].append(e)
    states = {}
    changes = defaultdict(list)        # branch -> [(day, +1/-1)]
    for mid in sorted(by_member):
        evs = sorted(by_member[mid], key=lambda e: e["date"])   # stable: file order
        st, cur = [], None
        for e in evs:
            cur = None if e["type"] in LEAVE else e["unit_id"]
            if st and st[-1][0] == e["date"]:
                st[-1] = (e["date"], cur)
            else:
                st.append((e["date"], cur))
        states[mid] = st
        prev = None
        for day, unit in st:
            if unit != prev:
                if prev:
                    changes[prev].append((day, -1))
                if unit:
                    changes[unit].append((day, +1))
            prev = unit
    # Branch size on a day: members whose latest change on or before the day put them there.
    size_days, size_vals = {}, {}
    for b, ch in changes.items():
        ch.sort()
        days, vals, n = [], [], 0
        for day, d in ch:
            n += d
            if days and days[-1] == day:
                vals[-1] = n
            else:
                days.append(day)
                vals.append(n)
        size_days[b], size_vals[b] = days, vals

    def size_on(b, day):
        i = bisect.bisect_right(size_days.get(b, []), day)
        return size_vals[b][i - 1] if i else 0

    def unit_on(mid, day):
        unit = None
        for d, u in states[mid]:
            if d > day:
                break
            unit = u
        return unit

    # ------------------------------------------------------------ ratings ----
    exempt_age = {mid: rng.randint(70, 95) for mid in sorted(birth)}

    def draw(shares):
        return rng.choices(LEVELS, shares)[0]

    if fixed:   # exactly fixed["exempt"] exempt members in the fixed unit and year; set
        # before any year is drawn, so exemption never ends for a member
        end = dt.date(fixed["year"], 12, 31)
        scope = [m for m in sorted(states) if (u := unit_on(m, end)) and within(u, fixed["unit"])]
        ex = [m for m in scope if age_on(birth[m], end) >= exempt_age[m]]
        rest = sorted((m for m in scope if m not in ex), key=lambda m: (birth[m], m))
        while len(ex) < fixed["exempt"]:          # the oldest become exempt that year
            m = rest.pop(0)
            exempt_age[m] = age_on(birth[m], end)
            ex.append(m)
        ex.sort(key=lambda m: (birth[m], m))
        while len(ex) > fixed["exempt"]:          # the youngest only the year after
            m = ex.pop()
            exempt_age[m] = age_on(birth[m], end) + 1

    rating_rows = []
    for y in years:
        end = dt.date(y, 12, 31)
        fx = fixed if fixed and fixed["year"] == y else None
        org_rating = {}
        for uid in order:
            if kind[uid] not in ORG_KINDS:
                continue
            r = draw(SHARES["branch" if kind[uid] == "branch" else "grassroots"])
            if fx and within(uid, fx["unit"]) and r not in ("excellent", "good"):
                r = "good"
            if root_ratings and uid == root and y in root_ratings:
                r = root_ratings[y]
            org_rating[uid] = r
        now = [mid for mid in sorted(states) if unit_on(mid, end)]
        member_rating = {}
        for mid in now:
            if age_on(birth[mid], end) >= exempt_age[mid]:
                continue
            r = draw(SHARES["member"])
            if no_incomplete_members and r == "incomplete":
                r = "complete"
            member_rating[mid] = r
        if fx:   # exactly fx["good_or_better"] rated good or excellent in the unit
            scope = [m for m in member_rating if within(unit_on(m, end), fx["unit"])]
            good = [m for m in scope if member_rating[m] in ("excellent", "good")]
            other = [m for m in scope if m not in good]
            diff = len(good) - fx["good_or_better"]
            if diff > 0:
                for m in rng.sample([m for m in good if member_rating[m] == "good"], diff):
                    member_rating[m] = "complete"
            elif diff < 0:
                for m in rng.sample(other, -diff):
                    member_rating[m] = "good"
        rating_rows += [[y, "organization", u, r] for u, r in org_rating.items()]
        rating_rows += [[y, "member", m, r] for m, r in member_rating.items()]

    # ----------------------------------------------------------- meetings ----
    yes, no = bool_labels
    meetings = []                      # (date, position, kind, unit, total, present, upper)
    position = {u: i for i, u in enumerate(order)}
    first, last = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
    for b in order:
        if kind[b] not in MEETING_KINDS:
            continue
        usual_day = rng.randint(3, 10)             # the branch's usual meeting day
        upper_rate = rng.uniform(0.52, 0.78)       # how often the upper level comes
        thematic_rate = rng.uniform(0.72, 0.98)    # quarters with a thematic meeting
        diligence = rng.uniform(0.75, 0.95)        # meetings with >= 90 % present

        def meeting(day, what):
            total = size_on(b, day)
            if total == 0:
                return
            ok = rng.random() < diligence
            cap = int(total * 0.1)                 # absent allowed for 90 %
            absent = rng.randint(0, cap) if ok else min(total - 1, cap + rng.randint(1, max(1, total // 8)))
            upper = rng.random() < upper_rate + (0.1 if what == "thematic" else 0)
            meetings.append((day, position[b], what, b, total, total - absent, yes if upper else no))

        for y in years:
            for mo in range(1, 13):
                day = dt.date(y, mo, min(28, max(1, usual_day + rng.randint(-2, 2))))
                meeting(day, "regular")
                if mo % 3 == 0 and rng.random() < thematic_rate:
                    q0 = dt.date(y, mo - 2, 1)
                    while True:                    # not on a regular meeting's day
                        day = q0 + D(rng.randint(0, (month_end(y, mo) - q0).days))
                        if not any(m[0] == day and m[3] == b for m in meetings[-3:]):
                            break
                    meeting(day, "thematic")
    meetings = [m for m in meetings if first <= m[0] <= last]
    meetings.sort(key=lambda m: (m[0], m[1], m[2]))

    (folder / "ratings.csv").write_bytes(csv_bytes(
        ["year", "subject_type", "subject_id", "rating"], rating_rows))
    (folder / "meetings.csv").write_bytes(csv_bytes(
        ["unit_id", "date", "kind", "members_total", "members_present", "upper_level_attended"],
        [[m[3], m[0].isoformat(), m[2], m[4], m[5], m[6]] for m in meetings]))
    print(f"wrote {folder}: {len(rating_rows)} ratings, {len(meetings)} meetings")


# Each sample's call, so this script can also be run on its own.
SAMPLES = {
    # Nậm Lạnh 2021 (seed 003): 327 members on 31/12/2021, 2 of them exempt, so
    # 325 rated; 277 good or better = 85,23 % -> "85,2%". (No count of 327
    # gives 85,2 %: 278/327 = 85,0 %, 279/327 = 85,3 %.)
    "sopcop": dict(seed=852, years=range(2015, 2025),
                   fixed={"unit": "nl", "year": 2021, "exempt": 2, "good_or_better": 277}),
    # Mường Chiên (seed 000): "100% đảng viên hoàn thành nhiệm vụ trở lên" and the
    # Đảng bộ "hoàn thành tốt nhiệm vụ trở lên (3 năm: 2015, 2016, 2017, đạt trong
    # sạch vững mạnh)".
    "muongchien": dict(seed=1342, years=range(2015, 2021), bool_labels=("có", "không"),
                       no_incomplete_members=True,
                       root_ratings={2015: "excellent", 2016: "excellent", 2017: "excellent"}),
}


def run(sample):
    main(HERE / sample, **SAMPLES[sample])


if __name__ == "__main__":
    for s in sys.argv[1:] or list(SAMPLES):
        run(s)
