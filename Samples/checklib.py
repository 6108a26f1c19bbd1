"""Shared reading and replay code for the sample checkers (not the generators).

The three check_*.py scripts import it; the generators never do, so a
checker stays an independent reading of the files.  It reads tables the way
SPEC §1.1 says a reader must (BOM or not, ',' or ';', CRLF or LF, English or
Vietnamese headers and enum labels, ISO, DD/MM/YYYY or D/M/YYYY dates, plain
numbers) and replays membership by the SPEC §1.3 rules.
"""
import csv
import datetime as dt
import io
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

failures = []


def check(ok, msg):
    if not ok:
        failures.append(msg)
    return ok


def finish():
    """Print the verdict; the exit status for sys.exit."""
    if failures:
        print(f"\nFAILED: {len(failures)} check(s)")
        for f in failures[:60]:
            print("  " + f)
        return 1
    print("\nAll checks passed.")
    return 0


def nfc(s):
    return unicodedata.normalize("NFC", s).strip().casefold()


# canonical column -> Vietnamese aliases (SPEC §1.3; "" = none given)
ALIASES = {
    "units": {"id": "Mã đơn vị", "parent_id": "Mã đơn vị cấp trên", "name": "Tên đơn vị",
              "kind": "Loại", "sector": "Loại hình", "header_name": "Tên trên văn bản"},
    "members": {"id": "Mã đảng viên", "full_name": "Họ và tên", "gender": "Giới tính",
                "birth_date": "Ngày sinh", "ethnicity": "Dân tộc", "religion": "Tôn giáo",
                "education": "Trình độ học vấn", "political_theory": "Lý luận chính trị"},
    "member_events": {"member_id": "Mã đảng viên", "date": "Ngày", "type": "Loại biến động",
                      "unit_id": "Mã đơn vị", "from_unit_id": "Từ đơn vị",
                      "status": "Trạng thái", "note": "Ghi chú"},
    "targets": {"unit_id": "Mã đơn vị", "year": "Năm", "metric": "Chỉ tiêu", "value": "Giá trị"},
    "inspections": {"campaign_id": "Mã cuộc", "unit_id": "Đơn vị thực hiện", "body": "Chủ thể",
                    "kind": "Loại", "started_on": "Ngày bắt đầu", "target_type": "Đối tượng",
                    "target_id": "Mã đối tượng", "conclusion": "Kết luận"},
    "disciplines": {"id": "", "decided_on": "Ngày quyết định", "unit_id": "", "target_type": "",
                    "target_id": "", "form": "Hình thức"},
    "petitions": {"id": "", "received_on": "Ngày nhận", "unit_id": "", "kind": "Loại đơn",
                  "closed_on": "Ngày kết thúc", "outcome": "Kết quả"},
    "economic_models": {"id": "Mã mô hình", "unit_id": "Mã đơn vị", "name": "Tên mô hình",
                        "sector": "Lĩnh vực", "started_on": "Ngày bắt đầu",
                        "scale_unit": "Đơn vị quy mô", "baseline_label": "So sánh với",
                        "baseline_revenue_per_ha_vnd": "Doanh thu/ha đối chứng"},
    "economic_results": {"model_id": "", "period": "Kỳ", "households": "Số hộ",
                         "area_ha": "Diện tích (ha)", "scale_quantity": "Quy mô",
                         "output_tonnes": "Sản lượng (tấn)", "revenue_vnd": "Doanh thu (đồng)",
                         "cost_vnd": "Chi phí (đồng)"},
    "indicators": {"unit_id": "", "period": "", "indicator": "Chỉ tiêu", "value": "Giá trị",
                   "target": "Kế hoạch"},
    # SPEC §1.3 gives these two no Vietnamese header aliases
    "ratings": {"year": "", "subject_type": "", "subject_id": "", "rating": ""},
    "meetings": {"unit_id": "", "date": "", "kind": "", "members_total": "",
                 "members_present": "", "upper_level_attended": ""},
}
REQUIRED = {
    "units": ["id", "name", "kind"], "members": ["id", "full_name", "gender", "birth_date"],
    "member_events": ["member_id", "date", "type", "unit_id"],
    "targets": ["unit_id", "year", "metric", "value"],
    "inspections": ["campaign_id", "unit_id", "body", "kind", "started_on", "target_type",
                    "target_id"],
    "disciplines": ["id", "decided_on", "unit_id", "target_type", "target_id", "form"],
    "petitions": ["id", "received_on", "unit_id", "kind"],
    "economic_models": ["id", "unit_id", "name", "sector"],
    "economic_results": ["model_id", "period", "revenue_vnd", "cost_vnd"],
    "indicators": ["unit_id", "period", "indicator", "value"],
    "ratings": ["year", "subject_type", "subject_id", "rating"],
    "meetings": ["unit_id", "date", "kind", "members_total", "members_present"],
}
# (table, column) -> {canonical: [Vietnamese labels]} (SPEC §1.3; "A / B" = two labels)
ENUMS = {
    ("units", "kind"): {"province": ["Tỉnh ủy", "Đảng bộ tỉnh"],
                        "district": ["Huyện ủy", "Đảng bộ huyện"],
                        "grassroots_committee": ["Đảng bộ cơ sở"],
                        "sub_committee": ["Đảng bộ bộ phận"],
                        "grassroots_branch": ["Chi bộ cơ sở"], "branch": ["Chi bộ trực thuộc"]},
    ("members", "gender"): {"male": ["Nam"], "female": ["Nữ"]},
    ("members", "political_theory"): {"none": ["Chưa qua đào tạo"], "basic": ["Sơ cấp"],
                                      "intermediate": ["Trung cấp"],
                                      "advanced": ["Cao cấp", "Cử nhân"]},
    ("member_events", "type"): {
        "admitted": ["Kết nạp"], "made_official": ["Chuyển chính thức"],
        "transferred_in": ["Chuyển đến"], "moved": ["Chuyển sinh hoạt nội bộ"],
        "restored": ["Phục hồi đảng tịch"], "transferred_out": ["Chuyển đi"],
        "died": ["Từ trần"], "expelled": ["Khai trừ"], "removed": ["Xóa tên"],
        "resigned": ["Xin ra khỏi Đảng"]},
    ("member_events", "status"): {"official": ["Chính thức"], "probationary": ["Dự bị"]},
    ("inspections", "body"): {"committee": ["Cấp ủy", "Chi bộ"],
                              "standing_committee": ["Ban Thường vụ"],
                              "inspection_committee": ["Ủy ban Kiểm tra"]},
    ("inspections", "kind"): {
        "inspection": ["Kiểm tra theo chương trình"],
        "violation_signs": ["Kiểm tra khi có dấu hiệu vi phạm"],
        "supervision": ["Giám sát chuyên đề"], "finance": ["Kiểm tra tài chính đảng"],
        "lower_level": ["Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật"]},
    ("inspections", "target_type"): {"organization": ["Tổ chức đảng"], "member": ["Đảng viên"]},
    ("inspections", "conclusion"): {"pending": [], "good": ["Thực hiện tốt"],
                                    "shortcomings": ["Có khuyết điểm"],
                                    "violation": ["Có vi phạm"],
                                    "discipline": ["Vi phạm đến mức phải kỷ luật"]},
    ("disciplines", "target_type"): {"organization": ["Tổ chức đảng"], "member": ["Đảng viên"]},
    ("disciplines", "form"): {"reprimand": ["Khiển trách"], "warning": ["Cảnh cáo"],
                              "dismissal": ["Cách chức"], "expulsion": ["Khai trừ"],
                              "dissolution": ["Giải tán"]},
    ("petitions", "kind"): {"complaint": ["Khiếu nại"], "denunciation": ["Tố cáo"],
                            "petition": ["Kiến nghị, phản ánh"]},
    ("petitions", "outcome"): {"resolved": ["Giải quyết dứt điểm"], "archived": ["Lưu đơn"],
                               "forwarded": ["Chuyển cơ quan có thẩm quyền"]},
    ("economic_models", "sector"): {
        "crops": ["Trồng trọt"], "livestock": ["Chăn nuôi"], "aquaculture": ["Thủy sản"],
        "forestry": ["Lâm nghiệp"], "tourism": ["Du lịch"], "processing": ["Chế biến"],
        "services": ["Dịch vụ"], "other": ["Khác"]},
    ("ratings", "subject_type"): {"organization": [], "member": []},   # no labels in SPEC
    ("ratings", "rating"): {"excellent": ["Hoàn thành xuất sắc nhiệm vụ"],
                           "good": ["Hoàn thành tốt nhiệm vụ"],
                           "complete": ["Hoàn thành nhiệm vụ"],
                           "incomplete": ["Không hoàn thành nhiệm vụ"]},
    ("meetings", "kind"): {"regular": ["Thường kỳ"], "thematic": ["Chuyên đề"]},
    # a bool (SPEC §1.3): yes/no, có/không, 1/0
    ("meetings", "upper_level_attended"): {"1": ["yes", "có"], "0": ["no", "không"]},
}
DATES = {("members", "birth_date"), ("member_events", "date"), ("inspections", "started_on"),
         ("disciplines", "decided_on"), ("petitions", "received_on"), ("petitions", "closed_on"),
         ("economic_models", "started_on"), ("meetings", "date")}
NUMBERS = {("economic_models", "baseline_revenue_per_ha_vnd"), ("indicators", "value"),
           ("indicators", "target"), ("targets", "value"), ("ratings", "year"),
           ("meetings", "members_total"), ("meetings", "members_present")} | {
    ("economic_results", c) for c in ("households", "area_ha", "scale_quantity",
                                      "output_tonnes", "revenue_vnd", "cost_vnd")}


def parse_date(value):
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):     # %d/%m also accepts D/M
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    return None


def parse_number(value):
    try:
        n = Decimal(value)
    except InvalidOperation:
        return None
    return n if n.is_finite() else None


class Table(list):
    """Rows as dicts of canonical columns (values converted), plus format facts."""
    bom = delimiter = eol = None
    header = ()


def read_table(folder, name):
    """Read NAME.csv by SPEC §1.1; enums -> canonical, dates -> date, numbers -> Decimal."""
    raw = (folder / f"{name}.csv").read_bytes()
    table = Table()
    table.bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")               # strict: any other encoding raises
    first = text.split("\n", 1)[0]
    table.delimiter = ";" if first.count(";") > first.count(",") else ","
    table.eol = "CRLF" if "\r\n" in text else "LF"
    check(unicodedata.is_normalized("NFC", text), f"{name}.csv: text is not NFC")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter))
    table.header = records[0]
    header = [nfc(h) for h in records[0]]
    cols = {}
    for canon, alias in ALIASES[name].items():
        for i, h in enumerate(header):
            if h == nfc(canon) or (alias and h == nfc(alias)):
                cols[canon] = i
    for c in REQUIRED[name]:
        check(c in cols, f"{name}.csv: required column {c} missing")
    check(len(cols) == len(header), f"{name}.csv: unknown columns in {records[0]}")
    for line, rec in enumerate(records[1:], 2):
        where = f"{name}.csv:{line}"
        check(len(rec) == len(header), f"{where}: {len(rec)} fields, header has {len(header)}")
        row = {c: rec[i].strip() if i < len(rec) else "" for c, i in cols.items()}
        for c in REQUIRED[name]:
            check(row.get(c, "") != "", f"{where}: column {c}: required value missing")
        for c, v in list(row.items()):
            if not v:
                row[c] = None
            elif (name, c) in ENUMS:
                row[c] = enum(name, c, v, where)
            elif (name, c) in DATES:
                row[c] = parse_date(v)
                check(row[c] is not None, f"{where}: column {c}: bad date {v!r}")
            elif (name, c) in NUMBERS:
                row[c] = parse_number(v)
                check(row[c] is not None, f"{where}: column {c}: bad number {v!r}")
        row["_line"] = line
        row["_where"] = where
        table.append(row)
    return table


def index_targets(targets, units):
    """The targets table as {(unit_id, year, metric): value}; a target given twice or for an unknown unit fails."""
    found = {}
    for t in targets:
        key = (t["unit_id"], int(t["year"]), t["metric"])
        check(key not in found, f"{t['_where']}: duplicate target {key}")
        check(t["unit_id"] in units, f"{t['_where']}: unknown unit")
        found[key] = int(t["value"])
    return found


def enum(table, column, value, where):
    for canon, labels in ENUMS[table, column].items():
        if nfc(value) in [nfc(canon)] + [nfc(x) for x in labels]:
            return canon
    check(False, f"{where}: column {column}: bad value {value!r}")
    return None


def raw_cells(folder, name, column):
    """The cells of one column as written (to check which labels a file uses)."""
    t = (folder / f"{name}.csv").read_bytes().decode("utf-8-sig")
    first = t.split("\n", 1)[0]
    recs = list(csv.reader(io.StringIO(t, newline=""),
                           delimiter=";" if first.count(";") > first.count(",") else ","))
    hdr = [nfc(h) for h in recs[0]]
    names = {nfc(column), nfc(ALIASES[name][column] or column)}
    i = next(k for k, h in enumerate(hdr) if h in names)
    return [r[i] for r in recs[1:]]


# ------------------------------------------------------------------ tree ----
class Tree:
    def __init__(self, units):
        self.U = {}
        for u in units:
            check(u["id"] not in self.U, f"{u['_where']}: duplicate unit id {u['id']}")
            self.U[u["id"]] = u
        roots = [u["id"] for u in units if not u["parent_id"]]
        check(len(roots) == 1, f"units.csv: {len(roots)} roots")
        self.root = roots[0] if roots else None
        self.order = [u["id"] for u in units]
        self.children = defaultdict(list)
        for u in units:
            check(not u["parent_id"] or u["parent_id"] in self.U, f"{u['_where']}: unknown parent")
            if u["parent_id"]:
                self.children[u["parent_id"]].append(u["id"])
            seen, p = set(), u["id"]
            while p and p in self.U and p not in seen:
                seen.add(p)
                p = self.U[p]["parent_id"]
            check(not p or p not in seen, f"{u['_where']}: cycle through {u['id']}")

    def ancestors(self, uid):
        """uid, its parent, … up to the root."""
        out = []
        while uid:
            out.append(uid)
            uid = self.U[uid]["parent_id"]
        return out

    def within(self, uid, scope):
        """uid is scope or below it."""
        return uid in self.U and scope in self.ancestors(uid)

    def org_of(self, uid):
        """The child of the root whose subtree holds uid."""
        a = self.ancestors(uid)
        return a[-2] if len(a) > 1 else a[-1]


# ---------------------------------------------------------------- replay ----
LEAVE = ("transferred_out", "died", "expelled", "removed", "resigned")
JOIN = ("admitted", "transferred_in", "restored")
MEMBER_KINDS = ("branch", "grassroots_branch")


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return dt.date(d.year + n, 3, 1)


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class Membership:
    """Replays member_events by SPEC §1.3 and checks the §1.2 sequence rules."""

    def __init__(self, tree, members, events, last, years):
        self.tree, self.last = tree, last
        self.M = {}
        for m in members:
            check(m["id"] not in self.M, f"{m['_where']}: duplicate member id")
            self.M[m["id"]] = m
        self.by_member = defaultdict(list)
        prev_key = None
        self.sorted_file = True
        for e in events:
            w = e["_where"]
            check(e["member_id"] in self.M, f"{w}: unknown member {e['member_id']}")
            check(e["unit_id"] in tree.U and tree.U[e["unit_id"]]["kind"] in MEMBER_KINDS,
                  f"{w}: unit {e['unit_id']} is not a branch")
            check(e["date"] is not None and e["date"] <= last, f"{w}: date after {last}")
            check(not e["status"] or e["type"] == "transferred_in", f"{w}: status on a non-transfer")
            check((e["type"] == "moved") == bool(e["from_unit_id"]), f"{w}: from_unit_id only for moved")
            key = (e["date"], e["member_id"])
            if prev_key is not None and key < prev_key:
                self.sorted_file = False
            prev_key = key
            self.by_member[e["member_id"]].append(e)
        for mid in self.M:
            check(mid in self.by_member, f"member {mid} has no events")
        self.states = {}          # mid -> [(day, unit or None, probationary)] after that day
        self.counts = Counter()   # (year, type) -> events
        self.same_day = []
        for mid, evs in self.by_member.items():
            evs.sort(key=lambda e: e["date"])          # stable: same day keeps file order
            self._replay(mid, evs)
        self.years = list(years)
        self.at_end = {y: self.snapshot(dt.date(y, 12, 31)) for y in self.years}

    def _replay(self, mid, evs):
        birth = self.M[mid]["birth_date"] if mid in self.M else None
        cur, prob, gone, left_by, admitted_on = None, False, False, None, None
        st = []
        for i, e in enumerate(evs):
            w = f"member {mid} event {e['type']} {e['date']}"
            t, unit = e["type"], e["unit_id"]
            check(not gone, f"{w}: event after died")
            check(birth is None or e["date"] >= birth, f"{w}: before birth")
            if t in JOIN:
                check(cur is None, f"{w}: joins while a member")
                if t == "restored":
                    check(left_by in ("removed", "resigned", "expelled"), f"{w}: restored without removal")
                if t == "admitted":
                    check(birth is None or age_on(birth, e["date"]) >= 18, f"{w}: under 18 at admission")
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
                cur = unit
            else:
                check(cur is not None and unit == cur, f"{w}: leaves a branch it is not in")
                cur, left_by, gone = None, t, t == "died"
            if i and e["date"] == evs[i - 1]["date"]:
                self.same_day.append((mid, evs[i - 1]["type"], t))
            if st and st[-1][0] == e["date"]:
                st[-1] = (e["date"], cur, prob)
            else:
                st.append((e["date"], cur, prob))
            self.counts[e["date"].year, t] += 1
        self.states[mid] = st

    def unit_on(self, mid, day):
        """(branch, probationary) of a member at the end of `day`, or (None, False)."""
        found = (None, False)
        for d, unit, prob in self.states.get(mid, ()):
            if d > day:
                break
            found = (unit, prob)
        return found

    def snapshot(self, day):
        out = {}
        for mid in self.states:
            unit, prob = self.unit_on(mid, day)
            if unit:
                out[mid] = (unit, prob)
        return out

    def in_scope_on(self, mid, scope, day):
        unit, _ = self.unit_on(mid, day)
        return unit is not None and self.tree.within(unit, scope)


def period_span(pid):
    """Start and end days of a period id (SPEC §2), or None."""
    import re
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H1|9M|\d{2}))?", pid or "")
    if not m:
        return None
    y, part = int(m.group(1)), m.group(2)

    def month_end(mo):
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if part is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if part.startswith("Q"):
        q = int(part[1])
        return dt.date(y, 3 * q - 2, 1), month_end(3 * q)
    if part == "H1":
        return dt.date(y, 1, 1), dt.date(y, 6, 30)
    if part == "9M":
        return dt.date(y, 1, 1), dt.date(y, 9, 30)
    mo = int(part)
    if not 1 <= mo <= 12:
        return None
    return dt.date(y, mo, 1), month_end(mo)
