#!/usr/bin/env bash
# The batch job between its two anchors. `baocao batch --format xlsx` writes one
# workbook per grassroots organisation (committees and branches) of DATA for
# PERIOD; against it:
#   pandas — the script a user would write instead (pandas_reference.py, run
#            once per kind; the two runs together are the pandas batch);
#   floor  — Benchmarks/floor/xlsx_floor.c writing the very cells baocao wrote
#            with bare libxlsxwriter: what the library itself costs, the least
#            any batch on it can take.
# RUNS runs (default 5) with the three interleaved (baocao, pandas, floor,
# baocao, …) so that machine noise hits all alike; medians of wall, CPU
# (user+sys) and peak RSS (GNU time). The workbooks of baocao's first run are
# dumped (untimed) for the floor; with CHECK=1 (default) the floor's workbooks
# are dumped too and must hold the same cells.
#   Benchmarks/batch.sh [DATA] [PERIOD]     # default .build-bench-data/sample-M 2024-Q4
# Environment: BAOCAO (binary; default .build/release/baocao, built if missing),
# RUNS, JOBS (baocao --jobs and floor -j, default nproc), PANDAS=0 (skip pandas),
# PANDAS_REF (default ../shared/bench/pandas_reference.py), CHECK=0,
# RESULTS=FILE (append "label wall cpu peak_mib workbooks" lines, for scale.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-.build-bench-data/sample-M}
PERIOD=${2:-2024-Q4}
RUNS=${RUNS:-5}
JOBS=${JOBS:-$(nproc)}
PANDAS=${PANDAS:-1}
PANDAS_REF=${PANDAS_REF:-../shared/bench/pandas_reference.py}
CHECK=${CHECK:-1}
KINDS=(grassroots_committee grassroots_branch)

if [ -z "${BAOCAO:-}" ]; then
  BAOCAO=.build/release/baocao
  [ -x "$BAOCAO" ] || swift build -c release --product baocao >/dev/null
fi
if [ ! -d "$DATA" ]; then
  case "$DATA" in   # the synthetic sizes are made on demand
    */sample-[SML]) "$BAOCAO" sample --size "${DATA##*-}" --out "$DATA" >/dev/null ;;
    *) echo "no dataset at $DATA" >&2; exit 1 ;;
  esac
fi
if [ "$PANDAS" = 1 ] && [ ! -f "$PANDAS_REF" ]; then
  echo "no pandas reference at $PANDAS_REF: set PANDAS_REF, or PANDAS=0 to skip it" >&2; exit 1
fi
python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl
if [ "$PANDAS" = 1 ]; then   # what the reference imports
  python3 -c 'import pandas, xlsxwriter' 2>/dev/null || python3 -m pip install --quiet pandas xlsxwriter
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
gcc -O2 -o "$TMP/xlsx_floor" Benchmarks/floor/xlsx_floor.c -lxlsxwriter

# timed LABEL COMMAND…: runs it once; appends its wall, CPU and peak KiB to
# $TMP/LABEL.times and its stdout to $TMP/LABEL.out. A failure stops the script.
timed() {
  local label=$1; shift
  if ! /usr/bin/time -o "$TMP/time" -f "%e %U %S %M" "$@" >>"$TMP/$label.out" 2>"$TMP/stderr"; then
    echo "failed: $*" >&2; cat "$TMP/stderr" "$TMP/time" >&2; exit 1
  fi
  awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' "$TMP/time" >>"$TMP/$label.times"
}
BATCH=("$BAOCAO" batch --data "$DATA" --period "$PERIOD" --level "$(IFS=,; echo "${KINDS[*]}")" --format xlsx
       --jobs "$JOBS")   # then --out OUT
pandas_batch() {   # OUT: one run per kind, their times summed, the larger peak kept
  local wall=0 cpu=0 peak=0 kind w c p
  for kind in "${KINDS[@]}"; do
    timed pandas-kind python3 "$PANDAS_REF" "$DATA" "$PERIOD" "$1" --batch-kind "$kind"
    read -r w c p < <(tail -n 1 "$TMP/pandas-kind.times")
    wall=$(awk -v a="$wall" -v b="$w" 'BEGIN {printf "%.2f", a + b}')
    cpu=$(awk -v a="$cpu" -v b="$c" 'BEGIN {printf "%.2f", a + b}')
    peak=$(( p > peak ? p : peak ))
  done
  echo "$wall $cpu $peak" >>"$TMP/pandas.times"
}
workbooks() { find "$1" -maxdepth 1 -name '*.xlsx' | wc -l; }

# floor_cells OUT: dumps the cells of baocao's workbooks in OUT for the floor
# (untimed); with CHECK=1 the floor writes them once and must give the same dump.
floor_cells() {
  python3 Benchmarks/floor/dump_cells.py "$1" "$TMP/cells" >/dev/null
  [ "$CHECK" = 1 ] || return 0
  "$TMP/xlsx_floor" -j "$JOBS" "$TMP/cells" "$TMP/check" >/dev/null
  python3 Benchmarks/floor/dump_cells.py "$TMP/check" "$TMP/check.cells" >/dev/null
  cmp -s "$TMP/cells" "$TMP/check.cells" || { echo "the floor's workbooks differ from baocao's" >&2; exit 1; }
  echo "checked: the floor's $(workbooks "$TMP/check") workbooks hold the same cells as baocao's" >&2
  rm -rf "$TMP/check" "$TMP/check.cells"
}

for run in $(seq "$RUNS"); do
  echo "run $run/$RUNS…" >&2
  timed baocao "${BATCH[@]}" --out "$TMP/baocao-$run"
  echo "$(workbooks "$TMP/baocao-$run")" >>"$TMP/baocao.count"
  [ "$run" != 1 ] || floor_cells "$TMP/baocao-1"   # the first run's workbooks are the floor's cells
  rm -rf "$TMP/baocao-$run"
  if [ "$PANDAS" = 1 ]; then
    pandas_batch "$TMP/pandas-$run"
    echo "$(workbooks "$TMP/pandas-$run")" >>"$TMP/pandas.count"; rm -rf "$TMP/pandas-$run"
  fi
  timed floor "$TMP/xlsx_floor" -j "$JOBS" "$TMP/cells" "$TMP/floor-$run"
  echo "$(workbooks "$TMP/floor-$run")" >>"$TMP/floor.count"; rm -rf "$TMP/floor-$run"
done
# The floor's own report: "floor: … parse P s; write T s".
sed -n 's/.*; write \([0-9.]*\) s$/\1/p' "$TMP/floor.out" >"$TMP/floor.write"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column_median() { awk -v c="$2" '{print $c}' "$TMP/$1.times" | median; }   # LABEL COLUMN
ratio() {   # A B: A / B with two or three significant digits
  awk -v a="$1" -v b="$2" 'BEGIN {if (b <= 0) {printf "n/a"; exit}; r = a / b
    printf (r >= 100 ? "%.0f" : r >= 1 ? "%.1f" : "%.2f"), r}'
}

echo
echo "batch --data $DATA --period $PERIOD --level $(IFS=,; echo "${KINDS[*]}") --format xlsx, --jobs $JOBS" \
     "(floor -j $JOBS, pandas 1 process): median of $RUNS interleaved runs"
printf '  %-22s %9s %9s %9s %10s %12s\n' "" "wall s" "CPU s" "peak MiB" "workbooks" "workbooks/s"
declare -A WALL CPU
for label in baocao pandas floor; do
  [ -f "$TMP/$label.times" ] || continue
  WALL[$label]=$(column_median "$label" 1); CPU[$label]=$(column_median "$label" 2)
  peak=$(( $(column_median "$label" 3) / 1024 ))
  count=$(median <"$TMP/$label.count")
  case $label in
    baocao) name="baocao batch" ;;
    pandas) name="pandas (2 kinds)" ;;
    floor) name="floor (libxlsxwriter)" ;;
  esac
  printf '  %-22s %9s %9s %9s %10s %12s\n' "$name" "${WALL[$label]}" "${CPU[$label]}" "$peak" "$count" \
    "$(ratio "$count" "${WALL[$label]}")"
  [ -z "${RESULTS:-}" ] || echo "$label ${WALL[$label]} ${CPU[$label]} $peak $count" >>"$RESULTS"
done
write=$(median <"$TMP/floor.write")
echo "  floor's writing alone (without reading the dump): $write s"
echo "  baocao / floor:  wall ×$(ratio "${WALL[baocao]}" "${WALL[floor]}")  CPU ×$(ratio "${CPU[baocao]}" "${CPU[floor]}")" \
     " (wall / the floor's writing alone ×$(ratio "${WALL[baocao]}" "$write"))"
if [ "$PANDAS" = 1 ]; then
  echo "  pandas / baocao: wall ×$(ratio "${WALL[pandas]}" "${WALL[baocao]}")  CPU ×$(ratio "${CPU[pandas]}" "${CPU[baocao]}")"
fi
