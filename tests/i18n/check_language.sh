#!/usr/bin/env bash
# The built program speaks the language of the locale: Chinese under zh_CN, English under en_US, in
# every command and in its successes as much as its errors.
# usage: check_language.sh CAMPAIGN_PLANNER
set -u
bin=$1
fails=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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

# Every command's success, in both languages (one file per language: each run changes it).
for lang in zh en; do
  case $lang in zh) L=zh_CN.UTF-8 ;; en) L=en_US.UTF-8 ;; esac
  f="$work/$lang.campaign"
  out=$(run $L "$bin" demo "$f" --activities 5 --seed 1 --year 2021)
  [ $lang = zh ] && expect "demo in Chinese" "$out" "已创建" || expect "demo in English" "$out" "Created"
  out=$(run $L "$bin" check "$f")
  [ $lang = zh ] && expect "check in Chinese" "$out" "正常" || expect "check in English" "$out" ": ok,"
  out=$(run $L "$bin" export "$f" --kind plan --format pdf --out "$work/$lang.pdf")
  [ $lang = zh ] && expect "export in Chinese" "$out" "已写入" || expect "export in English" "$out" "Wrote"
  uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$f")
  printf '\x89PNG\r\n\x1a\nnot really' >"$work/现场.png"
  out=$(run $L "$bin" attach "$f" --activity "$uuid" "$work/现场.png")
  [ $lang = zh ] && expect "attach in Chinese" "$out" "已添加 现场.png" || expect "attach in English" "$out" "Attached 现场.png"
  out=$(run $L "$bin" export "$f" --kind package --out "$work/$lang.zip")
  [ $lang = zh ] && expect "package export in Chinese" "$out" "已写入" || expect "package export in English" "$out" "Wrote"
  run $L "$bin" demo "$work/upper-$lang.campaign" --activities 1 --year 2021 >/dev/null
  out=$(run $L "$bin" import "$work/upper-$lang.campaign" --from "$work/$lang.zip")
  if [ $lang = zh ]; then
    expect "package import in Chinese" "$out" "已导入"
    expect "package import figures in Chinese" "$out" "统计：共 5 项活动"
    expect "package import campaign in Chinese" "$out" "2021年度活动：5 项活动，1 个佐证材料"
  else
    expect "package import in English" "$out" "Imported"
    expect "package import figures in English" "$out" "Figures: 5 activities"
  fi
  printf '序号,活动名称,牵头单位\n1,质量开放日,办公室\n' >"$work/plan.csv"
  out=$(run $L "$bin" import "$f" --from "$work/plan.csv" --campaign 2021)
  [ $lang = zh ] && expect "table import in Chinese" "$out" "已导入 2021 年活动" || expect "table import in English" "$out" "Imported into 2021"
  out=$(run $L "$bin" new-campaign "$f" --year 2024)
  [ $lang = zh ] && expect "new-campaign in Chinese" "$out" "已将2024年度活动添加到" || expect "new-campaign in English" "$out" "Added the 2024 campaign"
done
exit $fails
