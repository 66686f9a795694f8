"""Writes HTML and text sources that LibreOffice turns into .odt, .docx, .doc, .ods, .xls and .pdf."""
import os
import sys

out = sys.argv[1]
table = """<table border="1">
<tr><td colspan="4">附件1 活动安排表</td></tr>
<tr><td>序号</td><td>活动内容</td><td>活动时间</td><td>牵头单位</td></tr>
<tr><td>1</td><td>质量宣传进社区</td><td>9月1日</td><td rowspan="2">县市场监管局</td></tr>
<tr><td>2</td><td>计量义诊</td><td>9月上旬</td></tr>
</table>"""
html = "<html><head><meta charset=\"utf-8\"></head><body><p>关于开展质量月活动的通知</p>" + table + "<p>落款</p></body></html>"
with open(os.path.join(out, "plan.html"), "w", encoding="utf-8") as f:
    f.write(html)
with open(os.path.join(out, "notice.txt"), "w", encoding="utf-8") as f:
    f.write("关于开展2024年“质量月”活动的通知\n各有关单位：\n请于9月30日前报送总结。\n")


def pdf(objects):
    """A PDF with the given page content and no font: what a scan without OCR looks like."""
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


stream = b"0.5 g 10 10 180 180 re f"
with open(os.path.join(out, "scan.pdf"), "wb") as f:
    f.write(pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                 b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]))
