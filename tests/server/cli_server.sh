#!/usr/bin/env bash
# campaign-planner server init|add-unit|add-user against the pg_cluster fixture, checked with psql
# (an independent client): the schema, the units, a user who logs in with the password given on
# stdin, and the refusals (password in the address, unknown level, county without a parent).
set -euo pipefail
cp=$1
socket=${CP_TEST_PG_SOCKET:?run under the pg_cluster fixture}
host=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$socket")
db=cp_cli_$$
url="postgresql://cp_admin@$host/$db"
psql_admin() { psql -X -q -At -h "$socket" -U cp_admin -d "$1" -c "$2"; }
psql_admin postgres "CREATE DATABASE $db"
trap 'psql_admin postgres "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

"$cp" server init "$url" | grep -q "^postgresql://cp_admin@$host:5432/$db: ready, schema version 4$"
"$cp" server init "$url" | grep -q "schema version 4" # a second init is harmless
[ "$(psql_admin "$db" "SELECT value FROM cp_meta WHERE key = 'application'")" = campaign-planner ]

"$cp" server add-unit "$url" 河北省 --level province
"$cp" server add-unit "$url" 石家庄市 --level prefecture --parent 河北省
"$cp" server add-unit "$url" 正定县 --level county --parent 石家庄市
[ "$(psql_admin "$db" "SELECT string_agg(name || ':' || level, ',' ORDER BY id) FROM unit")" = \
  "河北省:province,石家庄市:prefecture,正定县:county" ]

user=zd_$$
printf 'pa ss-%s\n' "$$" | "$cp" server add-user "$url" "$user" --unit 正定县 --password-stdin | grep -q "$user"
# The user logs in with that password (scram-sha-256 on the socket) and sees its unit.
[ "$(PGPASSWORD="pa ss-$$" psql -X -At -h "$socket" -U "$user" -d "$db" -c 'SELECT cp_my_unit()')" = \
  "$(psql_admin "$db" "SELECT id FROM unit WHERE name = '正定县'")" ]
if PGPASSWORD=wrong psql -X -At -h "$socket" -U "$user" -d "$db" -c 'SELECT 1' >/dev/null 2>&1; then
  echo "a wrong password was accepted" >&2; exit 1
fi
# Only the verifier is stored.
psql_admin postgres "SELECT rolpassword FROM pg_authid WHERE rolname = '$user'" | grep -q '^SCRAM-SHA-256\$4096:'

expect_fail() { # expected exit code, then the command
  local want=$1; shift
  set +e; "$@" >/tmp/cli_server_$$.out 2>&1; local got=$?; set -e
  if [ "$got" != "$want" ]; then echo "expected exit $want, got $got: $*" >&2; cat /tmp/cli_server_$$.out >&2; exit 1; fi
  grep -q . /tmp/cli_server_$$.out || { echo "no message: $*" >&2; exit 1; }
  rm -f /tmp/cli_server_$$.out
}
expect_fail 2 "$cp" server init "postgresql://cp_admin:secret@$host/$db"
expect_fail 2 "$cp" server init /tmp/some.campaign
expect_fail 1 "$cp" server add-unit "$url" 某县 --level town --parent 石家庄市
expect_fail 1 "$cp" server add-unit "$url" 某县 --level town
expect_fail 1 "$cp" server add-unit "$url" 某县 --level county
expect_fail 1 "$cp" server add-user "$url" "$user" --unit 正定县
expect_fail 2 "$cp" server add-user "$url" other_$$ --unit 正定县 --password-stdin </dev/null
expect_fail 1 "$cp" server add-unit "postgresql://cp_admin@$host/postgres" 某县 --level province
[ "$(psql_admin "$db" "SELECT count(*) FROM unit")" = 3 ]
echo "cli_server: ok"
