#!/usr/bin/env bash
# What one external plugin call costs baocao: encoding the request (the
# declared tables once per store, then the header per report), starting the
# process, piping the request, reading and checking the answer. The plugin is
# Benchmarks/external/probe: it reads everything and answers a fixed report.
#   first call — `generate` of the probe alone for the root, less `validate`
#                (the load): the tables are encoded here;
#   each call  — `batch` of the probe alone over every grassroots organisation
#                (--jobs 1), less `validate`, divided by the number of units.
# The three are interleaved, run after run, so that noise hits them alike.
#   Benchmarks/external.sh [DATA] [PERIOD]    # default .build-bench-data/sample-M 2024-Q4
# Environment: BAOCAO (default .build/release/baocao), RUNS (default 5),
# TABLES (the probe's requires:, default "units, member_events").
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-.build-bench-data/sample-M}
PERIOD=${2:-2024-Q4}
RUNS=${RUNS:-5}
TABLES=${TABLES:-units, member_events}
BAOCAO=${BAOCAO:-.build/release/baocao}
[ -x "$BAOCAO" ] || swift build -c release --product baocao >/dev/null
if [ ! -d "$DATA" ]; then
  case "$DATA" in
    */sample-[SML]) "$BAOCAO" sample --size "${DATA##*-}" --out "$DATA" >/dev/null ;;
    *) echo "no dataset at $DATA" >&2; exit 1 ;;
  esac
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Benchmarks/external/probe "$work/probe"
sed -i "s/^requires: .*/requires: [$TABLES]/" "$work/probe/plugin.yaml"

seconds() {   # wall seconds of a command, its output dropped
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

units=$("$BAOCAO" batch --data "$DATA" --period "$PERIOD" --plugins "$work/probe" --plugin probe --format json \
          --out "$work/count" --jobs 1 2>/dev/null | sed -n 's/^\([0-9]*\) output sets written.*/\1/p')
: > "$work/generate"; : > "$work/validate"; : > "$work/batch"
for run in $(seq "$RUNS"); do
  seconds "$BAOCAO" validate --data "$DATA" >> "$work/validate"
  seconds "$BAOCAO" generate --data "$DATA" --period "$PERIOD" --plugins "$work/probe" --plugin probe --format json \
    --out "$work/b" >> "$work/generate"
  rm -rf "$work/c"
  seconds "$BAOCAO" batch --data "$DATA" --period "$PERIOD" --plugins "$work/probe" --plugin probe --format json \
    --out "$work/c" --jobs 1 >> "$work/batch"
done
request=$(cat "$work/probe/last-request-bytes")
generate=$(median < "$work/generate"); validate=$(median < "$work/validate"); batch=$(median < "$work/batch")
echo "dataset $DATA, $PERIOD, probe requires [$TABLES] (a request: $request bytes), medians of $RUNS runs (wall seconds)"
echo "| measure | seconds |"
echo "|---|---|"
echo "| validate (load) | $validate |"
echo "| generate of the probe for the root | $generate |"
printf '| first call (generate − validate) | %.3f |\n' "$(echo "$generate - $validate" | bc -l)"
echo "| batch of the probe over $units units, --jobs 1 | $batch |"
printf '| each further call ((batch − validate) / units) | %.4f |\n' "$(echo "($batch - $validate) / $units" | bc -l)"
