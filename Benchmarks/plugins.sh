#!/usr/bin/env bash
# How long the bundled declarative plugins take on a province-sized dataset:
# Benchmarks/make_large_dataset.py MEMBERS (default 100.000 members, 1.000.000
# events, 1.051 units) plus ratings and meetings for 2023–2024 from
# Samples/make_ratings_meetings.py. Median of RUNS runs (default 3) of the
# release build, each plugin alone and member-growth as the reference of the
# same run; `validate` (read, check, replay) is the share every run pays.
#   Benchmarks/plugins.sh [MEMBERS]
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-100000}
RUNS=${RUNS:-3}
DATA=.build-bench-data/plugins-$MEMBERS
if [ ! -f "$DATA/csv/meetings.csv" ]; then
  python3 Benchmarks/make_large_dataset.py "$DATA" "$MEMBERS" --no-xlsx
  python3 -c "import sys; sys.path.insert(0, 'Samples'); import make_ratings_meetings as m; \
m.main('$DATA/csv', 2024, range(2023, 2025))"
fi
swift build -c release --product baocao >/dev/null
BIN=.build/release/baocao
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {   # label, command…
  local label=$1; shift
  local walls=() rss=()
  for _ in $(seq "$RUNS"); do
    read -r wall peak < <(/usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1)
    walls+=("$wall"); rss+=("$peak")
  done
  printf '  %-40s median %6s s  peak %5s MiB   (runs: %s)\n' "$label" "$(median "${walls[@]}")" \
    "$(( $(median "${rss[@]}") / 1024 ))" "${walls[*]}"
}
echo "$MEMBERS members, $(($(wc -l < "$DATA/csv/ratings.csv") - 1)) ratings, $(($(wc -l < "$DATA/csv/meetings.csv") - 1)) meetings; $RUNS runs"
measure "validate" "$BIN" validate --data "$DATA/csv"
for plugin in member-growth classification meeting-quality; do
  measure "generate --plugin $plugin (2024, json)" "$BIN" generate --data "$DATA/csv" --period 2024 \
    --plugin "$plugin" --format json --out "$OUT"
done
