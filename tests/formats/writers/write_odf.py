"""Writes hand-made OpenDocument inputs (zipfile) into the folder given as argument: what LibreOffice
writes at the edges (a million repeated empty columns and rows), every cell kind, spans and covered
cells, an encrypted package, and a table of a million repeated non-empty cells."""
import os
import sys

from common import truncate, write_zip

out = sys.argv[1]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
MANIFEST = ('<?xml version="1.0"?><manifest:manifest ' + NS + '>'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="{0}"/></manifest:manifest>')
ENCRYPTED = ('<?xml version="1.0"?><manifest:manifest ' + NS + '><manifest:file-entry manifest:full-path="content.xml" '
             'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
             'manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
             'manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>')


def package(path, kind, body, manifest=None):
    mime = "application/vnd.oasis.opendocument." + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + NS + '><office:body><office:'
               + kind + '>' + body + '</office:' + kind + '></office:body></office:document-content>')
    write_zip(path, [("mimetype", mime), ("META-INF/manifest.xml", manifest or MANIFEST.format(mime)),
                     ("content.xml", content)])


sheet = ('<table:table table:name="计划"><table:table-column table:number-columns-repeated="16384"/>'
         '<table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string">'
         '<text:p>活动<text:s text:c="2"/>安排<text:span>表</text:span></text:p></table:table-cell>'
         '<table:covered-table-cell table:number-columns-repeated="2"/>'
         '<table:table-cell table:number-columns-repeated="1048570"/></table:table-row>'
         '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="1500">'
         '<text:p>1,500</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-09-01">'
         '<text:p>2024年9月1日</text:p></table:table-cell><table:table-cell office:value-type="percentage" '
         'office:value="0.25"><text:p>25%</text:p></table:table-cell>'
         '<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>第一行</text:p>'
         '<text:p>第二<text:line-break/>行<text:tab/>尾</text:p></table:table-cell></table:table-row>'
         '<table:table-row><table:covered-table-cell table:number-columns-repeated="3"/><table:covered-table-cell/>'
         '<table:table-cell office:value-type="float" office:value="2.5"/></table:table-row>'
         '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
         '</table:table-row></table:table>'
         '<table:table table:name="空表"/>')
package(os.path.join(out, "edges.ods"), "spreadsheet", sheet)
package(os.path.join(out, "encrypted.ods"), "spreadsheet", sheet, ENCRYPTED)
package(os.path.join(out, "wide.ods"), "spreadsheet",
        '<table:table table:name="宽"><table:table-row><table:table-cell table:number-columns-repeated="1000000" '
        'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>')
package(os.path.join(out, "tall.ods"), "spreadsheet",
        '<table:table table:name="高"><table:table-row table:number-rows-repeated="2000000"><table:table-cell '
        'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>')
text = ('<text:h>通知</text:h><text:p>正文<text:span>一段</text:span></text:p>'
        '<table:table table:name="Table1"><table:table-row><table:table-cell table:number-columns-spanned="2">'
        '<text:p>标题</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
        '<table:table-row><table:table-cell><text:p>外</text:p><table:table><table:table-row>'
        '<table:table-cell><text:p>内一</text:p></table:table-cell><table:table-cell><text:p>内二</text:p></table:table-cell>'
        '</table:table-row></table:table></table:table-cell><table:table-cell><text:p>右</text:p></table:table-cell>'
        '</table:table-row></table:table><text:p>尾段</text:p>')
package(os.path.join(out, "nested.odt"), "text", text)
truncate(os.path.join(out, "edges.ods"), os.path.join(out, "truncated.ods"))
