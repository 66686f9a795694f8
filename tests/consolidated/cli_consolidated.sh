#!/usr/bin/env bash
# End-to-end: a county's package imported into a city's file, then export --kind consolidated in all
# four formats through the binary with no display. Usage: cli_consolidated.sh PATH/TO/campaign-planner
set -u
app=$1
. "$(dirname "$0")/../e2e/harness.sh"

expect_exit 0 "demo county" "$app" demo "$work/county.campaign" --activities 30 --seed 3
expect_exit 0 "demo city" "$app" demo "$work/city.campaign" --activities 5 --seed 4
expect_exit 0 "export package" "$app" export "$work/county.campaign" --kind package --out "$work/包.zip"
expect_exit 0 "import" "$app" import "$work/city.campaign" --from "$work/包.zip"

for format in pdf xlsx odt docx; do
  expect_exit 0 "consolidated $format" "$app" export "$work/city.campaign" --kind consolidated \
    --format "$format" --out "$work/汇总.$format"
  [ -s "$work/汇总.$format" ] || fail "consolidated $format was written"
done
# --format decides, whatever the name says.
expect_exit 0 "consolidated xlsx named .dat" "$app" export "$work/city.campaign" --kind consolidated \
  --format xlsx --out "$work/汇总.dat"
python=/usr/bin/python3; [ -x "$python" ] || python=python3 # Debian's, with python3-openpyxl
"$python" - "$work/汇总.xlsx" "$work/汇总.dat" <<'PY' || fail "the workbook has the city, the county and their total"
import sys, openpyxl
for path in sys.argv[1:]:
    ws = openpyxl.load_workbook(open(path, "rb")).worksheets[0]  # a file: .dat is refused by name
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 4, rows  # header, the city, the county, the total
    assert [r[3] for r in rows[1:]] == [5, 30, 35], rows
PY
pdftotext "$work/汇总.pdf" - | grep -q "35" || fail "the PDF shows the total"
unzip -p "$work/汇总.odt" content.xml | grep -q "35" || fail "the ODT shows the total"
"$python" - "$work/汇总.docx" <<'PY' || fail "the .docx has the roll-up with the city, the county and their total"
import sys, docx
table = docx.Document(sys.argv[1]).tables[0]
assert len(table.rows) == 4, len(table.rows)  # header, the city, the county, the total
assert "35" in [c.text for c in table.rows[3].cells], [c.text for c in table.rows[3].cells]
PY

expect_exit 1 "consolidated into a missing folder" "$app" export "$work/city.campaign" --kind consolidated \
  --format pdf --out "$work/missing/汇总.pdf"
[ "$(grep -c '^campaign-planner:' "$work/err")" -eq 1 ] || fail "a failed export says one line: $(cat "$work/err")"
grep -q "missing/汇总.pdf" "$work/err" || fail "the error names the file: $(cat "$work/err")"
[ ! -e "$work/missing" ] || fail "a failed export leaves nothing"
expect_exit 2 "consolidated as rtf" "$app" export "$work/city.campaign" --kind consolidated \
  --format rtf --out "$work/汇总.rtf"
[ ! -e "$work/汇总.rtf" ] || fail "a refused format writes nothing"

[ "$fails" -eq 0 ] && echo "all consolidated CLI checks passed"
exit "$fails"
