# Sourced by the cli_*.sh scripts in tests/server: checking the program's lines and setting up a
# server's units. The script defines as_admin (the program run as the administrator) before add_hebei.

# expect DESCRIPTION OUTPUT PATTERN: OUTPUT holds PATTERN (grep), or the script stops saying so.
expect() {
  grep -q -- "$3" <<<"$2" || { echo "FAIL: $1 — expected “$3” in:" >&2; echo "$2" >&2; exit 1; }
}

# urlencode TEXT: TEXT as one percent-encoded part of an address (a socket folder, a file's path).
urlencode() {
  python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
}

# add_hebei ADMIN_ADDRESS COUNTY…: 河北省, 石家庄市 below it and the counties below that.
add_hebei() {
  local admin=$1
  shift
  as_admin server add-unit "$admin" 河北省 --level province >/dev/null
  as_admin server add-unit "$admin" 石家庄市 --level prefecture --parent 河北省 >/dev/null
  local county
  for county in "$@"; do
    as_admin server add-unit "$admin" "$county" --level county --parent 石家庄市 >/dev/null
  done
}
