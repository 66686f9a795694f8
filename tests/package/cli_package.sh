#!/usr/bin/env bash
# End-to-end: attach → export --kind package → import, and the import's refusals, through the binary
# with no display. Usage: cli_package.sh PATH/TO/campaign-planner
set -u
app=$1
. "$(dirname "$0")/../e2e/harness.sh"

expect_exit 0 "demo county" "$app" demo "$work/county.campaign" --activities 30 --seed 3
expect_exit 0 "demo city" "$app" demo "$work/city.campaign" --activities 5 --seed 4
uuid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select uuid from activity order by id limit 1').fetchone()[0])" "$work/county.campaign")
printf '\x89PNG\r\n\x1a\nnot really' >"$work/现场.png"
head -c 2000000 /dev/urandom >"$work/视频.mp4"
expect_exit 0 "attach" "$app" attach "$work/county.campaign" --activity "$uuid" "$work/现场.png" "$work/视频.mp4"
[ "$(grep -c Attached "$work/out")" -eq 2 ] || fail "attach names both files: $(cat "$work/out")"
expect_exit 1 "attach an .exe" "$app" attach "$work/county.campaign" --activity "$uuid" "$work/out"
expect_exit 1 "attach to an unknown activity" "$app" attach "$work/county.campaign" \
  --activity 00000000-0000-0000-0000-000000000001 "$work/现场.png"
expect_exit 2 "attach without --activity" "$app" attach "$work/county.campaign" "$work/现场.png"

expect_exit 0 "export package" "$app" export "$work/county.campaign" --kind package --out "$work/包.zip"
python3 - "$work/包.zip" <<'PY' || fail "the package is a valid zip with UTF-8 names and the evidence"
import sys, zipfile, json, hashlib
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
names = z.namelist()
assert all(i.flag_bits & 0x800 for i in z.infolist())
assert any(n.startswith("佐证材料/") and n.endswith("视频.mp4") for n in names), names
m = json.loads(z.read("manifest.json"))
for f in m["files"]:
    assert hashlib.sha256(z.read(f["path"])).hexdigest() == f["sha256"], f["path"]
assert m["figures"]["total"] == 30
PY

# Photos picked for the summary (in_report) are laid out after the charts in the summary PDF.
python3 - "$work/照片.png" <<'PY' || fail "write a test photo"
import struct, sys, zlib
w, h = 64, 48
raw = b"".join(b"\x00" + bytes([200, 40, 40] * w) for _ in range(h))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
expect_exit 0 "attach a photo" "$app" attach "$work/county.campaign" --activity "$uuid" "$work/照片.png"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update attachment set in_report = 1 where file_name = '照片.png'\"); c.commit()" "$work/county.campaign"
expect_exit 0 "summary with photos" "$app" export "$work/county.campaign" --kind summary --format pdf --out "$work/总结.pdf"
pdftotext "$work/总结.pdf" - | grep -q "活动照片" || fail "the summary PDF shows the picked photos"

before=$(sha256sum "$work/city.campaign" | cut -d' ' -f1)
cp "$work/视频.mp4" "$work/不是包.zip"
expect_exit 1 "import a non-zip" "$app" import "$work/city.campaign" --from "$work/不是包.zip"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "a refused import says one line: $(cat "$work/err")"
grep -q "not a zip" "$work/err" || fail "says it is not a zip: $(cat "$work/err")"
head -c 100000 "$work/包.zip" >"$work/cut.zip"
expect_exit 1 "import a truncated zip" "$app" import "$work/city.campaign" --from "$work/cut.zip"
[ "$(sha256sum "$work/city.campaign" | cut -d' ' -f1)" = "$before" ] || fail "refused imports left the file unchanged"
[ ! -e "$work/city.campaign-media" ] || fail "refused imports wrote no media"

expect_exit 0 "import" "$app" import "$work/city.campaign" --from "$work/包.zip"
grep -q "30 activities" "$work/out" || fail "import reports the activities: $(cat "$work/out")"
expect_exit 0 "import again" "$app" import "$work/city.campaign" --from "$work/包.zip"
grep -q "Updated" "$work/out" || fail "a second import updates: $(cat "$work/out")"
n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from sub_activity').fetchone()[0])" "$work/city.campaign")
[ "$n" -eq 30 ] || fail "importing twice does not duplicate ($n rows)"
expect_exit 0 "check" "$app" check "$work/city.campaign"
grep -q "evidence file(s) present" "$work/out" || fail "check counts the evidence: $(cat "$work/out")"

# check hashes every evidence file the rows name: a changed or missing one fails with one line.
expect_exit 0 "check with evidence" "$app" check "$work/county.campaign"
sha=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select sha256 from attachment where file_name = '视频.mp4'\").fetchone()[0])" "$work/county.campaign")
stored="$work/county.campaign-media/${sha:0:2}/$sha"
[ -f "$stored" ] || fail "the video is stored under its hash"
cp "$stored" "$work/saved.bin"
chmod u+w "$stored"; printf 'X' | dd of="$stored" bs=1 seek=100 conv=notrunc 2>/dev/null
expect_exit 1 "check a changed evidence file" "$app" check "$work/county.campaign"
grep -q "$sha" "$work/err" || fail "check names the damaged file: $(cat "$work/err")"
rm -f "$stored"
expect_exit 1 "check a missing evidence file" "$app" check "$work/county.campaign"
grep -q "missing" "$work/err" || fail "check says what is missing: $(cat "$work/err")"
cp "$work/saved.bin" "$stored"
expect_exit 0 "check after putting it back" "$app" check "$work/county.campaign"

[ "$fails" -eq 0 ] && echo "all package CLI checks passed"
exit "$fails"
