# Shared by the command-line end-to-end scripts (sourced, not run): a scratch folder removed on exit,
# a failure counter, and expect_exit, which keeps a command's stdout and stderr in $work/out and $work/err.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_exit() { # expected-code description command...
  local want=$1 what=$2; shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "$what: exit $got, expected $want ($(cat "$work/err"))"
}
