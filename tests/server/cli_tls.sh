#!/usr/bin/env bash
# TLS passed through: a cluster of its own that accepts TCP connections only over TLS (pg-cluster with
# CP_PG_TLS_PORT), and the program's push, pull and check over it with sslmode and sslrootcert in
# the address. verify-full with the cluster's certificate as root connects; without encryption the
# server turns the program away, and without the root certificate the program refuses the server.
# The server's own view (pg_stat_ssl) confirms the connection was encrypted.
#   cli_tls.sh CAMPAIGN_PLANNER PG_CLUSTER_SCRIPT
set -euo pipefail
source "$(dirname "$0")/cli_common.sh"
cp=$1
cluster=$2
dir=$(mktemp -d /tmp/cp-pgtls-XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
admin_pw=tls-$$
work=$(mktemp -d)
trap '"$cluster" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$work" "$dir"' EXIT
CP_PG_ADMIN_PASSWORD=$admin_pw CP_PG_TLS_PORT=$port "$cluster" start "$dir"
unset PGPASSWORD PGUSER PGHOST PGSSLMODE PGSSLROOTCERT
# No ~/.postgresql/root.crt may stand in for the address's sslrootcert.
export HOME=$work
root=$dir/server.crt
tls="sslmode=verify-full&sslrootcert=$(urlencode "$root")"

admin="postgresql://cp_admin@localhost:$port/postgres?$tls"
as_admin() { PGPASSWORD=$admin_pw "$cp" "$@"; }
as_admin server init "$admin" >/dev/null
add_hebei "$admin" 正定县
printf 'pw-zd\n' | as_admin server add-user "$admin" zd --unit 正定县 --password-stdin >/dev/null

file=$work/正定县.campaign
"$cp" demo "$file" --activities 30 --seed 5 --year 2021 >/dev/null
zd="postgresql://zd@localhost:$port/postgres"
out=$(printf 'pw-zd\n' | "$cp" push "$file" "$zd?$tls" --password-stdin)
expect "push over TLS" "$out" "^Pushed .* as the data of 正定县: 1 campaign(s), 30 activities"
out=$(printf 'pw-zd\n' | "$cp" pull "$zd?sslmode=require" "$work/pulled.campaign" --password-stdin)
expect "pull over TLS" "$out" "30 activities"
out=$(PGPASSWORD=pw-zd "$cp" check "$zd?$tls")
expect "check over TLS" "$out" "30 activities"

# Without encryption the server refuses; without the root certificate the program refuses the server.
if out=$(PGPASSWORD=pw-zd "$cp" check "$zd?sslmode=disable" 2>&1); then
  echo "FAIL: a connection without TLS was accepted: $out" >&2; exit 1
fi
expect "plain TCP refused" "$out" "no encryption"
if out=$(PGPASSWORD=pw-zd "$cp" check "$zd?sslmode=verify-full" 2>&1); then
  echo "FAIL: verify-full without a root certificate connected: $out" >&2; exit 1
fi
expect "unverified server refused" "$out" "root certificate"

# The server saw TLS: a session kept open by psql over the same kind of address says so.
ssl=$(PGPASSWORD=pw-zd psql -X -At "host=localhost port=$port dbname=postgres user=zd sslmode=verify-full sslrootcert=$root" \
  -c "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
[ "$ssl" = t ] || { echo "FAIL: pg_stat_ssl says ssl=$ssl" >&2; exit 1; }
echo "cli_tls: ok"
