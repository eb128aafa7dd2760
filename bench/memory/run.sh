#!/usr/bin/env bash
# Peak memory and CPU of `chorus summarize` against input size (issue 16: < 300 MB at 16 MB; linear cost should
# give about 2x per doubling). Pinned to one core (CORE, default 0). Usage: bench/memory/run.sh CHORUS [MB...] (default 4 8 16).
set -euo pipefail
chorus=$1; shift
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(4 8 16)
here=$(cd "$(dirname "$0")" && pwd)
train=${TRAIN:-$here/../../../shared/data/multinews-plus/train.jsonl.gz}
work=${WORK:-/tmp/chorus-memory}
mkdir -p "$work"
printf '%-6s %-9s %-10s %-10s %-8s\n' MB articles peak_MB user_s wall_s
for mb in "${sizes[@]}"; do
  input=$work/mnp-$mb.jsonl
  [ -s "$input" ] || python3 "$here/build-input.py" "$train" "$mb" "$input" > /dev/null
  /usr/bin/time -v -o "$work/time-$mb.txt" taskset -c "${CORE:-0}" "$chorus" summarize "$input" --format json --quiet > "$work/out-$mb.json" 2> "$work/err-$mb.txt" || true
  peak=$(awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}' "$work/time-$mb.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time-$mb.txt")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$work/time-$mb.txt")
  printf '%-6s %-9s %-10s %-10s %-8s\n' "$mb" "$(wc -l < "$input")" "$peak" "$user" "$wall"
done
