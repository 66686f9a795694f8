#!/usr/bin/env python3
"""Writes the plan tables the import tests read, with writers that are not ours: openpyxl for .xlsx
(title rows, a two-row header, merged group rows and a merged 牵头单位, number and date cells) and
python-docx for .docx (horizontal and vertical merges), and a UTF-8 .csv the tests turn into GB18030
and UTF-16 with iconv. Usage: make_inputs.py OUTDIR"""
import datetime
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

HEADER = ["序号", "活动内容", "活动时间", "牵头单位", "配合单位", "发放资料（份）", "参与人数", "备注"]
ROWS = [
    ("一、开展质量主题宣传", None),
    (["1", "质量月启动仪式", "9月1日", "办公室", "县教育局、县卫健局", "1500余份", "300", "县广场"], None),
    (["2", "质量知识进校园", "9月中旬", None, "县教育局", "500", "", ""], None),
    ("（二）深入实施质量提升行动", None),
    (["3", "小微企业质量帮扶", "待定", "质量发展股、计量所", "", "", "约50人", ""], None),
    (["4", "计量器具免费检定", datetime.date(2021, 9, 16), "计量所", "", "", "120", ""], None),
]


def xlsx(path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "本表为青山县质量月活动安排"
    plan = wb.create_sheet("活动安排表")
    plan.append(["附件1"])
    plan.append(["青山县2021年“质量月”活动安排表"])
    plan.merge_cells("A2:H2")
    plan.append(["序号", "活动内容", "活动时间", "牵头单位", "配合单位", "宣传成效", None, "备注"])
    plan.append([None, None, None, None, None, "发放资料（份）", "参与人数", None])
    for col in "ABCDEH":
        plan.merge_cells(f"{col}3:{col}4")
    plan.merge_cells("F3:G3")
    row = 5
    lead_merge_start = None
    for values, _ in ROWS:
        if isinstance(values, str):
            plan.cell(row=row, column=1, value=values)
            plan.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        else:
            for c, v in enumerate(values, start=1):
                cell = plan.cell(row=row, column=c, value=v)
                if isinstance(v, datetime.date):
                    cell.number_format = "yyyy\"年\"m\"月\"d\"日\""
            if values[0] == "1":
                lead_merge_start = row
        row += 1
    # 牵头单位 "办公室" spans activities 1 and 2.
    plan.merge_cells(start_row=lead_merge_start, start_column=4, end_row=lead_merge_start + 1, end_column=4)
    # A number cell in a figure column, as Excel stores it.
    plan.cell(row=lead_merge_start + 1, column=6, value=500)
    wb.save(path)


def docx(path):
    import docx
    d = docx.Document()
    d.add_paragraph("附件1")
    d.add_paragraph("青山县2021年“质量月”活动安排表")
    table = d.add_table(rows=1, cols=len(HEADER))
    for c, h in enumerate(HEADER):
        table.rows[0].cells[c].text = h
    lead_rows = []
    for values, _ in ROWS:
        r = table.add_row()
        if isinstance(values, str):
            merged = r.cells[0].merge(r.cells[len(HEADER) - 1])
            merged.text = values
        else:
            for c, v in enumerate(values):
                if v is None:
                    continue
                r.cells[c].text = v.strftime("%Y-%m-%d") if isinstance(v, datetime.date) else str(v)
            if values[0] in ("1", "2"):
                lead_rows.append(r)
    # Vertical merge of 牵头单位 over activities 1 and 2 (python-docx writes w:vMerge).
    top = lead_rows[0].cells[3]
    top.merge(lead_rows[1].cells[3])
    top.text = "办公室"
    d.save(path)


def html(path):
    """The same table as HTML (colspan group rows, a rowspan 牵头单位), for LibreOffice to turn into .doc."""
    rows = []
    for values, _ in ROWS:
        if isinstance(values, str):
            rows.append(f'<tr><td colspan="{len(HEADER)}">{values}</td></tr>')
            continue
        cells = []
        for c, v in enumerate(values):
            if c == 3 and values[0] == "1":
                cells.append('<td rowspan="2">办公室</td>')
            elif c == 3 and values[0] == "2":
                continue
            else:
                text = v.strftime("%Y-%m-%d") if isinstance(v, datetime.date) else (v or "")
                cells.append(f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<td>{h}</td>" for h in HEADER)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<html><head><meta charset="utf-8"></head><body><p>附件1</p><table border="1">'
                f"<tr>{head}</tr>{''.join(rows)}</table></body></html>")


def csv_utf8(path):
    lines = ["序号,活动名称,活动时间,牵头单位,配合单位,参与人数",
             '1,"质量讲堂,第一期",9月5日,县教育局,"县科协、县妇联",200余人',
             '2,"""质量""开放日",9.10-9.12,办公室,,',
             "3,小微企业帮扶,9月下旬,质量发展股,,"]
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))


xlsx(os.path.join(out, "plan.xlsx"))
docx(os.path.join(out, "plan.docx"))
csv_utf8(os.path.join(out, "plan-utf8.csv"))
html(os.path.join(out, "plan.html"))
