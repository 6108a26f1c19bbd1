#!/usr/bin/env bash
# Loading speed and memory: `baocao validate` (read, check, replay every
# member's history) on a large synthetic dataset given as CSV, as a SQLite
# file and as one workbook. Median of RUNS runs (default 3) of the release build.
#   Benchmarks/load.sh [MEMBERS]        # default 100000 members, 1.000.000 events
#   Benchmarks/load.sh 350000           # 3.500.000 events: a 107 MB workbook
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-100000}
RUNS=${RUNS:-3}
DATA=${DATA:-.build-bench-data/$MEMBERS}

swift build -c release --product baocao >/dev/null
if [ ! -f "$DATA/dataset.sqlite" ]; then
  echo "writing the dataset to $DATA (once)…"
  python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl
  python3 Benchmarks/make_large_dataset.py "$DATA" "$MEMBERS"
fi
rows=$(( $(cat "$DATA"/csv/*.csv | wc -l) - 3 ))

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for form in csv dataset.sqlite xlsx; do
  walls=() rss=()
  for _ in $(seq "$RUNS"); do
    read -r wall peak < <(/usr/bin/time -f "%e %M" .build/release/baocao validate --data "$DATA/$form" \
      2>&1 >/dev/null | tail -n 1)
    walls+=("$wall"); rss+=("$peak")
  done
  wall=$(median "${walls[@]}")
  printf '%-16s %8s rows  %6s s  %9.0f rows/s  peak %5d MiB\n' "$form" "$rows" "$wall" \
    "$(echo "$rows / $wall" | bc -l)" $(( $(median "${rss[@]}") / 1024 ))
done
