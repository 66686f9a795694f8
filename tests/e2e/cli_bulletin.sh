#!/bin/bash
# export --kind bulletin: every completed activity by default, or the ones named by --activity; txt and
# pdf with the same characters; kept text as typed; refusals leave no file. And a summary without text
# of its own goes out with its first draft.
app=$1
. "$(dirname "$0")/harness.sh"
py=/usr/bin/python3
f="$work/demo.campaign"

expect_exit 0 "demo" "$app" demo "$f" --year 2021 --activities 60 --seed 1
done_count=$(sqlite3 "$f" "SELECT count(*) FROM activity WHERE status = 2")
[ "$done_count" -gt 5 ] || fail "the demo has too few completed activities ($done_count)"

expect_exit 0 "all bulletins as text" "$app" export "$f" --kind bulletin --format txt --out "$work/all.txt"
$py - "$work/all.txt" "$done_count" <<'PY' || fail "bulletin text: count or length"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bulletins = text.strip().split("\n\n——————\n\n")
assert len(bulletins) == int(sys.argv[2]), (len(bulletins), sys.argv[2])
for b in bulletins:
    headline, *body = b.split("\n\n")
    n = len(re.sub(r"\s", "", "".join(body)))
    assert 150 <= n <= 400, (n, b)
    assert "第44个全国“质量月”" in body[0] and "下一步，" in body[-1], b
PY

uuid=$(sqlite3 "$f" "SELECT uuid FROM activity WHERE status = 2 ORDER BY id LIMIT 1")
second=$(sqlite3 "$f" "SELECT uuid FROM activity WHERE status = 2 ORDER BY id LIMIT 1 OFFSET 1")
expect_exit 0 "one bulletin as text" "$app" export "$f" --kind bulletin --format txt --activity "$uuid" --out "$work/one.txt"
grep -q "——————" "$work/one.txt" && fail "one activity gave several bulletins"
expect_exit 0 "one bulletin as pdf" "$app" export "$f" --kind bulletin --format pdf --activity "$uuid" --out "$work/one.pdf"
[ "$(pdfinfo "$work/one.pdf" | awk '/^Pages:/ {print $2}')" = 1 ] || fail "one bulletin is not one page"
# pdftotext gives back exactly the characters of the text export (the page number aside).
pdf_chars=$(pdftotext -enc UTF-8 "$work/one.pdf" - | tr -d ' \n\f' | sed 's/—1—//')
txt_chars=$(tr -d ' \n' <"$work/one.txt")
[ "$pdf_chars" = "$txt_chars" ] || fail "pdf text differs from the bulletin: $pdf_chars / $txt_chars"

expect_exit 0 "two bulletins in one pdf" "$app" export "$f" --kind bulletin --format pdf --activity "$uuid" \
  --activity "$second" --out "$work/two.pdf"
[ "$(pdfinfo "$work/two.pdf" | awk '/^Pages:/ {print $2}')" = 2 ] || fail "two bulletins are not two pages"

# The same two as Word: each headline starts a page; the text is the text export's.
expect_exit 0 "two bulletins as docx" "$app" export "$f" --kind bulletin --format docx --activity "$uuid" \
  --activity "$second" --out "$work/two.docx"
expect_exit 0 "two bulletins as text" "$app" export "$f" --kind bulletin --format txt --activity "$uuid" \
  --activity "$second" --out "$work/two.txt"
$py - "$work/two.docx" "$work/two.txt" <<'PY' || fail "docx bulletins: page breaks or text"
import re, sys, docx
d = docx.Document(sys.argv[1])
paragraphs = [p for p in d.paragraphs if p.text.strip()]
starts = [p.text for p in paragraphs if p.paragraph_format.page_break_before]
text = open(sys.argv[2], encoding="utf-8").read()
headlines = [b.split("\n")[0] for b in text.strip().split("\n\n——————\n\n")]
assert starts == headlines[1:], (starts, headlines)
assert paragraphs[0].text == headlines[0], paragraphs[0].text
strip = lambda s: re.sub(r"\s|——————", "", s)
assert strip("".join(p.text for p in paragraphs)) == strip(text), "text differs"
PY

id=$(sqlite3 "$f" "SELECT id FROM activity WHERE uuid = '$uuid'")
sqlite3 "$f" "INSERT INTO bulletin (activity_id, text, updated_ms) VALUES ($id, '我的标题
我写的正文，共发放宣传资料1500余份。', 0)"
expect_exit 0 "kept bulletin" "$app" export "$f" --kind bulletin --format txt --activity "$uuid" --out "$work/kept.txt"
[ "$(cat "$work/kept.txt")" = "我的标题

我写的正文，共发放宣传资料1500余份。" ] || fail "kept text not exported as written: $(cat "$work/kept.txt")"

expect_exit 1 "unknown activity" "$app" export "$f" --kind bulletin --format txt --activity 00000000-0000-4000-8000-000000000000 --out "$work/x.txt"
grep -q "00000000-0000-4000-8000-000000000000" "$work/err" || fail "the refusal names the activity"
open_uuid=$(sqlite3 "$f" "SELECT uuid FROM activity WHERE status = 0 ORDER BY id LIMIT 1")
expect_exit 1 "not completed" "$app" export "$f" --kind bulletin --format pdf --activity "$open_uuid" --out "$work/x.pdf"
expect_exit 2 "unknown format" "$app" export "$f" --kind bulletin --format odt --out "$work/x.odt"
[ ! -e "$work/x.txt" ] && [ ! -e "$work/x.pdf" ] && [ ! -e "$work/x.odt" ] || fail "a refused export left a file"
"$app" export --help | grep -q -- "--activity" || fail "--help does not list --activity"

# The summary of a file nobody wrote a word in: its draft, never empty headings.
expect_exit 0 "summary with its draft" "$app" export "$f" --kind summary --format pdf --out "$work/summary.pdf"
summary=$(pdftotext -enc UTF-8 "$work/summary.pdf" - | tr -d ' \n\f')
for s in "年9月是第44个全国“质量月”" "一是开展质量主题宣传" "三、存在的问题" "下一步，"; do
  case "$summary" in *"$s"*) ;; *) fail "summary pdf lacks $s" ;; esac
done
expect_exit 0 "summary docx with its draft" "$app" export "$f" --kind summary --format docx --out "$work/summary.docx"
$py - "$work/summary.docx" <<'PY' || fail "summary docx lacks the draft"
import sys, docx
text = "".join(p.text for p in docx.Document(sys.argv[1]).paragraphs)
for s in ("年9月是第44个全国“质量月”", "一是开展质量主题宣传", "下一步，"):
    assert s in text, s
PY
[ "$(sqlite3 "$f" "SELECT count(*) FROM report_section")" = 0 ] || fail "exporting wrote sections"
exit $fails
