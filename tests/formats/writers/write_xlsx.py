"""Writes the .xlsx inputs of tst_xlsxreader into the folder given as the first argument."""
import datetime
import os
import sys
import zlib

import openpyxl

from common import flag_encrypted, ole2_encrypted_package, truncate, write_zip

out = sys.argv[1]

# A plan table as a bureau drafts it: title rows, a merged title, header, numbers, dates, merges.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "活动安排"
ws["A1"] = "附件1"
ws.merge_cells("A2:F2")
ws["A2"] = "XX县2024年“质量月”活动安排表"
ws.append(["序号", "活动内容", "活动时间", "牵头单位", "参与人数", "完成率"])
ws.append([1, "质量宣传\n进社区", datetime.date(2024, 9, 1), "县市场监管局", 1500, 0.25])
ws.append([2, "计量义诊", datetime.datetime(2024, 9, 15), "县计量所", 36.5, None])
ws.append([3, "标准宣贯", datetime.date(2024, 9, 30), None, None, True])
ws["F4"].number_format = "0%"
ws["C5"].number_format = 'yyyy"年"m"月"d"日"'
ws["C6"].number_format = 'm"月"d"日"'
ws["C4"].number_format = "mm-dd-yy"  # built-in 14
ws.merge_cells("D5:D6")
ws["H20"] = "远处"
ws2 = wb.create_sheet("第二页")
ws2["B2"] = 3.5
wb.create_sheet("空白")
wb.save(os.path.join(out, "plan.xlsx"))

# What openpyxl cannot write: rich text runs with a phonetic run, an inline string, shared formulas
# with cached values, the 1904 date system, sparse rows without r attributes.
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
workbook = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>'
            '<sheets><sheet name="Rich" sheetId="1" r:id="rId1"/></sheets></workbook>')
shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<si><r><t>质量</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 宣传</t></r><rPh sb="0" eb="1"><t>ZHI</t></rPh></si>'
          '<si><t>plain</t></si></sst>')
styles = ('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def sheet(rows):
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + rows + '</sheetData></worksheet>')


rich_sheet = sheet('<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>行内</t></is></c><c t="s"><v>1</v></c></row>'
                   '<row><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>2</v></c>'
                   '<c r="C2" s="1"><v>0</v></c></row>'
                   '<row r="5"><c r="A5"><v>2</v></c><c r="B5"><f t="shared" si="0"/><v>4</v></c>'
                   '<c r="C5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D5" t="e"><v>#N/A</v></c></row>')


def workbook_with(sheet_xml, extra=()):
    return [("[Content_Types].xml", types), ("xl/_rels/workbook.xml.rels", rels), ("xl/workbook.xml", workbook),
            ("xl/sharedStrings.xml", shared), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet_xml)] + list(extra)


write_zip(os.path.join(out, "rich.xlsx"), workbook_with(rich_sheet))

# Hostile and damaged workbooks.
laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr">'
          '<is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
write_zip(os.path.join(out, "entities.xlsx"), workbook_with(laughs))
write_zip(os.path.join(out, "wide.xlsx"), workbook_with(sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>')))
write_zip(os.path.join(out, "tall.xlsx"), workbook_with(sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')))
# 10^6 cells in one row without references: the column cap, not memory, must stop it.
write_zip(os.path.join(out, "million.xlsx"), workbook_with(sheet("<row>" + "<c><v>1</v></c>" * 1000000 + "</row>")))
# Two thousand sheets that all point at one sheet of 3000 cells: 6 million cells in all.
many = workbook_with(sheet("".join('<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d"><v>2</v></c><c r="C%d"><v>3</v></c></row>'
                                   % (r, r, r, r) for r in range(1, 1001))))
many[2] = ("xl/workbook.xml", workbook.replace('<sheet name="Rich" sheetId="1" r:id="rId1"/>', "".join(
    '<sheet name="S%d" sheetId="%d" r:id="rId1"/>' % (n, n) for n in range(1, 2001))))
write_zip(os.path.join(out, "many-sheets.xlsx"), many)
# A zip bomb: a 1 GB entry of spaces after the root element, compressed about a thousandfold.
bomb_entries = workbook_with(sheet(""))[:-1]
write_zip(os.path.join(out, "bomb-base.xlsx"), bomb_entries)
import zipfile
with zipfile.ZipFile(os.path.join(out, "bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in bomb_entries:
        z.writestr(name, data)
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        chunk = b" " * (1 << 20)
        for _ in range(1024):
            f.write(chunk)
        f.write(b"</worksheet>")
os.remove(os.path.join(out, "bomb-base.xlsx"))
flag_encrypted(os.path.join(out, "rich.xlsx"), os.path.join(out, "zipcrypto.xlsx"))
truncate(os.path.join(out, "plan.xlsx"), os.path.join(out, "truncated.xlsx"))
ole2_encrypted_package(os.path.join(out, "password.xlsx"))
open(os.path.join(out, "empty.xlsx"), "wb").close()
