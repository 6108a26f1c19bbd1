#!/usr/bin/env python3
"""Writes one CSV dataset in the other forms baocao reads, for the tests that
check every form gives byte-identical reports.

Usage: make_dataset_forms.py SRC_DIR OUT_DIR

OUT_DIR/sqlite/dataset.sqlite   every table in one SQLite file (+ dataset.yaml beside it)
OUT_DIR/workbook/dataset.xlsx   every table a sheet of one workbook
OUT_DIR/per-table/NAME.xlsx     one workbook per table
OUT_DIR/mixed/                  units and members as CSV, the rest as one workbook

In the workbooks, date columns become real date cells (dd/mm/yyyy) and
numbers become numbers, as Excel users keep them; ids stay text.
"""
import csv
import datetime
import io
import os
import shutil
import sqlite3
import sys

DATE_COLUMNS = {"date", "birth_date", "started_on", "decided_on", "received_on", "closed_on",
                "ngày", "ngày sinh", "ngày bắt đầu", "ngày quyết định", "ngày nhận", "ngày kết thúc"}
NUMBER_COLUMNS = {"year", "value", "target", "năm", "giá trị", "kế hoạch", "households", "area_ha",
                  "scale_quantity", "output_tonnes", "revenue_vnd", "cost_vnd", "baseline_revenue_per_ha_vnd"}


def read_tables(src):
    tables = {}
    for name in sorted(os.listdir(src)):
        if name.endswith(".csv"):
            raw = open(os.path.join(src, name), encoding="utf-8-sig", newline="").read()
            dialect = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
            rows = list(csv.reader(io.StringIO(raw), delimiter=dialect))
            tables[name[:-4]] = [row for row in rows if any(cell.strip() for cell in row)]
    return tables


def parse_date(text):
    if "-" in text:
        return datetime.datetime.strptime(text, "%Y-%m-%d")
    day, month, year = text.split("/")
    return datetime.datetime(int(year), int(month), int(day))


def typed(header, text):
    key = header.strip().lower()
    if not text:
        return None
    if key in DATE_COLUMNS:
        return parse_date(text)
    if key in NUMBER_COLUMNS:
        number = float(text)
        return int(number) if number.is_integer() else number
    return text


def write_sheet(workbook, name, rows):
    sheet = workbook.create_sheet(name)
    header = rows[0]
    sheet.append(header)
    for row in rows[1:]:
        sheet.append([typed(header[i], cell) for i, cell in enumerate(row)])
        for i, cell in enumerate(sheet[sheet.max_row]):
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy"


def new_workbook():
    import openpyxl
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    return workbook


def copy_yaml(src, dest):
    os.makedirs(dest, exist_ok=True)
    if os.path.exists(os.path.join(src, "dataset.yaml")):
        shutil.copy(os.path.join(src, "dataset.yaml"), dest)


def main(src, out):
    tables = read_tables(src)

    folder = os.path.join(out, "sqlite")
    copy_yaml(src, folder)
    db = sqlite3.connect(os.path.join(folder, "dataset.sqlite"))
    for name, rows in tables.items():
        columns = ", ".join('"%s"' % column for column in rows[0])
        db.execute('CREATE TABLE "%s" (%s)' % (name, columns))
        marks = ", ".join("?" * len(rows[0]))
        for row in rows[1:]:
            values = []
            for i, cell in enumerate(row):
                value = typed(rows[0][i], cell)
                values.append(value.strftime("%Y-%m-%d") if isinstance(value, datetime.datetime) else value)
            db.execute('INSERT INTO "%s" VALUES (%s)' % (name, marks), values)
    db.commit()
    db.close()

    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return

    folder = os.path.join(out, "workbook")
    copy_yaml(src, folder)
    workbook = new_workbook()
    for name, rows in tables.items():
        write_sheet(workbook, name, rows)
    workbook.save(os.path.join(folder, "dataset.xlsx"))

    folder = os.path.join(out, "per-table")
    copy_yaml(src, folder)
    for name, rows in tables.items():
        workbook = new_workbook()
        write_sheet(workbook, name, rows)
        workbook.save(os.path.join(folder, name + ".xlsx"))

    folder = os.path.join(out, "mixed")
    copy_yaml(src, folder)
    workbook = new_workbook()
    for name, rows in tables.items():
        if name in ("units", "members"):
            shutil.copy(os.path.join(src, name + ".csv"), folder)
        else:
            write_sheet(workbook, name, rows)
    workbook.save(os.path.join(folder, "rest.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
