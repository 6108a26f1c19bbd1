#!/usr/bin/env python3
"""Dumps the cells of every workbook baocao wrote, for xlsx_floor.c.

Reads each OUT_DIR/*.xlsx (sorted by name) with openpyxl and writes, per
workbook, its sheets in order and each sheet's non-empty cells (row, column,
string / number / date / boolean) in the length-prefixed format described at
the top of xlsx_floor.c. Formatted blank cells and the blank parts of merged
ranges hold no value and are left out; formats are not dumped. Run once per
dataset, untimed. Dumping the floor's own output gives the same file, which is
how the floor is checked (`cmp`).

usage: dump_cells.py OUT_DIR DUMP_FILE
"""
import datetime
import math
import os
import sys

import openpyxl
from openpyxl.utils.datetime import to_excel


def counted(text):
    data = text.encode("utf-8")
    return b"%d\n%s\n" % (len(data), data)


def dump_workbook(path, out):
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        out.write(b"W " + counted(os.path.basename(path)))
        for sheet in workbook.worksheets:
            out.write(b"S " + counted(sheet.title))
            for row in sheet.iter_rows():
                for cell in row:
                    value = cell.value
                    if value is None:
                        continue
                    place = b"%d %d " % (cell.row - 1, cell.column - 1)
                    if isinstance(value, bool):   # before int: bool is an int
                        out.write(b"b " + place + (b"1\n" if value else b"0\n"))
                    elif isinstance(value, (datetime.datetime, datetime.date)):
                        out.write(b"d " + place + repr(float(to_excel(value))).encode() + b"\n")
                    elif isinstance(value, int):
                        out.write(b"n " + place + str(value).encode() + b"\n")
                    elif isinstance(value, float):
                        if not math.isfinite(value):
                            sys.exit(f"{path}: {sheet.title}!{cell.coordinate}: {value} has no XLSX form")
                        out.write(b"n " + place + repr(value).encode() + b"\n")
                    elif isinstance(value, str):
                        out.write(b"s " + place + counted(value))
                    else:
                        sys.exit(f"{path}: {sheet.title}!{cell.coordinate}: cannot dump a {type(value).__name__}")
    finally:
        workbook.close()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    folder, dump = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(folder) if n.endswith(".xlsx") and not n.startswith("."))
    if not names:
        sys.exit(f"no workbooks in {folder}")
    with open(dump, "wb") as out:
        out.write(b"baocao-cells 1\n")
        for name in names:
            dump_workbook(os.path.join(folder, name), out)
    print(f"{len(names)} workbooks dumped to {dump}")


if __name__ == "__main__":
    main()
