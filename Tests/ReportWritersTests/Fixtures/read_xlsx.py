#!/usr/bin/env python3
"""Reads an XLSX workbook back with openpyxl and prints what the XLSX writer
tests check, as JSON on stdout.

Usage: read_xlsx.py PATH

{"sheets": [names in order],
 "properties": {"title", "subject", "creator", "created"},
 "sheet": {NAME: {
    "cells": {"B7": {"row": 7, "col": 2, "type": "int|float|str|datetime|bool|None",
                     "value": text or null, "bold": bool, "italic": bool,
                     "number_format": "...", "bordered": bool}},
    "merged": ["A5:A6", ...], "freeze_panes": "B7" or null,
    "orientation", "paper_size", "scale", "fit_to_page", "fit_to_width", "fit_to_height",
    "print_title_rows", "horizontal_centered", "autofilter",
    "summary_below", "outline_levels": {"9": 1}, "row_heights": {"9": 20.0},
    "column_widths": {"A": 31.5}}}}
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    value = cell.value
    if value is None:
        kind, text = "None", None
    elif isinstance(value, bool):
        kind, text = "bool", str(value)
    elif isinstance(value, int):
        kind, text = "int", str(value)
    elif isinstance(value, float):
        kind, text = "float", repr(value)
    elif isinstance(value, datetime.datetime):
        kind, text = "datetime", value.isoformat()
    elif isinstance(value, str):
        kind, text = "str", value
    else:
        kind, text = type(value).__name__, str(value)
    return {
        "row": cell.row,
        "col": cell.column,
        "type": kind,
        "value": text,
        "bold": bool(cell.font and cell.font.b),
        "italic": bool(cell.font and cell.font.i),
        "number_format": cell.number_format,
        "bordered": bool(cell.border and cell.border.left and cell.border.left.style),
    }


def sheet_json(ws):
    cells = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None or cell.has_style:
                cells[cell.coordinate] = cell_json(cell)
    setup = ws.page_setup
    props = ws.sheet_properties
    return {
        "cells": cells,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze_panes": ws.freeze_panes,
        "orientation": setup.orientation,
        "paper_size": int(setup.paperSize) if setup.paperSize is not None else None,
        "scale": int(setup.scale) if setup.scale is not None else None,
        "fit_to_page": bool(props.pageSetUpPr and props.pageSetUpPr.fitToPage),
        # An absent fitToWidth/fitToHeight means 1 (ECMA-376 default).
        "fit_to_width": int(setup.fitToWidth) if setup.fitToWidth is not None else 1,
        "fit_to_height": int(setup.fitToHeight) if setup.fitToHeight is not None else 1,
        "print_title_rows": ws.print_title_rows,
        "horizontal_centered": bool(ws.print_options.horizontalCentered),
        "autofilter": ws.auto_filter.ref,
        "summary_below": props.outlinePr.summaryBelow if props.outlinePr is not None else True,
        "outline_levels": {str(i): d.outline_level for i, d in ws.row_dimensions.items() if d.outline_level},
        "row_heights": {str(i): d.height for i, d in ws.row_dimensions.items() if d.height is not None},
        "column_widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: read_xlsx.py PATH")
    wb = openpyxl.load_workbook(sys.argv[1])
    props = wb.properties
    json.dump({
        "sheets": wb.sheetnames,
        "properties": {
            "title": props.title,
            "subject": props.subject,
            "creator": props.creator,
            "created": props.created.isoformat() if props.created else None,
        },
        "sheet": {ws.title: sheet_json(ws) for ws in wb.worksheets},
    }, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
