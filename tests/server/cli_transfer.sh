#!/usr/bin/env bash
# campaign-planner push|pull against the pg_cluster fixture, as a user sees them: the one line each
# prints, the file pull writes (check passes, the program opens it), what the server holds read back
# with psql (an independent client), and the refusals. With "zh" as second argument only the lines
# under a Chinese locale are checked.
#   cli_transfer.sh CAMPAIGN_PLANNER [en|zh]
set -euo pipefail
source "$(dirname "$0")/cli_common.sh"
cp=$1
lang=${2:-en}
socket=${CP_TEST_PG_SOCKET:?run under the pg_cluster fixture}
host=$(urlencode "$socket")
db=cp_transfer_${lang}_$$
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

file=$work/正定县.campaign
"$cp" demo "$file" --activities 50 --seed 4 --year 2021 >/dev/null
uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$file")
printf '\x89PNG\r\n\x1a\n现场照片 %s' "$$" >"$work/现场.png"
"$cp" attach "$file" --activity "$uuid" "$work/现场.png" >/dev/null
sha=$(sha256sum "$work/现场.png" | cut -d' ' -f1)


if [ "$lang" = zh ]; then
  zh() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 "$@" 2>&1; }
  out=$(printf 'pw-%s\n' "$zd" | zh "$cp" push "$file" "$(url "$zd")" --password-stdin)
  expect "push in Chinese" "$out" "^已将 .*正定县.campaign 上传到 .*作为正定县的数据：1 个年度活动，50 项活动，1 个佐证材料（新上传 1 个，"
  out=$(printf 'pw-%s\n' "$zd" | zh "$cp" pull "$(url "$zd")" "$work/zh.campaign" --password-stdin)
  expect "pull in Chinese" "$out" "^已写入 .*zh.campaign（.*上正定县的数据）：1 个年度活动，50 项活动，1 个佐证材料"
  out=$(printf 'pw-%s\n' "$jx" | zh "$cp" pull "$(url "$jx")" "$work/zh2.campaign" --unit 正定县 --password-stdin || true)
  expect "refusal in Chinese" "$out" "用户 $jx 属于井陉县，无权读取正定县的数据"
  echo "cli_transfer zh: ok"
  exit 0
fi

# push: the password from PGPASSWORD (libpq's own), then from standard input.
out=$(PGPASSWORD=pw-$zd "$cp" push "$file" "$(url "$zd")")
expect "push line" "$out" "^Pushed $file to postgresql://$zd@$host:5432/$db as the data of 正定县: 1 campaign(s), 50 activities, 1 evidence file(s) (1 sent, [0-9.]* bytes) in [0-9.]* s$"
out=$(printf 'pw-%s\n' "$zd" | "$cp" push "$file" "$(url "$zd")" --password-stdin)
expect "second push sends no evidence again" "$out" "1 evidence file(s) (0 sent, 0 bytes)"
[ "$(psql_admin "$db" "SELECT count(*) FROM activity a JOIN unit u ON u.id = a.unit_id WHERE u.name = '正定县'")" = 50 ]
[ "$(psql_admin "$db" "SELECT sha256 || ' ' || encode(sha256(string_agg(bytes, ''::bytea ORDER BY seq)), 'hex') FROM evidence_chunk GROUP BY sha256")" = "$sha $sha" ]

# pull: a file check passes and the program opens, the evidence byte for byte.
pulled=$work/pulled.campaign
out=$(printf 'pw-%s\n' "$zd" | "$cp" pull "$(url "$zd")?sslmode=disable" "$pulled" --password-stdin)
expect "pull line" "$out" "^Wrote $pulled from the data of 正定县 on postgresql://$zd@$host:5432/$db: 1 campaign(s), 50 activities, 1 evidence file(s) ([0-9.]* bytes) in [0-9.]* s$"
out=$("$cp" check "$pulled")
expect "pulled file checks" "$out" ": ok, schema version [0-9]* (latest [0-9]*), 50 activities"
expect "pulled evidence checks" "$out" "1 evidence file(s) present and matching their checksums"
cmp "$work/现场.png" "$pulled-media/${sha:0:2}/$sha"
"$cp" "$pulled" --smoke >/dev/null 2>&1 || { echo "FAIL: the program does not open the pulled file" >&2; exit 1; }

expect_fail() { # expected exit code, a pattern of the message, then the command
  local want=$1 pattern=$2; shift 2
  set +e; out=$("$@" 2>&1 </dev/null); local got=$?; set -e
  [ "$got" = "$want" ] || { echo "FAIL: expected exit $want, got $got: $*" >&2; echo "$out" >&2; exit 1; }
  expect "$*" "$out" "$pattern"
}
state() { psql_admin "$db" "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM activity) t"; }
before=$(state)
stamp=$(stat -c %Y.%s "$pulled")
expect_fail 1 "already exists; pull never overwrites a file unless told to (--force)" \
  env PGPASSWORD=pw-$zd "$cp" pull "$(url "$zd")" "$pulled"
[ "$(stat -c %Y.%s "$pulled")" = "$stamp" ]
expect "pull --force" "$(PGPASSWORD=pw-$zd "$cp" pull "$(url "$zd")" "$pulled" --force)" "^Wrote $pulled"
expect "forced pull checks" "$("$cp" check "$pulled")" ": ok,"

# Rights: 井陉县 may neither write nor read 正定县; the prefecture reads it but may not write it.
expect_fail 1 "the user $jx belongs to 井陉县 and may not write the data of 正定县" \
  env PGPASSWORD=pw-$jx "$cp" push "$file" "$(url "$jx")" --unit 正定县
expect_fail 1 "the user $jx belongs to 井陉县 and may not read the data of 正定县" \
  env PGPASSWORD=pw-$jx "$cp" pull "$(url "$jx")" "$work/jx.campaign" --unit 正定县
[ ! -e "$work/jx.campaign" ]
expect_fail 1 "the user $sjz belongs to 石家庄市 and may not write the data of 正定县" \
  env PGPASSWORD=pw-$sjz "$cp" push "$file" "$(url "$sjz")" --unit 正定县
expect "the prefecture pulls its county" \
  "$(PGPASSWORD=pw-$sjz "$cp" pull "$(url "$sjz")" "$work/sjz.campaign" --unit 正定县)" "50 activities"
expect_fail 1 "has no campaign data on the server yet" env PGPASSWORD=pw-$sjz "$cp" pull "$(url "$sjz")" "$work/own.campaign"
expect_fail 1 "there is no unit 某县" env PGPASSWORD=pw-$zd "$cp" pull "$(url "$zd")" "$work/x.campaign" --unit 某县
[ "$(state)" = "$before" ]

# Bad input: a damaged evidence file (new to the server: content the server holds is not sent again),
# a password in the address, a wrong password, usage.
printf '\x89PNG\r\n\x1a\n另一张 %s' "$$" >"$work/另一张.png"
"$cp" attach "$file" --activity "$uuid" "$work/另一张.png" >/dev/null
sha2=$(sha256sum "$work/另一张.png" | cut -d' ' -f1)
printf 'changed' >>"$file-media/${sha2:0:2}/$sha2"
expect_fail 1 "nothing was changed on the server: the evidence file .* is damaged" \
  env PGPASSWORD=pw-$zd "$cp" push "$file" "$(url "$zd")"
[ "$(state)" = "$before" ]
expect_fail 2 "a password does not belong in the server address" "$cp" push "$file" "postgresql://$zd:secret@$host/$db"
expect_fail 2 "sslmode must be one of" "$cp" pull "$(url "$zd")?sslmode=maybe" "$work/y.campaign"
expect_fail 1 "cannot connect to" env PGPASSWORD=wrong "$cp" pull "$(url "$zd")" "$work/y.campaign"
expect_fail 2 "usage: campaign-planner push FILE" "$cp" push "$(url "$zd")"
expect_fail 2 "usage: campaign-planner pull" "$cp" pull "$work/y.campaign" "$(url "$zd")"
expect_fail 2 "usage: campaign-planner pull" "$cp" pull "$(url "$zd")" "$work/y.campaign" --frobnicate
[ ! -e "$work/y.campaign" ]
echo "cli_transfer: ok"
