#!/usr/bin/env python3
"""Writes a folder of CSV tables as the other dataset forms, for the tests of
declared tables: OUT/dataset.sqlite (every table, numbers stored as INTEGER or
REAL) and OUT/workbook/dataset.xlsx (every table a sheet, numbers as numbers,
ISO dates as date cells), as users keep them.

Usage: make_forms.py SRC_DIR OUT_DIR
"""
import csv
import datetime
import os
import re
import sqlite3
import sys

import openpyxl

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def typed(header, text):
    if text == "":
        return None
    if header.endswith("id"):        # ids stay text, even all digits
        return text
    if NUMBER.match(text):
        return float(text) if "." in text else int(text)
    if DATE.match(text):
        return datetime.datetime.strptime(text, "%Y-%m-%d")
    return text


def main(src, out):
    tables = {}
    for name in sorted(os.listdir(src)):
        if name.endswith(".csv"):
            with open(os.path.join(src, name), encoding="utf-8-sig", newline="") as f:
                rows = [row for row in csv.reader(f) if any(cell.strip() for cell in row)]
            tables[name[:-4]] = rows
    os.makedirs(os.path.join(out, "workbook"), exist_ok=True)
    database = sqlite3.connect(os.path.join(out, "dataset.sqlite"))
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in tables.items():
        header, body = rows[0], rows[1:]
        database.execute(f'CREATE TABLE "{name}" ({", ".join(chr(34) + h + chr(34) for h in header)})')
        for row in body:
            values = [typed(h, v) for h, v in zip(header, row)]
            values = [v.date().isoformat() if isinstance(v, datetime.datetime) else v for v in values]
            database.execute(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(header))})', values)
        sheet = workbook.create_sheet(name)
        sheet.append(header)
        for row in body:
            sheet.append([typed(h, v) for h, v in zip(header, row)])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, datetime.datetime):
                    cell.number_format = "dd/mm/yyyy"
    database.commit()
    database.close()
    workbook.save(os.path.join(out, "workbook", "dataset.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
