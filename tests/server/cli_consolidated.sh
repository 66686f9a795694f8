#!/usr/bin/env bash
# campaign-planner export postgresql://… --kind consolidated against the pg_cluster fixture, as a user
# sees it: the province's 汇总报告 read live from the server, written as PDF, XLSX, ODT and DOCX, read
# back with independent readers (pdftotext, openpyxl, python-docx, unzip), and the lines it prints.
#   cli_consolidated.sh CAMPAIGN_PLANNER
set -euo pipefail
source "$(dirname "$0")/cli_common.sh"
cp=$1
socket=${CP_TEST_PG_SOCKET:?run under the pg_cluster fixture}
host=$(urlencode "$socket")
db=cp_consolidated_$$
admin_pw=$PGPASSWORD
unset PGPASSWORD
psql_admin() { PGPASSWORD=$admin_pw psql -X -q -At -h "$socket" -U cp_admin -d "$1" -c "$2"; }
work=$(mktemp -d)
psql_admin postgres "CREATE DATABASE $db"
trap 'psql_admin postgres "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
admin="postgresql://cp_admin@$host/$db"
as_admin() { PGPASSWORD=$admin_pw "$cp" "$@"; }
as_admin server init "$admin" >/dev/null
add_hebei "$admin" 正定县 井陉县 赞皇县
sheng=sheng_$$ zd=zd_$$ jx=jx_$$
for u in "$sheng:河北省" "$zd:正定县" "$jx:井陉县"; do
  printf 'pw-%s\n' "${u%%:*}" | as_admin server add-user "$admin" "${u%%:*}" --unit "${u#*:}" --password-stdin >/dev/null
done
url() { echo "postgresql://$1@$host/$db"; }

# Each unit's file, named as its unit, pushed by its own user.
for u in "$zd:正定县:40:1" "$jx:井陉县:30:2" "$sheng:河北省:10:3"; do
  IFS=: read -r role unit n seed <<<"$u"
  f=$work/$unit.campaign
  "$cp" demo "$f" --activities "$n" --seed "$seed" --year 2021 >/dev/null
  /usr/bin/python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update unit_profile set name=?, region=?', (sys.argv[2], sys.argv[2])); c.commit()" "$f" "$unit"
  printf 'pw-%s\n' "$role" | "$cp" push "$f" "$(url "$role")" --password-stdin >/dev/null
done

for format in pdf xlsx odt docx; do
  out=$(printf 'pw-%s\n' "$sheng" | "$cp" export "$(url "$sheng")" --kind consolidated --format $format \
        --out "$work/汇总.$format" --password-stdin)
  expect "export $format" "$out" "^Wrote $work/汇总.$format$"
  expect "sources" "$out" "^河北省 2021: 2 unit(s) read live from the server, 0 from report packages$"
  expect "units without data" "$out" "^No data of 2021 yet (neither on the server nor in a package): 石家庄市、赞皇县$"
done

# CP_KEEP=DIR keeps the reports, to look at them.
[ -z "${CP_KEEP:-}" ] || { mkdir -p "$CP_KEEP" && cp "$work"/汇总.* "$CP_KEEP"/; }

# The PDF as a reader sees it: the units, their counts, the source.
pdftotext -layout "$work/汇总.pdf" "$work/汇总.txt"
text=$(tr '\n' ' ' <"$work/汇总.txt" | tr -s ' ') # lines joined: the subtitle wraps
expect "pdf title" "$text" "河北省"
expect "pdf subtitle" "$text" "units on the shared server: live"
expect "pdf unit" "$text" "正定县"
expect "pdf unit" "$text" "井陉县"
expect "pdf source" "$text" "live (server)"
expect "pdf overview" "$text" "2 subordinate"

# The workbook: one row per unit with its activity count, the total, and where each came from.
/usr/bin/python3 - "$work/汇总.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["By unit"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
header = next(r for r in rows if r and r[0] == "Unit")
assert header[2] == "Source", header
by = {r[0]: r for r in rows if r and r[0] in ("河北省", "正定县", "井陉县", "Total")}
assert by["河北省"][3] == 10 and by["正定县"][3] == 40 and by["井陉县"][3] == 30, by
assert by["Total"][3] == 80, by["Total"]
assert by["正定县"][2] == "live (server)" and by["河北省"][2] == "live (server)", by
lines = [r for r in wb["Activity list"].iter_rows(values_only=True) if r and r[0] in ("河北省", "正定县", "井陉县")]
assert len(lines) == 80, len(lines)
PY
/usr/bin/python3 -c "
import sys, docx
t = '\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs)
assert '河北省' in t and 'live' in t, t[:400]" "$work/汇总.docx"
unzip -p "$work/汇总.odt" content.xml | grep -q "井陉县"

# A prefecture with no data of its own but counties below it; a county gets only itself.
out=$(printf 'pw-%s\n' "$zd" | "$cp" export "$(url "$zd")" --kind consolidated --format pdf --out "$work/zd.pdf" --password-stdin)
expect "county" "$out" "^正定县 2021: 0 unit(s) read live from the server, 0 from report packages$"
# A wrong password is refused, nothing written.
if printf 'wrong\n' | "$cp" export "$(url "$sheng")" --kind consolidated --format pdf --out "$work/no.pdf" --password-stdin 2>"$work/err.txt"; then
  echo "FAIL: a wrong password was accepted" >&2; exit 1
fi
[ ! -e "$work/no.pdf" ] || { echo "FAIL: a refused export wrote a file" >&2; exit 1; }
echo "cli_consolidated: ok"
