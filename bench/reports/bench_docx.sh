#!/usr/bin/env bash
# The .docx of the plan, the summary and the consolidated report for a generated file, through the
# binary as users run it: wall time, CPU time and peak memory of each export (/usr/bin/time -v), the
# file's size and the rows python3-docx reads back. Usage:
#   bench_docx.sh PATH/TO/campaign-planner [ACTIVITIES]      (default 100000, seed 1)
# CP_BENCH_COMPARE=1 also times the plan as .odt and PDF for comparison. CTest runs it on 300
# activities so that it keeps working; the figures are only meaningful on the full size.
set -eu
app=$1
n=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "bench_docx: /usr/bin/time (Debian package time) is needed"; exit 1; }

/usr/bin/time -f "%e" -o "$work/demo.time" "$app" demo "$work/f.campaign" --activities "$n" --seed 1 >/dev/null
echo "demo file: $n activities in $(cat "$work/demo.time") s ($(du -m "$work/f.campaign" | cut -f1) MB)"
echo "load: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"

measure() { # kind format
  local out="$work/$1.$2"
  /usr/bin/time -v -o "$work/time.txt" "$app" export "$work/f.campaign" --kind "$1" --format "$2" --out "$out" >/dev/null
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  awk -v k="$1" -v f="$2" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$(stat -c %s "$out")" \
    'BEGIN { printf "%-13s %-4s wall %8s  cpu %7.2f s  peak %6d MB  file %6.1f MB", k, f, w, u + s, r / 1024, b / 1048576 }' 
  if [ "$2" = docx ]; then
    # Every table row as python3-docx counts it, and the zip intact.
    rows=$(/usr/bin/python3 -c "
import sys, zipfile, docx
assert zipfile.ZipFile(sys.argv[1]).testzip() is None
print(sum(len(t._tbl.tr_lst) for t in docx.Document(sys.argv[1]).tables))" "$out")
    printf '  rows %s' "$rows"
  fi
  echo
}

for kind in plan summary consolidated; do
  measure "$kind" docx
done
if [ "${CP_BENCH_COMPARE:-0}" = 1 ]; then
  measure plan odt
  measure plan pdf
fi
