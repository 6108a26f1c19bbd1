#!/usr/bin/env python3
"""Prints each PDF page of a workbook as LibreOffice prints it: the smallest
and largest text size on the page and the paper, as JSON lines.

    printed_sizes.py WORKBOOK.xlsx

Converts with `soffice --headless --convert-to pdf`, reads with pdfminer.six.
pdfminer's LTChar.size is the glyph box height: Liberation Serif (LibreOffice's
Times New Roman) at 12 pt measures 11.0, so sizes are reported in points as
size / 11.0 * 12.
"""
import json
import os
import subprocess
import sys
import tempfile

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

workbook = sys.argv[1]
with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", folder, workbook],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.join(folder, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    for number, page in enumerate(extract_pages(pdf), 1):
        sizes = []

        def walk(item):
            if isinstance(item, LTChar):
                sizes.append(item.size / 11.0 * 12)
            elif hasattr(item, "__iter__"):
                for child in item:
                    walk(child)
        walk(page)
        print(json.dumps({"page": number, "smallest": min(sizes) if sizes else None,
                          "largest": max(sizes) if sizes else None,
                          "width": round(page.width), "height": round(page.height)}))
