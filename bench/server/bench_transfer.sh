#!/usr/bin/env bash
# push and pull of a generated file through the binary as users run them, over a local socket: wall
# time, CPU time and peak memory of each (/usr/bin/time -v) with the machine's load. Usage:
#   bench_transfer.sh PATH/TO/campaign-planner [ACTIVITIES] [EVIDENCE_MB]   (default 100000, seed 1, 0)
# Under the pg_cluster fixture (CP_TEST_PG_SOCKET, PGPASSWORD of cp_admin) it uses that cluster,
# otherwise it starts a throwaway one with tests/support/pg-cluster. EVIDENCE_MB > 0 attaches one
# file of that size (random bytes, a "video") to the first activity. CTest runs it on 300 activities
# so that it keeps working; the figures are only meaningful on the full size.
set -eu
app=$1
n=${2:-100000}
evidence_mb=${3:-0}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cleanup() {
  [ -n "${own_cluster:-}" ] && "$here/../../tests/support/pg-cluster" stop "$own_cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
[ -x /usr/bin/time ] || { echo "bench_transfer: /usr/bin/time (Debian package time) is needed"; exit 1; }
if [ -z "${CP_TEST_PG_SOCKET:-}" ]; then
  own_cluster=/tmp/cp-bench-pg-$$
  export CP_PG_ADMIN_PASSWORD=bench-$$ PGPASSWORD=bench-$$
  "$here/../../tests/support/pg-cluster" start "$own_cluster"
  CP_TEST_PG_SOCKET=$own_cluster/socket
fi
socket=$CP_TEST_PG_SOCKET
admin_pw=$PGPASSWORD
host=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$socket")
db=cp_bench_transfer_$$
user=bench_$$
psql -X -q -h "$socket" -U cp_admin -d postgres -c "CREATE DATABASE $db"
admin="postgresql://cp_admin@$host/$db"
"$app" server init "$admin" >/dev/null
"$app" server add-unit "$admin" 某省 --level province >/dev/null
"$app" server add-unit "$admin" 某市 --level prefecture --parent 某省 >/dev/null
"$app" server add-unit "$admin" 某县 --level county --parent 某市 >/dev/null
printf 'pw-%s\n' "$user" | "$app" server add-user "$admin" "$user" --unit 某县 --password-stdin >/dev/null
url="postgresql://$user@$host/$db"
export PGPASSWORD=pw-$user

"$app" demo "$work/f.campaign" --activities "$n" --seed 1 >/dev/null
if [ "$evidence_mb" -gt 0 ]; then
  head -c $((evidence_mb * 1048576)) /dev/urandom >"$work/video.mp4"
  uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$work/f.campaign")
  "$app" attach "$work/f.campaign" --activity "$uuid" "$work/video.mp4" >/dev/null
fi
echo "file: $n activities, evidence ${evidence_mb} MB, $(du -m "$work/f.campaign" | cut -f1) MB; server: $(psql -X -At -h "$socket" -U "$user" -d "$db" -c 'SHOW server_version')"

measure() { # label, then the command
  local label=$1; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt"
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  awk -v k="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v l="$load" -v a="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "%-14s wall %8s  client cpu %6.2f s  peak %5d MB  load %s → %s\n", k, w, u + s, r / 1024, l, a }'
}
measure "push (new)" "$app" push "$work/f.campaign" "$url"
measure "push (replace)" "$app" push "$work/f.campaign" "$url"
measure "pull" "$app" pull "$url" "$work/pulled.campaign"
"$app" check "$work/pulled.campaign" | grep -q ", $n activities" || { echo "bench_transfer: the pulled file is not whole"; exit 1; }
echo "on $(nproc) cores"
PGPASSWORD=$admin_pw psql -X -q -h "$socket" -U cp_admin -d postgres -c "DROP DATABASE $db"
