#!/usr/bin/env bash
# End-to-end: the installed-style binary with no display and no Qt environment, the way a province's
# IT staff script it on a server. Usage: cli.sh PATH/TO/campaign-planner
set -u
app=$1
. "$(dirname "$0")/harness.sh"

expect_exit 0 "--version" "$app" --version
grep -qE '^campaign-planner [0-9]+\.[0-9]+\.[0-9]+$' "$work/out" || fail "--version prints the version"
expect_exit 0 "--help" "$app" --help
grep -q "demo FILE" "$work/out" || fail "--help lists demo"

# demo → check → --smoke on 2 000 activities
# 2021: the year whose notice (slogans for the banner) is built in whole.
expect_exit 0 "demo" "$app" demo "$work/a.campaign" --activities 2000 --seed 7 --year 2021
expect_exit 0 "check" "$app" check "$work/a.campaign"
grep -q "schema version" "$work/out" || fail "check reports the schema version"
grep -q "2000 activities" "$work/out" || fail "check counts 2000 activities"
before=$(sha256sum "$work/a.campaign" | cut -d' ' -f1)
expect_exit 0 "--smoke" "$app" "$work/a.campaign" --smoke
grep -q "first paint" "$work/out" || fail "--smoke prints the first-paint time: $(cat "$work/out")"
# Opening a file never changes it.
after=$(sha256sum "$work/a.campaign" | cut -d' ' -f1)
[ "$before" = "$after" ] || fail "--smoke changed the file"

# The same seed makes the same activities.
expect_exit 0 "demo again" "$app" demo "$work/b.campaign" --activities 2000 --seed 7 --year 2021
q="SELECT group_concat(uuid || title || coalesce(start_date,''), '|') FROM (SELECT * FROM activity ORDER BY id)"
if command -v python3 >/dev/null; then
  a=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/a.campaign" "$q")
  b=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/b.campaign" "$q")
  [ "$a" = "$b" ] || fail "same seed, same activities"
fi

# Errors: one line on stderr, non-zero exit, nothing written.
expect_exit 1 "demo over an existing file" "$app" demo "$work/a.campaign" --activities 5
[ "$(sha256sum "$work/a.campaign" | cut -d' ' -f1)" = "$after" ] || fail "demo overwrote a file"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "one line on stderr: $(cat "$work/err")"
expect_exit 2 "demo bad count" "$app" demo "$work/c.campaign" --activities lots
[ ! -e "$work/c.campaign" ] || fail "a refused demo wrote a file"
printf 'not a database' >"$work/bad.campaign"
expect_exit 1 "check a text file" "$app" check "$work/bad.campaign"
grep -q "not a campaign file" "$work/err" || fail "check names the reason: $(cat "$work/err")"
expect_exit 1 "smoke a text file" "$app" "$work/bad.campaign" --smoke
[ "$(cat "$work/bad.campaign")" = "not a database" ] || fail "a refused file was changed"
expect_exit 1 "check a missing file" "$app" check "$work/missing.campaign"
expect_exit 2 "unknown option" "$app" --frobnicate
head -c 40000 "$work/a.campaign" >"$work/truncated.campaign"
expect_exit 1 "check a truncated file" "$app" check "$work/truncated.campaign"
grep -q "truncated" "$work/err" || fail "check says truncated: $(cat "$work/err")"

# A banner as PNG is one file per sheet; the command names every file it wrote.
expect_exit 0 "banner png" "$app" export "$work/a.campaign" --kind banner --format png --out "$work/横幅.png"
pages=$(ls "$work"/横幅-*.png 2>/dev/null | wc -l)
[ "$pages" -gt 1 ] || fail "a banner is several sheets ($pages)"
[ "$(grep -c '横幅-' "$work/out")" -eq "$pages" ] || fail "every sheet is named: $(cat "$work/out")"
[ ! -e "$work/横幅.png" ] || fail "no file under the plain name"

# The plan and the summary as Word documents, readable by python3-docx.
for kind in plan summary; do
  expect_exit 0 "$kind docx" "$app" export "$work/a.campaign" --kind "$kind" --format docx --out "$work/$kind.docx"
  /usr/bin/python3 - "$work/$kind.docx" <<'PY' || fail "$kind.docx reads back with python3-docx"
import sys, docx
d = docx.Document(sys.argv[1])
assert d.paragraphs[0].style.name == "Title" and "质量月" in d.paragraphs[0].text, d.paragraphs[0].text
assert d.tables and d.tables[0].rows[0]._tr.trPr is not None
assert round(d.sections[0].page_width.mm) == 210 and round(d.sections[0].top_margin.mm) == 37
PY
done

# 100 000 activities must work.
if [ "${CP_E2E_LARGE:-1}" = 1 ]; then
  expect_exit 0 "demo 100000" "$app" demo "$work/big.campaign" --activities 100000 --seed 1
  expect_exit 0 "check 100000" "$app" check "$work/big.campaign"
  grep -q "100000 activities" "$work/out" || fail "check counts 100000 activities"
  expect_exit 0 "smoke 100000" "$app" "$work/big.campaign" --smoke
fi

[ "$fails" -eq 0 ] && echo "cli: all checks passed"
exit "$fails"
