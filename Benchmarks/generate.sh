#!/usr/bin/env bash
# Wall time and peak memory of `baocao generate` on a dataset: the median of
# RUNS runs (default 5) of the release build. Speed is measured here, never in
# unit tests.
#   Benchmarks/generate.sh [DATA] [PERIOD] [FORMATS]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-Samples/sopcop}
PERIOD=${2:-2021}
FORMATS=${3:-xlsx,csv,txt,json}
RUNS=${RUNS:-5}

swift build -c release --product baocao >/dev/null
BIN=.build/release/baocao
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

walls=() rss=()
for _ in $(seq "$RUNS"); do
  # GNU time: elapsed seconds and peak resident set size in KiB.
  read -r wall peak < <(/usr/bin/time -f "%e %M" "$BIN" generate --data "$DATA" --period "$PERIOD" \
    --format "$FORMATS" --out "$OUT" 2>&1 >/dev/null | tail -n 1)
  walls+=("$wall")
  rss+=("$peak")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "generate --data $DATA --period $PERIOD --format $FORMATS ($RUNS runs)"
echo "  wall time: median $(median "${walls[@]}") s   (runs: ${walls[*]})"
echo "  peak RSS:  median $(( $(median "${rss[@]}") / 1024 )) MiB"
