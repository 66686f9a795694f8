#!/usr/bin/env bash
# Disk full and read-only media: exports, Save As and imports onto a full disk (a file size limit on
# the one process, RLIMIT_FSIZE) or into a folder that cannot be written (another user's, as root:
# the command runs as nobody) leave the campaign file and the target folder exactly as they were, and
# say why in one line.
# Usage: storage_faults.sh PATH/TO/campaign-planner PATH/TO/crash_driver
set -u
app=$1
driver=$2
. "$(dirname "$0")/../e2e/harness.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
chmod 755 "$work"
# Every file in a folder with its checksum (names, bytes; the lock file a command takes goes again).
snapshot() { (cd "$1" && find . -print0 | sort -z | xargs -0 -I{} sh -c 'if [ -f "{}" ]; then sha256sum "{}"; else echo "{}/"; fi'); }
# "$@" with files limited to $1 KB: writing past that fails with EFBIG (SIGXFSZ ignored, as it is
# inherited across exec), as on a full disk.
full() { local kb=$1; shift; (trap '' XFSZ; ulimit -f "$kb"; exec "$@"); }
# "$@" as a user that may not write the target folder (as root: nobody; otherwise the folder is
# made read-only for us).
as_other() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/nonexistent "$@"
  else "$@"; fi
}
unchanged() { # what folder before
  [ "$(snapshot "$2")" = "$3" ] || fail "$1: the folder changed: $(diff <(echo "$3") <(snapshot "$2") | head -5)"
}
one_clear_line() { # what pattern
  [ "$(wc -l <"$work/err")" -eq 1 ] || fail "$1: not one line on stderr: $(cat "$work/err")"
  grep -qE "$2" "$work/err" || fail "$1: the reason is not clear: $(cat "$work/err")"
}

# The source file lives where every user may write it; the targets do not.
src=$work/src
mkdir -m 777 "$src"
expect_exit 0 "demo" "$app" demo "$src/a.campaign" --activities 300 --seed 21 --year 2021
uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$src/a.campaign")
head -c 300000 /dev/urandom >"$work/现场.mp4"
expect_exit 0 "attach" "$app" attach "$src/a.campaign" --activity "$uuid" "$work/现场.mp4"
chmod -R a+rwX "$src"
out=$work/out-folder
mkdir "$out"
printf 'an older export' >"$out/计划.pdf"

# Exports onto a full disk and into a read-only folder.
# The first package export records the file's unit identity in it, once; done here beforehand, every
# export below only reads the file.
expect_exit 0 "a first package export" "$app" export "$src/a.campaign" --kind package --out "$work/first.zip"
chmod -R a+rwX "$src"
for spec in "plan pdf 计划.pdf" "summary pdf 总结.pdf" "calendar ics 日历.ics" "package zip 包.zip" \
  "dashboard png 看板.png" "timeline pdf 时间线.pdf" "timeline png 时间线.png"; do
  set -- $spec
  kind=$1 fmt=$2 name=$3
  before_src=$(snapshot "$src") before=$(snapshot "$out")
  expect_exit 1 "export $kind onto a full disk" full 64 "$app" export "$src/a.campaign" --kind "$kind" --format "$fmt" --out "$out/$name"
  one_clear_line "export $kind onto a full disk" "(cannot be written|Cannot write|Could not write|could not be written).*(disk is full|File too large)"
  unchanged "export $kind onto a full disk" "$out" "$before"
  unchanged "export $kind onto a full disk (source)" "$src" "$before_src"
  chmod 555 "$out"
  expect_exit 1 "export $kind into a read-only folder" as_other "$app" export "$src/a.campaign" --kind "$kind" --format "$fmt" --out "$out/$name"
  one_clear_line "export $kind into a read-only folder" "cannot be written|could not be written|Permission denied"
  unchanged "export $kind into a read-only folder" "$out" "$before"
  unchanged "export $kind into a read-only folder (source)" "$src" "$before_src"
  chmod 755 "$out"
done

# Save As onto a full disk and into a read-only folder: no copy, no half media folder.
before_src=$(snapshot "$src") before=$(snapshot "$out")
expect_exit 1 "Save As onto a full disk" full 200 "$driver" saveas "$src/a.campaign" "$out/副本.campaign"
unchanged "Save As onto a full disk" "$out" "$before"
unchanged "Save As onto a full disk (source)" "$src" "$before_src"
chmod 555 "$out"
expect_exit 1 "Save As into a read-only folder" as_other "$driver" saveas "$src/a.campaign" "$out/副本.campaign"
unchanged "Save As into a read-only folder" "$out" "$before"
unchanged "Save As into a read-only folder (source)" "$src" "$before_src"
chmod 755 "$out"

# Imports into a file on a full disk: the package's evidence cannot be stored, the table's rows
# cannot be written; the file and its folder stay as they were.
expect_exit 0 "demo county" "$app" demo "$work/county.campaign" --activities 30 --seed 22 --year 2021
county_uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$work/county.campaign")
head -c 400000 /dev/urandom >"$work/视频.mp4"
expect_exit 0 "attach to county" "$app" attach "$work/county.campaign" --activity "$county_uuid" "$work/视频.mp4"
expect_exit 0 "export package" "$app" export "$work/county.campaign" --kind package --out "$work/包.zip"
python3 - "$work/plan.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("序号,活动名称,牵头单位,开始日期\n")
    for i in range(1, 3001):
        f.write(f"{i},质量开放日第{i}场（城区广场及各乡镇市场监管所联合开展的质量宣传咨询活动）,办公室,2021-09-{1 + i % 28:02d}\n")
PY
before=$(snapshot "$src")
expect_exit 1 "package import onto a full disk" full 320 "$app" import "$src/a.campaign" --from "$work/包.zip"
one_clear_line "package import onto a full disk" "cannot be|could not be|File too large|disk"
unchanged "package import onto a full disk" "$src" "$before"
expect_exit 1 "table import onto a full disk" full 320 "$app" import "$src/a.campaign" --from "$work/plan.csv" --campaign 2021
one_clear_line "table import onto a full disk" "cannot be|could not be|File too large|disk|full"
unchanged "table import onto a full disk" "$src" "$before"
# Into a file in a read-only folder: refused before anything is read into it.
chmod 555 "$src"
expect_exit 1 "package import into a read-only folder" as_other "$app" import "$src/a.campaign" --from "$work/包.zip"
one_clear_line "package import into a read-only folder" "read-only"
expect_exit 1 "table import into a read-only folder" as_other "$app" import "$src/a.campaign" --from "$work/plan.csv" --campaign 2021
one_clear_line "table import into a read-only folder" "read-only"
chmod 777 "$src"
unchanged "imports into a read-only folder" "$src" "$before"
expect_exit 0 "check" "$app" check "$src/a.campaign"

[ "$fails" -eq 0 ] && echo "storage_faults: all checks passed"
exit "$fails"
