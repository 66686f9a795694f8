#!/usr/bin/env bash
# End-to-end: what a script or a user in a shell meets besides the happy path. The command line
# prints only its own lines (also without XDG_RUNTIME_DIR); attach and import refuse a file a window
# has open; a second SQLite library is refused at start.
# Usage: cli_hardening.sh PATH/TO/campaign-planner PATH/TO/libfake_sqlite_version.so
set -u
app=$1
fake_sqlite=$2
. "$(dirname "$0")/harness.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset XDG_RUNTIME_DIR

expect_exit 0 "demo" "$app" demo "$work/a.campaign" --activities 20 --seed 5 --year 2021
uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$work/a.campaign")
printf '\x89PNG\r\n\x1a\nnot really' >"$work/现场.png"

# Every command, without XDG_RUNTIME_DIR: stderr stays empty on success.
quiet() { # description command...
  local what=$1; shift
  expect_exit 0 "$what" "$@"
  [ ! -s "$work/err" ] || fail "$what printed on stderr: $(cat "$work/err")"
}
quiet "check" "$app" check "$work/a.campaign"
quiet "attach" "$app" attach "$work/a.campaign" --activity "$uuid" "$work/现场.png"
for kind in plan summary dashboard calendar timeline poster; do
  case $kind in calendar) fmt=ics ;; dashboard) fmt=png ;; *) fmt=pdf ;; esac
  quiet "export $kind" "$app" export "$work/a.campaign" --kind "$kind" --format "$fmt" --out "$work/$kind.$fmt"
done
quiet "export package" "$app" export "$work/a.campaign" --kind package --out "$work/包.zip"
expect_exit 0 "demo upper" "$app" demo "$work/upper.campaign" --activities 2 --seed 6 --year 2021
quiet "import package" "$app" import "$work/upper.campaign" --from "$work/包.zip"
quiet "new-campaign" "$app" new-campaign "$work/a.campaign" --year 2024
printf '序号,活动名称,牵头单位\n1,质量开放日,办公室\n' >"$work/plan.csv"
quiet "import table" "$app" import "$work/a.campaign" --from "$work/plan.csv" --campaign 2021
quiet "--help" "$app" --help
quiet "--version" "$app" --version

# A window has the file open (the program itself, offscreen): attach and import refuse with one line
# and change nothing; once the window is gone they work.
"$app" "$work/upper.campaign" >/dev/null 2>&1 &
window=$!
for _ in $(seq 1 100); do [ -e "$work/.upper.campaign.lock" ] && break; sleep 0.1; done
[ -e "$work/.upper.campaign.lock" ] || fail "the window took no lock"
before=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select count(*) from attachment').fetchone()[0], c.execute('select count(*) from sub_unit').fetchone()[0])" "$work/upper.campaign")
uuid_upper=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$work/upper.campaign")
media_before=$(find "$work/upper.campaign-media" -type f 2>/dev/null | sort | sha256sum)
expect_exit 1 "attach while a window has the file" "$app" attach "$work/upper.campaign" --activity "$uuid_upper" "$work/现场.png"
grep -q "already open" "$work/err" || fail "attach names the reason: $(cat "$work/err")"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "attach refusal is one line: $(cat "$work/err")"
expect_exit 1 "import while a window has the file" "$app" import "$work/upper.campaign" --from "$work/包.zip"
grep -q "already open" "$work/err" || fail "import names the reason: $(cat "$work/err")"
expect_exit 1 "table import while a window has the file" "$app" import "$work/upper.campaign" --from "$work/plan.csv"
grep -q "already open" "$work/err" || fail "table import names the reason: $(cat "$work/err")"
kill -TERM "$window"; wait "$window" 2>/dev/null
after=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select count(*) from attachment').fetchone()[0], c.execute('select count(*) from sub_unit').fetchone()[0])" "$work/upper.campaign")
[ "$before" = "$after" ] || fail "a refused command changed the rows ($before → $after)"
[ "$(find "$work/upper.campaign-media" -type f 2>/dev/null | sort | sha256sum)" = "$media_before" ] \
  || fail "a refused command changed the media folder"
expect_exit 0 "attach once the window is gone" "$app" attach "$work/upper.campaign" --activity "$uuid_upper" "$work/现场.png"
expect_exit 0 "check" "$app" check "$work/upper.campaign"

# Two SQLite libraries: refused before the file is touched.
digest=$(sha256sum "$work/a.campaign" | cut -d' ' -f1)
ASAN_OPTIONS=${ASAN_OPTIONS:-}:verify_asan_link_order=0 LD_PRELOAD=$fake_sqlite \
  expect_exit 1 "a second SQLite library" "$app" attach "$work/a.campaign" --activity "$uuid" "$work/现场.png"
grep -q "two SQLite libraries" "$work/err" || fail "the refusal says why: $(cat "$work/err")"
[ "$(sha256sum "$work/a.campaign" | cut -d' ' -f1)" = "$digest" ] || fail "the refused file changed"
ASAN_OPTIONS=${ASAN_OPTIONS:-}:verify_asan_link_order=0 LD_PRELOAD=$fake_sqlite \
  expect_exit 1 "a second SQLite library, new file" "$app" demo "$work/never.campaign" --activities 1
[ ! -e "$work/never.campaign" ] || fail "a file was made with two SQLite libraries"

[ "$fails" -eq 0 ] && echo "cli_hardening: all checks passed"
exit "$fails"
