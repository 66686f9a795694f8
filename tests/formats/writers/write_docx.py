"""Writes the .docx inputs of tst_docxreader with python-docx into the folder given as argument."""
import os
import sys

import docx

from common import flag_encrypted, truncate

out = sys.argv[1]

document = docx.Document()
document.add_paragraph("XX县2024年“质量月”活动安排表")
table = document.add_table(rows=5, cols=4)
for column, text in enumerate(["序号", "活动内容", "活动时间", "牵头单位"]):
    table.cell(0, column).text = text
merged = table.cell(1, 0).merge(table.cell(1, 3))  # a group row across the table
merged.text = "一、质量宣传"
for row, values in ((2, ["1", "质量宣传进社区", "9月1日"]), (3, ["2", "计量义诊", "9月上旬"]), (4, ["3", "标准宣贯", "9月"])):
    for column, text in enumerate(values):
        table.cell(row, column).text = text
lead = table.cell(2, 3).merge(table.cell(4, 3))  # one lead department down three rows
lead.text = "县市场监管局"
table.cell(3, 1).add_paragraph("第二段")
nested = table.cell(4, 1).add_table(rows=1, cols=2)
nested.cell(0, 0).text = "内层"
nested.cell(0, 1).text = "表格"
document.add_paragraph("正文中间的一段。")
second = document.add_table(rows=2, cols=2)
second.cell(0, 0).text = "甲"
second.cell(1, 1).text = "乙"
document.save(os.path.join(out, "plan.docx"))

text = docx.Document()
text.add_heading("关于开展2024年“质量月”活动的通知", 1)
text.add_paragraph("各有关单位：")
p = text.add_paragraph("为深入贯彻")
p.add_run("质量强国").bold = True
p.add_run("建设纲要。")
text.add_table(rows=1, cols=2).cell(0, 1).text = "表内文字"
text.save(os.path.join(out, "notice.docx"))

flag_encrypted(os.path.join(out, "plan.docx"), os.path.join(out, "zipcrypto.docx"))
truncate(os.path.join(out, "plan.docx"), os.path.join(out, "truncated.docx"))
