#!/usr/bin/env bash
# Crash test: the program is killed with SIGKILL at random moments during an edit burst, a package
# import, an attach and a Save As; afterwards `check` must pass and every change that was reported
# committed must be in the file (all-or-nothing changes: all or nothing). Seeded: the seed is
# printed, and CP_CRASH_SEED=N replays a run.
# Usage: crash.sh PATH/TO/campaign-planner PATH/TO/crash_driver [ROUNDS]
set -u
app=$1
driver=$2
rounds=${3:-5}
. "$(dirname "$0")/../e2e/harness.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
seed=${CP_CRASH_SEED:-$(( $(date +%s%N) % 1000000007 ))}
echo "crash test seed $seed (replay with CP_CRASH_SEED=$seed)"
RANDOM=$((seed % 32768))
sql() { python3 -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone(); print(r[0] if r else '')" "$@"; }
now_ms() { date +%s%3N; }
random_ms() { echo $(( (RANDOM * 32768 + RANDOM) % ($1 + 1) )); }
# Runs "$@" in the background and kills it with SIGKILL after $1 ms (if it is still running).
kill_after() {
  local ms=$1; shift
  "$@" >"$work/killed.out" 2>"$work/killed.err" &
  local pid=$!
  sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}
fresh() { # copy a file and its media folder
  rm -rf "$2" "$2-media" "$2-wal" "$2-shm"
  cp "$1" "$2"
  [ -d "$1-media" ] && cp -a "$1-media" "$2-media"
  return 0
}
healthy() { # what file
  "$app" check "$2" >"$work/check.out" 2>&1 || fail "$1: check failed after the kill: $(cat "$work/check.out")"
}
timed() { # runs "$@" to the end and sets $span to how long it took in ms
  local t0; t0=$(now_ms)
  "$@" >/dev/null 2>"$work/timed.err" || fail "a run without a kill failed: $* ($(cat "$work/timed.err"))"
  span=$(( $(now_ms) - t0 ))
}
blob() { head -c "$2" /dev/urandom >"$1"; }

expect_exit 0 "demo" "$app" demo "$work/base.campaign" --activities 300 --seed 11 --year 2021
uuid=$(sql "$work/base.campaign" "select uuid from activity order by id limit 1")

# 1. An edit burst: every edit reported committed is in the file.
fresh "$work/base.campaign" "$work/e.campaign"
timed "$driver" edits "$work/e.campaign" 400
echo "edit burst: 400 edits in $span ms"
for round in $(seq 1 "$rounds"); do
  fresh "$work/base.campaign" "$work/e.campaign"
  at=$(random_ms "$span")
  kill_after "$at" "$driver" edits "$work/e.campaign" 400
  healthy "edit burst, killed at $at ms" "$work/e.campaign"
  python3 - "$work/e.campaign" "$work/killed.out" <<'PY' || fail "edit burst, killed at $at ms: a committed edit is missing"
import re, sqlite3, sys
last = {}
for line in open(sys.argv[2]):
    m = re.match(r"committed (\d+) (\d+)", line)
    if m:
        last[int(m.group(2))] = int(m.group(1))
db = sqlite3.connect(sys.argv[1])
for activity, k in last.items():
    title = db.execute("select title from activity where id = ?", (activity,)).fetchone()[0]
    m = re.match(r"编辑-(\d+)$", title)
    if not m or int(m.group(1)) < k:  # a later edit may have committed unreported, never an earlier one
        sys.exit(f"activity {activity}: reported edit {k}, file has {title!r}")
print(f"{len(last)} activities checked")
PY
done

# 2. A package import: the unit with all its activities and evidence, or nothing.
expect_exit 0 "demo county" "$app" demo "$work/county.campaign" --activities 40 --seed 12 --year 2021
county_uuid=$(sql "$work/county.campaign" "select uuid from activity order by id limit 1")
for i in 1 2 3 4 5 6; do blob "$work/现场$i.mp4" 3000000; done
expect_exit 0 "attach to county" "$app" attach "$work/county.campaign" --activity "$county_uuid" "$work"/现场*.mp4
expect_exit 0 "export package" "$app" export "$work/county.campaign" --kind package --out "$work/包.zip"
fresh "$work/base.campaign" "$work/u.campaign"
timed "$app" import "$work/u.campaign" --from "$work/包.zip"
echo "package import: $span ms"
for round in $(seq 1 "$rounds"); do
  fresh "$work/base.campaign" "$work/u.campaign"
  at=$(random_ms "$span")
  kill_after "$at" "$app" import "$work/u.campaign" --from "$work/包.zip"
  healthy "package import, killed at $at ms" "$work/u.campaign"
  state=$(sql "$work/u.campaign" "select (select count(*) from sub_unit) || ' ' || (select count(*) from sub_activity) || ' ' || (select count(*) from sub_evidence)")
  case $state in "0 0 0" | "1 40 6") ;; *) fail "package import, killed at $at ms: half an import ($state)" ;; esac
  expect_exit 0 "package import after the kill" "$app" import "$work/u.campaign" --from "$work/包.zip"
  healthy "package import, once more" "$work/u.campaign"
done

# 3. An attach: all the files' rows with their content, or none.
for i in 1 2 3 4 5 6; do blob "$work/新$i.mp4" 3000000; done # content the file does not hold yet
fresh "$work/base.campaign" "$work/a.campaign"
timed "$app" attach "$work/a.campaign" --activity "$uuid" "$work"/新*.mp4
echo "attach: $span ms"
for round in $(seq 1 "$rounds"); do
  fresh "$work/base.campaign" "$work/a.campaign"
  at=$(random_ms "$span")
  kill_after "$at" "$app" attach "$work/a.campaign" --activity "$uuid" "$work"/新*.mp4
  healthy "attach, killed at $at ms" "$work/a.campaign"
  rows=$(sql "$work/a.campaign" "select count(*) from attachment")
  case $rows in 0 | 6) ;; *) fail "attach, killed at $at ms: $rows of 6 rows" ;; esac
done

# 4. Save As over an older copy: the target is the old copy or the new one, whole, and the source
# is untouched. Onto /dev/shm where possible, another file system, so the evidence is really copied.
target_dir=$work
[ -d /dev/shm ] && [ -w /dev/shm ] && target_dir=$(mktemp -d /dev/shm/cp-crash-XXXXXX)
fresh "$work/county.campaign" "$work/s.campaign"
expect_exit 0 "an older copy" "$app" demo "$work/older.campaign" --activities 7 --seed 13 --year 2021
fresh "$work/older.campaign" "$target_dir/副本.campaign"
timed "$driver" saveas "$work/s.campaign" "$target_dir/副本.campaign"
echo "Save As: $span ms"
for round in $(seq 1 "$rounds"); do
  fresh "$work/older.campaign" "$target_dir/副本.campaign"
  at=$(random_ms "$span")
  kill_after "$at" "$driver" saveas "$work/s.campaign" "$target_dir/副本.campaign"
  healthy "Save As source, killed at $at ms" "$work/s.campaign"
  healthy "Save As target, killed at $at ms" "$target_dir/副本.campaign"
  n=$(sql "$target_dir/副本.campaign" "select count(*) from activity")
  case $n in 7 | 40) ;; *) fail "Save As, killed at $at ms: the target has $n activities" ;; esac
done
[ "$target_dir" != "$work" ] && rm -rf "$target_dir"

[ "$fails" -eq 0 ] && echo "crash: all checks passed"
exit "$fails"
