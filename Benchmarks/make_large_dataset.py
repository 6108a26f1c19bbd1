#!/usr/bin/env python3
"""A large synthetic dataset for the loading benchmark: MEMBERS members with
ten events each (1.000.000 events for the default 100.000), valid under every
rule of SPEC §1.2, written as CSV, as a SQLite file and as one workbook.

Usage: make_large_dataset.py OUT_DIR [MEMBERS] [--no-xlsx]
Deterministic: the same arguments give the same files.
"""
import csv
import datetime
import os
import random
import sqlite3
import sys

COMMUNES, BRANCHES = 50, 20


def build(members):
    rng = random.Random(100_000)
    units = [("root", "", "Đảng bộ tỉnh Thử nghiệm", "province")]
    for c in range(COMMUNES):
        units.append((f"c{c:02}", "root", f"Đảng bộ xã Số {c + 1}", "grassroots_committee"))
        for b in range(BRANCHES):
            units.append((f"c{c:02}b{b:02}", f"c{c:02}", f"Chi bộ bản {c + 1}-{b + 1}", "branch"))
    people, events = [], []
    for m in range(members):
        mid = f"m{m:06}"
        born = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(18_000))
        people.append((mid, f"Lò Văn Người {m}", rng.choice(["male", "female"]), born.isoformat(),
                       rng.choice(["Thái", "Mông", "Kinh", "Khơ Mú"])))
        commune = rng.randrange(COMMUNES)
        branch = rng.randrange(BRANCHES)
        day = max(born + datetime.timedelta(days=365 * 19), datetime.date(1990, 1, 1)) \
            + datetime.timedelta(days=rng.randrange(3000))
        unit = f"c{commune:02}b{branch:02}"
        events.append((mid, day.isoformat(), "admitted", unit, ""))
        day += datetime.timedelta(days=365)
        events.append((mid, day.isoformat(), "made_official", unit, ""))
        for _ in range(8):   # moves between the commune's branches, 100–500 days apart
            day += datetime.timedelta(days=rng.randrange(100, 500))
            branch = (branch + 1 + rng.randrange(BRANCHES - 1)) % BRANCHES
            new = f"c{commune:02}b{branch:02}"
            events.append((mid, day.isoformat(), "moved", new, unit))
            unit = new
    events.sort(key=lambda e: (e[1], e[0]))
    return units, people, events


HEADERS = {
    "units": ["id", "parent_id", "name", "kind"],
    "members": ["id", "full_name", "gender", "birth_date", "ethnicity"],
    "member_events": ["member_id", "date", "type", "unit_id", "from_unit_id"],
}


def main(out, members, xlsx):
    units, people, events = build(members)
    tables = {"units": units, "members": people, "member_events": events}
    folder = os.path.join(out, "csv")
    os.makedirs(folder, exist_ok=True)
    for name, rows in tables.items():
        with open(os.path.join(folder, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS[name])
            writer.writerows(rows)

    path = os.path.join(out, "dataset.sqlite")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    for name, rows in tables.items():
        db.execute('CREATE TABLE %s (%s)' % (name, ", ".join(HEADERS[name])))
        db.executemany('INSERT INTO %s VALUES (%s)' % (name, ", ".join("?" * len(HEADERS[name]))), rows)
    db.commit()
    db.close()

    if xlsx:
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
        folder = os.path.join(out, "xlsx")
        os.makedirs(folder, exist_ok=True)
        workbook = openpyxl.Workbook(write_only=True)
        for name, rows in tables.items():
            sheet = workbook.create_sheet(name)
            sheet.append(HEADERS[name])
            dates = [i for i, h in enumerate(HEADERS[name]) if h in ("date", "birth_date")]
            for row in rows:
                cells = list(row)
                for i in dates:
                    cell = WriteOnlyCell(sheet, value=datetime.date.fromisoformat(row[i]))
                    cell.number_format = "dd/mm/yyyy"
                    cells[i] = cell
                sheet.append(cells)
        workbook.save(os.path.join(folder, "dataset.xlsx"))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], int(args[1]) if len(args) > 1 else 100_000, "--no-xlsx" not in sys.argv)
