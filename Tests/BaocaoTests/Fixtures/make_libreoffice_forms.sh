#!/usr/bin/env bash
# Writes tiny-libreoffice/: each CSV table of tiny/ converted to a workbook by
# LibreOffice, as staff do with "Save As… Excel 2007-365". Committed, since
# LibreOffice is too large to install for every test run; run again after
# changing tiny/ (needs `apt-get install libreoffice-calc`).
#
# The CSV import options: delimiter (44 `,` or 59 `;`), quote 34 `"`,
# character set 76 (UTF-8), from line 1, standard column types, and language
# 1066 (Vietnamese) so that 10/05/1980 is read as 10 May.
set -euo pipefail
cd "$(dirname "$0")"
out=tiny-libreoffice
rm -f "$out"/*.xlsx
mkdir -p "$out"
for csv in tiny/*.csv; do
  delimiter=44
  head -n 1 "$csv" | grep -q ';' && delimiter=59
  soffice --headless --infilter="CSV:$delimiter,34,76,1,,1066" --convert-to xlsx --outdir "$out" "$csv" >/dev/null
done
ls "$out"
