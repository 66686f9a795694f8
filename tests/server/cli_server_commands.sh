#!/usr/bin/env bash
# check, export, import, attach and demo given a server address instead of a FILE, against the
# pg_cluster fixture, as a user runs them: their lines name the address, the exports read back with
# independent readers (pdftotext, openpyxl), what imports and attach write is read back with psql, and
# the refusals (a filled unit for demo, a county reading another, a bad address). With "zh" as second
# argument only the lines under a Chinese locale are checked.
#   cli_server_commands.sh CAMPAIGN_PLANNER [en|zh]
set -euo pipefail
source "$(dirname "$0")/cli_common.sh"
cp=$1
lang=${2:-en}
socket=${CP_TEST_PG_SOCKET:?run under the pg_cluster fixture}
host=$(urlencode "$socket")
db=cp_commands_${lang}_$$
admin_pw=$PGPASSWORD
unset PGPASSWORD
psql_admin() { PGPASSWORD=$admin_pw psql -X -q -At -h "$socket" -U cp_admin -d "$1" -c "$2"; }
work=$(mktemp -d)
psql_admin postgres "CREATE DATABASE $db"
trap 'psql_admin postgres "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
admin="postgresql://cp_admin@$host/$db"
as_admin() { PGPASSWORD=$admin_pw "$cp" "$@"; }
as_admin server init "$admin" >/dev/null
add_hebei "$admin" 正定县 井陉县
zd=zd_$$ jx=jx_$$ sjz=sjz_$$
for u in "$zd:正定县" "$jx:井陉县" "$sjz:石家庄市"; do
  printf 'pw-%s\n' "${u%%:*}" | as_admin server add-user "$admin" "${u%%:*}" --unit "${u#*:}" --password-stdin >/dev/null
done
url() { echo "postgresql://$1@$host/$db"; }
shown() { echo "postgresql://$1@$host:5432/$db"; }
as() { local user=$1; shift; PGPASSWORD=pw-$user "$@"; }
count() { psql_admin "$db" "SELECT count(*) FROM activity a JOIN unit u ON u.id = a.unit_id WHERE u.name = '$1'$2"; }
refused() { # description, expected exit code, command…
  local what=$1 code=$2; shift 2
  set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  [ "$got" = "$code" ] || { echo "FAIL: $what — exit $got, expected $code" >&2; cat "$work/err" >&2; exit 1; }
}

if [ "$lang" = zh ]; then
  zh() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 "$@" 2>&1; }
  out=$(as "$zd" zh "$cp" demo "$(url "$zd")" --activities 20 --seed 2 --year 2021)
  expect "demo in Chinese" "$out" "已将 20 项活动写入 $(shown "$zd")（正定县）"
  out=$(as "$zd" zh "$cp" check "$(url "$zd")")
  expect "check in Chinese" "$out" "^$(shown "$zd")：正常"
  printf '序号,活动名称,牵头单位,时间\n1,计量惠民进社区,办公室,9月18日\n' >"$work/plan.csv"
  out=$(as "$zd" zh "$cp" import "$(url "$zd")" --from "$work/plan.csv" --campaign 2021)
  expect "import in Chinese" "$out" "已将修改写入 $(shown "$zd")（正定县）：新增 1 项活动"
  out=$(as "$zd" zh "$cp" demo "$(url "$zd")" --activities 5 || true)
  expect "demo refusal in Chinese" "$out" "只能填充没有活动的单位"
  echo "cli_server_commands zh: ok"
  exit 0
fi

# demo fills an empty unit, then refuses a filled one.
out=$(as "$zd" "$cp" demo "$(url "$zd")" --activities 40 --seed 3 --year 2021)
expect "demo line" "$out" "^Wrote 40 activities into $(shown "$zd") (正定县)$"
[ "$(count 正定县 '')" = 40 ]
refused "demo on a filled unit" 1 as "$zd" "$cp" demo "$(url "$zd")" --activities 5
expect "demo refusal" "$(cat "$work/err")" "already holds 40 activities of 正定县"

# check names the address, never the local copy.
out=$(as "$zd" "$cp" check "$(url "$zd")")
expect "check line" "$out" "^$(shown "$zd"): ok, .* 40 activities$"
grep -q "/tmp\|copy.campaign" <<<"$out" && { echo "FAIL: check names its local copy: $out" >&2; exit 1; }

# exports read back by independent readers.
title=$(psql_admin "$db" "SELECT title FROM activity ORDER BY id LIMIT 1")
as "$zd" "$cp" export "$(url "$zd")" --kind plan --format pdf --out "$work/plan.pdf" >/dev/null
pdftotext "$work/plan.pdf" - | tr -d '\n' | grep -q "实施方案" || { echo "FAIL: plan PDF text" >&2; exit 1; }
as "$zd" "$cp" export "$(url "$zd")" --kind plan --format xlsx --out "$work/plan.xlsx" >/dev/null
/usr/bin/python3 - "$work/plan.xlsx" "$title" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None}
assert sys.argv[2] in cells, "the plan workbook lacks " + sys.argv[2]
PY
as "$zd" "$cp" export "$(url "$zd")" --kind summary --format docx --out "$work/summary.docx" >/dev/null
/usr/bin/python3 -c "import docx,sys; t='\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs); assert '基本情况' in t" "$work/summary.docx"
# The prefecture reads a county it may read, by --unit; the neighbour county may not.
as "$sjz" "$cp" export "$(url "$sjz")" --unit 正定县 --kind plan --format csv --out "$work/zd.csv" >/dev/null
grep -q "$title" "$work/zd.csv"
refused "a county reads another" 1 as "$jx" "$cp" check "$(url "$jx")" --unit 正定县
expect "read refusal" "$(cat "$work/err")" "may not read the data of 正定县"

# import of a plan table (csv by printf, xlsx by openpyxl): only the new rows reach the server.
before=$(psql_admin "$db" "SELECT count(*) FROM activity_change")
printf '序号,活动名称,牵头单位,时间\n1,计量惠民进社区,办公室,9月18日\n2,质量开放日,办公室,9月20日\n' >"$work/plan.csv"
out=$(as "$zd" "$cp" import "$(url "$zd")" --from "$work/plan.csv" --campaign 2021)
expect "import line" "$out" "^Wrote the changes to $(shown "$zd") (正定县): 2 activities added, 0 changed, 0 removed"
[ "$(count 正定县 " AND a.title IN ('计量惠民进社区', '质量开放日')")" = 2 ]
[ "$(psql_admin "$db" "SELECT count(*) FROM activity_change WHERE kind = 'insert' AND id > 0")" -ge 42 ]
[ "$(psql_admin "$db" "SELECT count(*) FROM activity_change WHERE kind <> 'insert' AND id > $before")" = 0 ] ||
  { echo "FAIL: the import recorded more than its inserts" >&2; exit 1; }
/usr/bin/python3 - "$work/plan.xlsx2.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["序号", "活动名称", "牵头单位", "时间"]); ws.append([1, "标准化服务进企业", "办公室", "9月25日"])
wb.save(sys.argv[1])
PY
out=$(as "$zd" "$cp" import "$(url "$zd")" --from "$work/plan.xlsx2.xlsx" --campaign 2021)
expect "xlsx import line" "$out" "1 activities added"

# attach sends the evidence bytes; they come back equal through pull.
uuid=$(psql_admin "$db" "SELECT uuid FROM activity ORDER BY id LIMIT 1")
printf '\x89PNG\r\n\x1a\n现场 %s' "$$" >"$work/现场.png"
out=$(as "$zd" "$cp" attach "$(url "$zd")" --activity "$uuid" "$work/现场.png")
expect "attach line" "$out" "1 evidence file(s) sent"
sha=$(sha256sum "$work/现场.png" | cut -d' ' -f1)
[ "$(psql_admin "$db" "SELECT count(*) FROM evidence_blob WHERE sha256 = '$sha'")" = 1 ]
as "$zd" "$cp" pull "$(url "$zd")" "$work/back.campaign" >/dev/null
find "$work/back.campaign-media" -type f -exec sha256sum {} + | grep -q "$sha"

# A package import over the address, from a county's package made offline, into the prefecture
# (whose own plan is on the server first).
as "$sjz" "$cp" demo "$(url "$sjz")" --activities 3 --seed 1 --year 2021 >/dev/null
"$cp" demo "$work/up.campaign" --activities 12 --seed 9 --year 2021 >/dev/null
"$cp" export "$work/up.campaign" --kind package --out "$work/up.zip" >/dev/null
out=$(as "$sjz" "$cp" import "$(url "$sjz")" --from "$work/up.zip")
expect "package import line" "$out" "Wrote the changes to $(shown "$sjz") (石家庄市)"
[ "$(psql_admin "$db" "SELECT count(*) FROM sub_activity s JOIN unit u ON u.id = s.unit_id WHERE u.name = '石家庄市'")" = 12 ]

# Bad addresses are usage errors; a wrong password is refused.
refused "password in the address" 2 "$cp" check "postgresql://$zd:secret@$host/$db"
refused "wrong password" 1 env PGPASSWORD=wrong "$cp" check "$(url "$zd")"
echo "cli_server_commands: ok"
