#!/usr/bin/env bash
# End-to-end: import FILE --from PLAN through the binary with no display — tables written by openpyxl,
# python-docx, LibreOffice and iconv; dry runs that write nothing; duplicates skipped, then updated;
# a subordinate unit's table; refusals that leave the file's bytes alone. Usage: cli_import.sh APP
set -u
app=$1
here=$(dirname "$0")
. "$here/../e2e/harness.sh"
py=/usr/bin/python3
sql() { $py -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$@"; }

$py "$here/make_inputs.py" "$work" || fail "write the inputs"
expect_exit 0 "demo" "$app" demo "$work/c.campaign" --activities 0 --seed 1
before=$(sha256sum "$work/c.campaign" | cut -d' ' -f1)

expect_exit 0 "dry run" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --dry-run
grep -q "活动安排表" "$work/out" || fail "the dry run names the sheet it chose: $(cat "$work/out")"
grep -q "4 行" "$work/out" || grep -q "4 rows" "$work/out" || fail "the dry run counts 4 rows: $(cat "$work/out")"
grep -q "县卫健局" "$work/out" || fail "the dry run lists the new department"
grep -q "待定" "$work/out" || fail "the dry run names the unreadable date"
[ "$(sha256sum "$work/c.campaign" | cut -d' ' -f1)" = "$before" ] || fail "a dry run leaves the file's bytes alone"

expect_exit 0 "import xlsx" "$app" import "$work/c.campaign" --from "$work/plan.xlsx"
[ "$(sql "$work/c.campaign" "select count(*) from activity")" = 4 ] || fail "4 activities imported"
[ "$(sql "$work/c.campaign" "select date_text from activity where title='质量知识进校园'")" = "9月中旬" ] ||
  fail "the plan's wording is kept"
[ "$(sql "$work/c.campaign" "select start_date from activity where title='计量器具免费检定'")" = "2021-09-16" ] ||
  fail "a date cell is read as its date"
[ -z "$(sql "$work/c.campaign" "select date_text from activity where title='计量器具免费检定'")" ] ||
  fail "a date cell keeps no wording of its own (the plan writes it from the date)"
[ "$(sql "$work/c.campaign" "select count(*) from department where name='县卫健局'")" = 1 ] ||
  fail "the unknown department is created"
[ "$(sql "$work/c.campaign" "select d.name from activity a join department d on d.id = a.lead_department_id where a.title='质量知识进校园'")" = "办公室" ] ||
  fail "the merged 牵头单位 cell applies to both rows"
# The campaign is over (2021), so the table's figures are what was achieved.
[ "$(sql "$work/c.campaign" "select actual from activity_figure f join activity a on a.id = f.activity_id join metric m on m.id = f.metric_id where a.title='质量月启动仪式' and m.name='发放宣传资料'")" = "1500.0" ] ||
  fail "the 余 figure lands in its metric"

expect_exit 1 "again: everything is there" "$app" import "$work/c.campaign" --from "$work/plan.xlsx"
expect_exit 0 "again with --update" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --update
[ "$(sql "$work/c.campaign" "select count(*) from activity")" = 4 ] || fail "--update adds nothing"

expect_exit 0 "demo 2" "$app" demo "$work/d.campaign" --activities 0 --seed 1
expect_exit 0 "import docx" "$app" import "$work/d.campaign" --from "$work/plan.docx"
[ "$(sql "$work/d.campaign" "select count(*) from activity")" = 4 ] || fail "4 activities from Word: $(cat "$work/out")"
[ "$(sql "$work/d.campaign" "select d.name from activity a join department d on d.id = a.lead_department_id where a.title='质量知识进校园'")" = "办公室" ] ||
  fail "the vertically merged Word cell applies to both rows"

iconv -f UTF-8 -t GB18030 "$work/plan-utf8.csv" >"$work/plan-gb18030.csv" || fail "iconv to GB18030"
iconv -f UTF-8 -t UTF-16 "$work/plan-utf8.csv" >"$work/plan-utf16.csv" || fail "iconv to UTF-16"
expect_exit 0 "import GB18030 csv" "$app" import "$work/d.campaign" --from "$work/plan-gb18030.csv"
grep -q "GB18030" "$work/out" || fail "the csv's encoding is named: $(cat "$work/out")"
[ "$(sql "$work/d.campaign" "select count(*) from activity where title='质量讲堂,第一期'")" = 1 ] ||
  fail "a quoted comma stays in the title"
[ "$(sql "$work/d.campaign" "select count(*) from activity where title='\"质量\"开放日'")" = 1 ] ||
  fail "doubled quotes are one quote"
expect_exit 0 "demo utf16" "$app" demo "$work/u.campaign" --activities 0 --seed 1
expect_exit 0 "import UTF-16 csv" "$app" import "$work/u.campaign" --from "$work/plan-utf16.csv"
[ "$(sql "$work/u.campaign" "select count(*) from activity")" = 3 ] || fail "3 activities from UTF-16: $(cat "$work/out")"

# LibreOffice's own formats and the old binary ones, converted from the openpyxl workbook.
if command -v soffice >/dev/null; then
  for fmt in ods xls; do
    HOME="$work/lo" soffice --headless -env:UserInstallation=file://"$work/lo" --convert-to $fmt --outdir "$work" \
      "$work/plan.xlsx" >/dev/null 2>&1 || fail "LibreOffice converts to $fmt"
    expect_exit 0 "demo $fmt" "$app" demo "$work/$fmt.campaign" --activities 0 --seed 1
    expect_exit 0 "import $fmt" "$app" import "$work/$fmt.campaign" --from "$work/plan.$fmt"
    [ "$(sql "$work/$fmt.campaign" "select count(*) from activity")" = 4 ] || fail "4 activities from .$fmt: $(cat "$work/out")"
  done
  # Word 97 (.doc), as WPS and old Word save it, written by LibreOffice from an HTML table.
  HOME="$work/lo" soffice --headless -env:UserInstallation=file://"$work/lo" --infilter="HTML (StarWriter)" \
    --convert-to doc --outdir "$work" "$work/plan.html" >/dev/null 2>&1 || fail "LibreOffice converts to doc"
  expect_exit 0 "demo doc" "$app" demo "$work/doc.campaign" --activities 0 --seed 1
  expect_exit 0 "import doc" "$app" import "$work/doc.campaign" --from "$work/plan.doc"
  [ "$(sql "$work/doc.campaign" "select count(*) from activity")" = 4 ] || fail "4 activities from .doc: $(cat "$work/out")"
  [ "$(sql "$work/doc.campaign" "select d.name from activity a join department d on d.id = a.lead_department_id where a.title='质量知识进校园'")" = "办公室" ] ||
    fail "the rowspan of the .doc's 牵头单位 applies to both rows"
else
  fail "LibreOffice (soffice) is needed for the .ods, .xls and .doc cases"
fi

expect_exit 0 "a unit's table" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --unit 青山县市场监督管理局
[ "$(sql "$work/c.campaign" "select count(*) from sub_activity")" = 4 ] || fail "the unit's 4 activities"
expect_exit 0 "the same unit again" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --unit 青山县市场监督管理局
[ "$(sql "$work/c.campaign" "select count(*) from sub_unit")" = 1 ] || fail "one unit, replaced"

# Refusals: one line on stderr, non-zero, the file untouched.
before=$(sha256sum "$work/c.campaign" | cut -d' ' -f1)
: >"$work/empty.xlsx"
head -c 5000 /dev/urandom >"$work/noise.docx"
printf 'a,b\n1,2\n' >"$work/noheader.csv"
for bad in empty.xlsx noise.docx noheader.csv missing.xlsx; do
  expect_exit 1 "refuse $bad" "$app" import "$work/c.campaign" --from "$work/$bad"
  [ "$(wc -l <"$work/err")" -ge 1 ] || fail "$bad: a reason on stderr"
done
[ "$(sha256sum "$work/c.campaign" | cut -d' ' -f1)" = "$before" ] || fail "refused imports leave the file alone"
expect_exit 1 "unknown campaign" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --campaign 1999
expect_exit 1 "unknown sheet" "$app" import "$work/c.campaign" --from "$work/plan.xlsx" --sheet 9

[ "$fails" -eq 0 ] || exit 1
echo "cli_import: all checks passed"
