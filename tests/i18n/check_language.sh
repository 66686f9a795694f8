#!/usr/bin/env bash
# The built program speaks the language of the locale: Chinese under zh_CN, English under en_US.
# usage: check_language.sh CAMPAIGN_PLANNER
set -u
bin=$1
fails=0
run() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG="$1" QT_QPA_PLATFORM=offscreen "${@:2}" 2>&1; }
expect() { # description, output, pattern
  if grep -q -- "$3" <<<"$2"; then echo "ok: $1"; else echo "FAIL: $1 — expected “$3” in:"; echo "$2"; fails=1; fi
}
expect "--help in Chinese" "$(run zh_CN.UTF-8 "$bin" --help)" "用法："
expect "--help in English" "$(run en_US.UTF-8 "$bin" --help)" "Usage:"
missing=/nonexistent-dir/none.campaign
expect "check error in Chinese" "$(run zh_CN.UTF-8 "$bin" check "$missing")" "文件不存在"
expect "check error in English" "$(run en_US.UTF-8 "$bin" check "$missing")" "file not found"
expect "export options in Chinese" "$(run zh_CN.UTF-8 "$bin" export --help)" "要读取的活动文件"
exit $fails
