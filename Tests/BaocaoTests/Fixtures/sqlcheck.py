#!/usr/bin/env python3
"""Run a declarative plugin's SQL on a dataset with Python's sqlite3 (a stand-in
for the engine while it is being written; for checking by hand, not a test).

Loads the dataset's CSVs (read by Samples/checklib.py, SPEC §1.1) into tables
shaped as the store (Sources/DatasetStore/StoreSchema.swift: units with
position, unit_tree with depth 0 for a unit and itself, memberships replayed
from member_events, ratings, meetings with upper_level_attended 1/0/NULL),
builds report_rows and report_scope for the report unit as docs/plugin-yaml.md
says, binds the named parameters, runs each table's query, fills by_unit rows
and ratio columns, prints every table and renders the narrative (a small
Mustache: {{x}}, {{#x}}…{{/x}}, {{^x}}…{{/x}}).

    python3 Tests/BaocaoTests/Fixtures/sqlcheck.py DATASET PLUGIN_DIR --period 2022 [--unit ID] [--lang en] [--param k=v]
"""
import argparse
import datetime as dt
import re
import sqlite3
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "Samples"))
import checklib  # noqa: E402

# ---------------------------------------------------------------- store ----
SCHEMA = """
CREATE TABLE units (id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
                    sector TEXT, header_name TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE unit_tree (ancestor_id TEXT NOT NULL, descendant_id TEXT NOT NULL, depth INTEGER NOT NULL,
                        PRIMARY KEY (ancestor_id, descendant_id)) WITHOUT ROWID;
CREATE TABLE memberships (member_id TEXT NOT NULL, unit_id TEXT NOT NULL, start_date TEXT NOT NULL,
                          end_date TEXT, probationary INTEGER NOT NULL);
CREATE TABLE ratings (year INTEGER, subject_type TEXT, subject_id TEXT, rating TEXT);
CREATE TABLE meetings (unit_id TEXT, date TEXT, kind TEXT, members_total INTEGER,
                       members_present INTEGER, upper_level_attended INTEGER);
"""


def read(folder, name):
    """checklib.read_table, with absent optional columns as None."""
    rows = checklib.read_table(folder, name)
    for r in rows:
        for c in checklib.ALIASES[name]:
            r.setdefault(c, None)
    return rows


def load(folder):
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    units = read(folder, "units")
    tree = checklib.Tree(units)
    for i, u in enumerate(units):
        db.execute("INSERT INTO units VALUES (?,?,?,?,?,?,?)",
                   (u["id"], u["parent_id"], u["name"], u["kind"], u.get("sector"),
                    u.get("header_name") or u["name"].upper(), i))
        for depth, a in enumerate(tree.ancestors(u["id"])):
            db.execute("INSERT INTO unit_tree VALUES (?,?,?)", (a, u["id"], depth))
    if (folder / "member_events.csv").exists():
        ms = checklib.Membership(tree, read(folder, "members"),
                                 read(folder, "member_events"),
                                 dt.date(2100, 1, 1), [])
        for mid, st in ms.states.items():
            for i, (day, unit, prob) in enumerate(st):
                if unit:
                    end = st[i + 1][0].isoformat() if i + 1 < len(st) else None
                    db.execute("INSERT INTO memberships VALUES (?,?,?,?,?)",
                               (mid, unit, day.isoformat(), end, int(prob)))
    if (folder / "ratings.csv").exists():
        for r in read(folder, "ratings"):
            db.execute("INSERT INTO ratings VALUES (?,?,?,?)",
                       (int(r["year"]), r["subject_type"], r["subject_id"], r["rating"]))
    if (folder / "meetings.csv").exists():
        for m in read(folder, "meetings"):
            up = m["upper_level_attended"]
            db.execute("INSERT INTO meetings VALUES (?,?,?,?,?,?)",
                       (m["unit_id"], m["date"].isoformat(), m["kind"], int(m["members_total"]),
                        int(m["members_present"]), None if up is None else int(up)))
    if checklib.failures:
        print("dataset problems:", *checklib.failures[:20], sep="\n  ")
    return db, tree


def report_tables(db, tree, unit):
    """report_rows and report_scope for `unit` (docs/plugin-yaml.md, SPEC §3)."""
    db.execute("DROP TABLE IF EXISTS report_rows")
    db.execute("DROP TABLE IF EXISTS report_scope")
    db.execute("CREATE TABLE report_rows (row_key TEXT, label TEXT, kind TEXT, level INTEGER, "
               "position INTEGER, unit_id TEXT)")
    db.execute("CREATE TABLE report_scope (row_key TEXT, unit_id TEXT)")
    rows = [(c, tree.U[c]["name"], "data", 1, i, c) for i, c in enumerate(tree.children[unit])]
    rows.append(("total", "Tổng cộng", "total", 0, len(rows), unit))
    for r in rows:
        db.execute("INSERT INTO report_rows VALUES (?,?,?,?,?,?)", r)
        db.execute("INSERT INTO report_scope SELECT ?, descendant_id FROM unit_tree WHERE ancestor_id = ?",
                   (r[0], r[5]))
    return rows


def period(pid):
    start, end = checklib.period_span(pid)
    shift = lambda d: checklib.add_years(d, -1)  # noqa: E731
    return start, end, {"period_id": pid, "period_start": start.isoformat(), "period_end": end.isoformat(),
                        "year": start.year, "ytd_start": dt.date(start.year, 1, 1).isoformat(),
                        "prior_start": shift(start).isoformat(), "prior_end": shift(end).isoformat()}


# ------------------------------------------------------------ rendering ----
def text(v, lang):
    return v.get(lang, v.get("vi")) if isinstance(v, dict) else v


def vi_number(v, typ, lang):
    if v is None:
        return ""
    if typ in ("integer", "money"):
        s = f"{round(v):,}"
    elif typ in ("percent", "decimal"):
        s = f"{v:,.1f}"
    else:
        return str(v)
    return s.translate(str.maketrans(",.", ".,")) if lang == "vi" else s


def mustache(tpl, ctx):
    def get(name):
        v = ctx
        for part in name.split("."):
            if not isinstance(v, dict) or part not in v:
                return None
            v = v[part]
        return v

    def sections(t):
        pat = re.compile(r"\{\{([#^])([\w.]+)\}\}(.*?)\{\{/\2\}\}", re.S)
        while True:
            m = pat.search(t)
            if not m:
                return t
            val = bool(get(m.group(2)))
            keep = val if m.group(1) == "#" else not val
            t = t[:m.start()] + (m.group(3) if keep else "") + t[m.end():]
    out = sections(tpl)
    return re.sub(r"\{\{([\w.]+)\}\}", lambda m: "" if get(m.group(1)) is None else str(get(m.group(1))), out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("plugin")
    ap.add_argument("--period", required=True)
    ap.add_argument("--unit")
    ap.add_argument("--lang", default="vi")
    ap.add_argument("--param", action="append", default=[])
    a = ap.parse_args()
    spec = yaml.safe_load((Path(a.plugin) / "plugin.yaml").read_text())
    db, tree = load(Path(a.dataset))
    unit = a.unit or tree.root
    report_tables(db, tree, unit)
    db.execute("PRAGMA query_only = 1")
    start, end, params = period(a.period)
    params.update(unit_id=unit, lang=a.lang)
    declared = {k: v.get("default") for k, v in (spec.get("parameters") or {}).items()}
    for kv in a.param:
        k, v = kv.split("=", 1)
        declared[k] = float(v)
    params.update(declared)
    print(f"# {text(spec['title'], a.lang)} — unit {unit} ({tree.U[unit]['name']}), period {a.period}")
    ctx = {"unit": tree.U[unit]["name"], "period": {"id": a.period, "year": start.year,
                                                     "text": a.period, "Text": a.period.capitalize()},
           "parameters": {k: vi_number(v, "decimal", a.lang).removesuffix(",0").removesuffix(".0")
                          for k, v in declared.items()}}
    for t in spec["tables"]:
        cols = t["columns"]
        data_cols = [c for c in cols if "ratio" not in c]
        sql = re.sub(r"'[^']*'", "", re.sub(r"--[^\n]*", "", t["query"]))
        used = set(re.findall(r":(\w+)", sql))
        unknown = used - set(params)
        assert not unknown, f"{t['id']}: unknown parameters {unknown}"
        cur = db.execute(t["query"], params)
        names = [d[0] for d in cur.description]
        got = [dict(zip(names, r)) for r in cur.fetchall()]
        allowed = {c["id"] for c in data_cols} | {"row_key", "key", "label", "kind", "level"}
        assert set(names) <= allowed, f"{t['id']}: undeclared columns {set(names) - allowed}"
        missing = {c["id"] for c in data_cols} - set(names)
        assert not missing, f"{t['id']}: declared columns not returned {missing}"
        if t.get("rows", "query") == "by_unit":
            by = {r["row_key"]: r for r in got}
            rows = []
            for key, label, kind, *_ in db.execute("SELECT * FROM report_rows ORDER BY position"):
                r = {c["id"]: by.get(key, {}).get(c["id"], c.get("default")) for c in data_cols}
                if by.get(key):
                    r.update({c["id"]: (by[key][c["id"]] if by[key][c["id"]] is not None else c.get("default"))
                              for c in data_cols})
                rows.append(dict(key=key, label=label, kind=kind, **r))
        else:
            rows = [dict(key=r["key"], label=r.get("label", r["key"]), kind=r.get("kind", "data"),
                         **{c["id"]: r[c["id"]] for c in data_cols}) for r in got]
        for r in rows:
            for c in cols:
                if "ratio" in c:
                    n, d = (r.get(x) for x in c["ratio"])
                    r[c["id"]] = None if not d or n is None else 100 * n / d
        # print
        print(f"\n## {t['id']}: {text(t['title'], a.lang)}")
        heads = ["key"] + [c["id"] for c in cols]
        widths = [max(len(h), 8) for h in heads]
        print("  ".join(h.rjust(w) for h, w in zip(heads, widths)))
        for r in rows:
            cells = [r["key"]] + [("" if r[c["id"]] is None else
                                   f"{r[c['id']]:.2f}" if isinstance(r[c["id"]], float) else str(r[c["id"]]))
                                  for c in cols]
            print("  ".join(x.rjust(w) for x, w in zip(cells, widths)))
        tctx = {}
        for r in rows:
            cell = {c["id"]: vi_number(r[c["id"]], c["type"], a.lang) for c in cols}
            cell["label"] = r["label"]
            cell["has"] = {c["id"]: r[c["id"]] not in (None, 0) for c in cols}
            tctx[r["key"]] = cell
        tctx["rows"] = [dict(v, key=k) for k, v in tctx.items() if k != "total"]
        ctx[t["id"]] = tctx
    print("\n## narrative")
    for p in text(spec["narrative"], a.lang) or []:
        s = mustache(p, ctx).strip()
        if s:
            print(s + "\n")


if __name__ == "__main__":
    main()
