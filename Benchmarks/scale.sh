#!/usr/bin/env bash
# How baocao grows with the dataset: on the synthetic sizes S, M and L
# (`baocao sample`, about 4.000, 100.000 and 1.000.000 members) it times
# `validate` (read, check, replay), `generate` of the whole report for the root
# unit in all four formats, and Benchmarks/batch.sh (baocao batch, the pandas
# reference and the libxlsxwriter floor). Prints one Markdown table for
# docs/performance.md (medians of RUNS runs, default 3), then how each
# measure grows from S to M to L, in total and per member: ×1.0 per member
# means linear, more means worse than linear. Progress and batch.sh's own
# report go to standard error.
#   Benchmarks/scale.sh
# Environment: DATA_S, DATA_M, DATA_L (dataset folders, default
# .build-bench-data/sample-S…; the samples are made when missing), SIZES
# (default "S M L"), PERIOD (default 2024-Q4), RUNS, L_BATCH=0 (no batch on L),
# L_PANDAS=0 (batch on L without pandas), and BAOCAO, JOBS, PANDAS_REF, CHECK
# for batch.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-S M L}
PERIOD=${PERIOD:-2024-Q4}
RUNS=${RUNS:-3}
export RUNS
declare -A DATA=([S]=${DATA_S:-.build-bench-data/sample-S} [M]=${DATA_M:-.build-bench-data/sample-M}
                 [L]=${DATA_L:-.build-bench-data/sample-L})
if [ -z "${BAOCAO:-}" ]; then
  BAOCAO=.build/release/baocao
  [ -x "$BAOCAO" ] || swift build -c release --product baocao >/dev/null
fi
export BAOCAO

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# measure COMMAND…: prints "wall cpu peak_mib", medians of RUNS runs.
measure() {
  : >"$TMP/times"
  for _ in $(seq "$RUNS"); do
    rm -rf "$TMP/out"
    if ! /usr/bin/time -o "$TMP/time" -f "%e %U %S %M" "$@" >"$TMP/stdout" 2>"$TMP/stderr"; then
      echo "failed: $*" >&2; cat "$TMP/stderr" "$TMP/time" >&2; exit 1
    fi
    awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' "$TMP/time" >>"$TMP/times"
  done
  echo "$(awk '{print $1}' "$TMP/times" | median) $(awk '{print $2}' "$TMP/times" | median)" \
       "$(( $(awk '{print $3}' "$TMP/times" | median) / 1024 ))"
}

# RESULT[size:step] = "wall cpu peak_mib workbooks workbooks/s"; STEPS in table order.
declare -A RESULT MEMBERS
STEPS=(validate generate batch-baocao batch-pandas batch-floor)
for size in $SIZES; do
  data=${DATA[$size]}
  if [ ! -d "$data" ]; then
    echo "making sample $size in $data…" >&2
    "$BAOCAO" sample --size "$size" --out "$data" >/dev/null
  fi
  echo "== $size: $data" >&2
  "$BAOCAO" validate --lang en --data "$data" >"$TMP/validate.txt"   # the line it parses is in English
  MEMBERS[$size]=$(sed -n 's/.*: \([0-9]*\) rows of members$/\1/p' "$TMP/validate.txt")
  echo "validate…" >&2
  RESULT[$size:validate]="$(measure "$BAOCAO" validate --data "$data") - -"
  echo "generate…" >&2
  RESULT[$size:generate]="$(measure "$BAOCAO" generate --data "$data" --period "$PERIOD" \
    --format xlsx,csv,txt,json --out "$TMP/out") - -"
  if [ "$size" = L ] && [ "${L_BATCH:-1}" = 0 ]; then continue; fi
  pandas=${PANDAS:-1}
  if [ "$size" = L ] && [ "${L_PANDAS:-1}" = 0 ]; then pandas=0; fi
  : >"$TMP/batch"
  PANDAS=$pandas RESULTS="$TMP/batch" Benchmarks/batch.sh "$data" "$PERIOD" >&2
  while read -r label wall cpu peak count; do
    RESULT[$size:batch-$label]="$wall $cpu $peak $count $(awk -v n="$count" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')"
  done <"$TMP/batch"
done

name() {
  case $1 in
    validate) echo "validate" ;;
    generate) echo "generate root, 4 formats" ;;
    batch-baocao) echo "batch xlsx: baocao" ;;
    batch-pandas) echo "batch xlsx: pandas reference" ;;
    batch-floor) echo "batch xlsx: libxlsxwriter floor" ;;
  esac
}
echo
echo "baocao on the synthetic samples, period $PERIOD; medians of $RUNS runs; $(nproc) cores."
echo
echo "| size | members | step | wall s | CPU s | peak MiB | workbooks | workbooks/s |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
for size in $SIZES; do
  for step in "${STEPS[@]}"; do
    [ -n "${RESULT[$size:$step]:-}" ] || continue
    read -r wall cpu peak count rate <<<"${RESULT[$size:$step]}"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$size" "${MEMBERS[$size]}" "$(name "$step")" \
      "$wall" "$cpu" "$peak" "$count" "$rate"
  done
done

# Growth between neighbouring sizes: ×total and ×per member (total / members' growth).
read -r -a sizes <<<"$SIZES"
[ "${#sizes[@]}" -ge 2 ] || exit 0
grow() {   # A B: "×total (×per member)"
  awk -v a="$1" -v b="$2" -v ma="$3" -v mb="$4" \
    'BEGIN {if (a > 0) printf "×%.1f (×%.2f)", b / a, (b / a) / (mb / ma); else printf "n/a"}'
}
echo
header="| step |" rule="|---|"
for ((i = 1; i < ${#sizes[@]}; i++)); do
  a=${sizes[i-1]} b=${sizes[i]}
  m=$(awk -v a="${MEMBERS[$a]}" -v b="${MEMBERS[$b]}" 'BEGIN {printf "%.1f", b / a}')
  header+=" $a→$b wall (per member), members ×$m | $a→$b CPU (per member) | $a→$b peak MiB |"
  rule+="---:|---:|---:|"
done
echo "$header"; echo "$rule"
for step in "${STEPS[@]}"; do
  line="| $(name "$step") |" shown=0
  for ((i = 1; i < ${#sizes[@]}; i++)); do
    a=${sizes[i-1]} b=${sizes[i]}
    if [ -n "${RESULT[$a:$step]:-}" ] && [ -n "${RESULT[$b:$step]:-}" ]; then
      read -r wa ca pa _ <<<"${RESULT[$a:$step]}"; read -r wb cb pb _ <<<"${RESULT[$b:$step]}"
      line+=" $(grow "$wa" "$wb" "${MEMBERS[$a]}" "${MEMBERS[$b]}") | $(grow "$ca" "$cb" "${MEMBERS[$a]}" "${MEMBERS[$b]}") |"
      line+=" $(awk -v a="$pa" -v b="$pb" 'BEGIN {if (a > 0) printf "×%.1f", b / a; else printf "n/a"}') |"
      shown=1
    else
      line+=" – | – | – |"
    fi
  done
  [ "$shown" = 0 ] || echo "$line"
done
