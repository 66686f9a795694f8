#!/usr/bin/env bash
# new-campaign FILE --from-notice: field lines, the campaign written (or not, on a dry run or bad input).
app=$1
data=$(dirname "$0")/data
. "$(dirname "$0")/../e2e/harness.sh"
file=$work/new.campaign

expect_exit 0 "dry run of the 2021 notice" "$app" new-campaign "$file" --from-notice "$data/2021-national-notice.txt" --dry-run
for line in "year: 2021" "document-number: 国市监质发〔2021〕51号" "issuing-body: 市场监管总局等20个部门" \
  "body-count: 20" "theme: 深入实施质量提升行动 大力推进质量强国建设" "month: 2021-09" "issued-on: 2021-08-20" \
  "recipient: 市场监管总局（质量发展局）"; do
  grep -qxF "$line" "$work/out" || fail "dry run prints '$line'"
done
[ "$(grep -c '^pillar: ' "$work/out")" -eq 5 ] || fail "dry run prints five pillars"
[ ! -e "$file" ] || fail "a dry run writes nothing, not even FILE"
[ -z "$(ls -A "$work" | grep -v '^out$\|^err$')" ] || fail "a dry run leaves no files: $(ls "$work")"

expect_exit 0 "create from the 2023 repost" "$app" new-campaign "$file" --from-notice "$data/2023-national-notice-excerpt.txt"
expect_exit 0 "the new file is healthy" "$app" check "$file"
expect_exit 0 "add the 2022 traditional copy" "$app" new-campaign "$file" --from-notice "$data/2022-national-notice-excerpt.txt"
grep -qxF "theme: 推动质量变革创新 促进质量强国建设" "$work/out" || fail "traditional copy read as simplified"
before=$(sha256sum "$file" | cut -d' ' -f1)
expect_exit 1 "the same year twice is refused" "$app" new-campaign "$file" --from-notice "$data/2022-national-notice-excerpt.txt"
grep -q "2022" "$work/err" || fail "refusal names the year: $(cat "$work/err")"
[ "$(sha256sum "$file" | cut -d' ' -f1)" = "$before" ] || fail "a refused notice leaves the file as it was"

printf '会议纪要\n一、会议议题\n讨论食堂菜单。\n' >"$work/random.txt"
expect_exit 1 "a random document is refused" "$app" new-campaign "$work/other.campaign" --from-notice "$work/random.txt"
grep -q "not a Quality Month notice" "$work/err" || fail "random document message: $(cat "$work/err")"
printf '关于开展2024年全国“质量月”活动的通知\n市场监管总局等27个部门定于2024年9月联合开展全国“质量月”活动。\n' >"$work/notheme.txt"
expect_exit 1 "a notice without a theme is refused" "$app" new-campaign "$work/other.campaign" --from-notice "$work/notheme.txt"
grep -q "no theme" "$work/err" || fail "no-theme message: $(cat "$work/err")"
[ ! -e "$work/other.campaign" ] || fail "refused input writes no file"

# A provincial notice of a year the file has goes next to its national notice.
printf '河北省市场监督管理局关于开展2022年全省“质量月”活动的通知\n冀市监质〔2022〕8号\n一、活动主题\n推动质量变革创新 促进质量强省建设\n' >"$work/province.txt"
expect_exit 0 "a provincial notice" "$app" new-campaign "$file" --from-notice "$work/province.txt"
grep -qxF "level: provincial" "$work/out" || fail "provincial level printed"
grep -q "local notice" "$work/out" || fail "stored as the local notice: $(cat "$work/out")"
expect_exit 0 "plan cites both notices" "$app" export "$file" --kind plan --format pdf --out "$work/plan.pdf" --campaign 2022
if command -v pdftotext >/dev/null; then
  pdftotext "$work/plan.pdf" - | tr -d ' \n' >"$work/plan.txt"
  grep -qF '按照市场监管总局等21个部门《关于开展2022年全国“质量月”活动的通知》（国市监质发〔2022〕76号）和河北省市场监督管理局《关于开展2022年全省“质量月”活动的通知》（冀市监质〔2022〕8号）精神' "$work/plan.txt" ||
    fail "plan opening sentence: $(head -c 400 "$work/plan.txt")"
fi
expect_exit 2 "usage" "$app" new-campaign "$file"
exit $((fails > 0))
