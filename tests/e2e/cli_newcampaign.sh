#!/bin/bash
# new-campaign: a built-in year into a new or existing file, carrying departments and unit over;
# demo --year. Refusals leave nothing behind.
app=$1
. "$(dirname "$0")/harness.sh"

expect_exit 0 "demo default year" "$app" demo "$work/old.campaign" --activities 3 --seed 2
sqlite3 "$work/old.campaign" "SELECT year FROM campaign" | grep -qx 2025 || fail "demo's default year is not 2025"
expect_exit 0 "demo --year" "$app" demo "$work/d21.campaign" --activities 3 --year 2021
sqlite3 "$work/d21.campaign" "SELECT year FROM campaign" | grep -qx 2021 || fail "demo --year 2021"
expect_exit 2 "demo unknown year" "$app" demo "$work/d.campaign" --year 1999
[ ! -e "$work/d.campaign" ] || fail "a refused demo wrote a file"
sqlite3 "$work/old.campaign" "INSERT INTO department (uuid, position, name) VALUES ('x-1', 99, '宣传股')"

expect_exit 0 "new file for 2024" "$app" new-campaign "$work/new.campaign" --year 2024 --from-file "$work/old.campaign"
grep -q "2024" "$work/out" || fail "new-campaign says what it added"
[ "$(sqlite3 "$work/new.campaign" "SELECT theme FROM campaign WHERE year = 2024")" = "加强质量支撑 共建质量强国" ] \
  || fail "2024 theme"
[ "$(sqlite3 "$work/new.campaign" "SELECT content_complete FROM campaign")" = 0 ] || fail "2024 content flag"
sqlite3 "$work/new.campaign" "SELECT name FROM department" | grep -qx "宣传股" || fail "departments not carried over"
[ "$(sqlite3 "$work/new.campaign" "SELECT name FROM unit_profile")" = \
  "$(sqlite3 "$work/old.campaign" "SELECT name FROM unit_profile")" ] || fail "unit not carried over"
expect_exit 0 "check" "$app" check "$work/new.campaign"

expect_exit 0 "another year into the same file" "$app" new-campaign "$work/new.campaign" --year 2023
[ "$(sqlite3 "$work/new.campaign" "SELECT count(*) FROM campaign")" = 2 ] || fail "2023 not added"
before=$(sha256sum "$work/new.campaign" | cut -d' ' -f1)
expect_exit 1 "the same year twice" "$app" new-campaign "$work/new.campaign" --year 2023
grep -q "2023" "$work/err" || fail "the refusal names the year"
[ "$(sha256sum "$work/new.campaign" | cut -d' ' -f1)" = "$before" ] || fail "a refusal changed the file"

expect_exit 2 "no year" "$app" new-campaign "$work/x.campaign"
expect_exit 2 "unknown year" "$app" new-campaign "$work/x.campaign" --year 2030
expect_exit 1 "missing old file" "$app" new-campaign "$work/x.campaign" --year 2025 --from-file "$work/none.campaign"
[ ! -e "$work/x.campaign" ] || fail "a refused new-campaign left a file"
echo "not a campaign" >"$work/junk.campaign"
expect_exit 1 "old file not a campaign" "$app" new-campaign "$work/x.campaign" --year 2025 --from-file "$work/junk.campaign"
[ ! -e "$work/x.campaign" ] || fail "a failed carry-over left a file"
exit $fails
