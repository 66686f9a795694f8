"""Reads a .docx back for the export tests, with python-docx and the standard library only (nothing
of ours). Prints one JSON object.

  docx_readback.py read FILE     paragraphs, tables (rows, cells, flags), section, footers, styles,
                                 pictures, and `errors`: children out of their schema order
  docx_readback.py package FILE  the zip: every part well-formed XML, every part typed in
                                 [Content_Types].xml, every relationship target present
"""
import json
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "wp": WP, "a": A}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


# Child sequences of ECMA-376 Part 1 (transitional wml.xsd / dml-wordprocessingDrawing.xsd) that
# Word enforces. Children must appear in this order; a child not listed is reported too.
P_PR = """pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd
tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi
adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection
textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"""
R_PR = """rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof
snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText
vertAlign rtl cs em lang eastAsianLayout specVanish oMath"""
TBL_PR = """tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc
tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"""
TBL_BORDERS = "top left start bottom right end insideH insideV"
TBL_CELL_MAR = "top left start bottom right end"
TC_PR = """cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign
hideMark headers cellIns cellDel cellMerge tcPrChange"""
SECT_PR = """headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders
lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid
printerSettings sectPrChange"""
STYLE = """name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat
locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"""
STYLES = "docDefaults latentStyles style"
SETTINGS = """writeProtection view zoom removePersonalInformation removeDateAndTime
doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth
printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins
alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop
hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate
linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions
doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet
defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope
summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting
bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing
displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin
drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning
characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore
savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent
alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt
showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars
rsids mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats
doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary
shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"""
FONT = "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic"
TBL = "tblPr tblGrid tr"
TR = "tblPrEx trPr tc"
TC = "tcPr p tbl"
P = "pPr r hyperlink fldSimple"
R = "rPr t br tab fldChar instrText drawing"
BODY = "p tbl sectPr"
INLINE = "extent effectExtent docPr cNvGraphicFramePr a:graphic"

ORDERS = {
    "w:pPr": P_PR, "w:rPr": R_PR, "w:tblPr": TBL_PR, "w:tblBorders": TBL_BORDERS,
    "w:tblCellMar": TBL_CELL_MAR, "w:tcPr": TC_PR, "w:sectPr": SECT_PR, "w:style": STYLE,
    "w:styles": STYLES, "w:settings": SETTINGS, "w:font": FONT, "w:tbl": TBL, "w:tr": TR, "w:tc": TC,
    "w:p": P, "w:r": R, "w:body": BODY, "wp:inline": INLINE,
}
# Content that may repeat and mix (text, break, text): only the properties element is placed, first
# (last for the body's section).
MIXED = {"w:r": "rPr", "w:p": "pPr", "w:tc": "tcPr", "w:body": "sectPr"}
# trPr's children are a choice in any order, but only these.
TR_PR = set("cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader tblCellSpacing jc hidden".split())


def order_errors(root, part):
    errors = []
    rank = {}
    for name, seq in ORDERS.items():
        prefix = name.split(":")[0]
        ranks = {}
        for i, group in enumerate(seq.split()):
            for child in group.split("|"):
                ranks[q(child if ":" in child else prefix + ":" + child)] = i
        rank[q(name)] = (name, ranks)
    for element in root.iter():
        if element.tag == q("w:tc") and element.find(q("w:p")) is None:
            errors.append("%s: a w:tc without a paragraph" % part)
        if element.tag == q("w:tbl") and element.find(q("w:tr")) is None:
            errors.append("%s: a w:tbl without rows" % part)
        if element.tag == q("w:trPr"):
            for child in element:
                if child.tag.split("}")[1] not in TR_PR:
                    errors.append("%s: w:trPr has %s" % (part, child.tag))
            continue
        if element.tag not in rank:
            continue
        name, ranks = rank[element.tag]
        last = -1
        first = True
        for child in element:
            if child.tag not in ranks:
                errors.append("%s: %s has unexpected %s" % (part, name, child.tag))
                continue
            r = ranks[child.tag]
            if name in MIXED:
                props = "{%s}%s" % (W, MIXED[name])
                if name == "w:body":
                    if last == 1:
                        errors.append("%s: w:body has content after w:sectPr" % part)
                    last = 1 if child.tag == props else 0
                elif child.tag == props and not first:
                    errors.append("%s: %s has its properties after content" % (part, name))
            else:
                if r < last:
                    errors.append("%s: %s has %s out of order" % (part, name, child.tag.split("}")[1]))
                last = r
            first = False
    return errors


def length_mm(value):
    return None if value is None else round(value.mm, 3)


def read(path):
    import docx
    from docx.table import _Cell
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document(path)
    out = {"paragraphs": [], "tables": [], "errors": []}
    for p in d.paragraphs:
        pPr = p._p.pPr
        out["paragraphs"].append({
            "text": p.text,
            "style": p.style.name if p.style is not None else "",
            "keepNext": bool(pPr is not None and pPr.find(q("w:keepNext")) is not None),
            "pageBreakBefore": bool(pPr is not None and pPr.find(q("w:pageBreakBefore")) is not None),
            "pictures": len(p._p.findall(".//" + q("wp:inline"))),
        })
    for t in d.tables:
        rows = []
        for tr in t._tbl.tr_lst:
            trPr = tr.trPr
            cells, spans = [], []
            for tc in tr.findall(q("w:tc")):
                cells.append(_Cell(tc, t).text)
                span = tc.find("%s/%s" % (q("w:tcPr"), q("w:gridSpan")))
                spans.append(int(span.get(q("w:val"))) if span is not None else 1)
            rows.append({
                "cells": cells, "spans": spans,
                "header": bool(trPr is not None and trPr.find(q("w:tblHeader")) is not None),
                "cantSplit": bool(trPr is not None and trPr.find(q("w:cantSplit")) is not None),
            })
        grid = [int(c.get(q("w:w"))) for c in t._tbl.tblGrid.findall(q("w:gridCol"))]
        out["tables"].append({"rows": rows, "grid": grid})
    s = d.sections[0]
    out["section"] = {
        "width": length_mm(s.page_width), "height": length_mm(s.page_height),
        "top": length_mm(s.top_margin), "bottom": length_mm(s.bottom_margin),
        "left": length_mm(s.left_margin), "right": length_mm(s.right_margin),
        "footer": length_mm(s.footer_distance), "orientation": int(s.orientation),
        "sections": len(d.sections),
    }
    out["evenAndOdd"] = bool(d.settings.odd_and_even_pages_header_footer)

    def footer(f):
        p = f.paragraphs[0]
        xml = p._p.xml
        align = p.style.paragraph_format.alignment if p.alignment is None else p.alignment
        return {
            "linked": f.is_linked_to_previous, "text": p.text,
            "page": "PAGE" in "".join(x.text or "" for x in p._p.iter(q("w:instrText"))),
            "align": {WD_ALIGN_PARAGRAPH.RIGHT: "right", WD_ALIGN_PARAGRAPH.LEFT: "left"}.get(align, str(align)),
            "fldChars": xml.count("fldChar "),
        }

    out["oddFooter"] = footer(s.footer)
    out["evenFooter"] = footer(s.even_page_footer)
    fonts = {}
    for style in d.styles:
        rPr = style.element.rPr
        if rPr is None or rPr.rFonts is None:
            continue
        fonts[style.name] = {
            "eastAsia": rPr.rFonts.get(q("w:eastAsia")), "ascii": rPr.rFonts.get(q("w:ascii")),
            "size": style.font.size.pt if style.font.size is not None else None,
        }
    out["styles"] = fonts
    out["pictures"] = [{"width": length_mm(shape.width), "height": length_mm(shape.height)}
                       for shape in d.inline_shapes]
    with zipfile.ZipFile(path) as z:
        for name in ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                     "word/footer1.xml", "word/footer2.xml"):
            out["errors"] += order_errors(ET.fromstring(z.read(name)), name)
    return out


def package(path):
    errors = []
    CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            errors.append("bad CRC: " + bad)
        names = z.namelist()
        if len(names) != len(set(names)):
            errors.append("duplicate entries")
        parsed = {}
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    parsed[name] = ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    errors.append("%s: %s" % (name, e))
        types = parsed.get("[Content_Types].xml")
        if types is None:
            return {"errors": errors + ["no [Content_Types].xml"], "parts": names}
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(CT + "Default")}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(CT + "Override")}
        for name in names:
            if name == "[Content_Types].xml" or name.endswith("/"):
                continue
            if "/" + name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                errors.append("no content type for " + name)
        for part in overrides:
            if part[1:] not in names:
                errors.append("content type for a missing part " + part)
        for name in names:
            if not name.endswith(".rels"):
                continue
            base = posixpath.dirname(posixpath.dirname(name))
            ids = set()
            for rel in parsed.get(name, ET.Element("x")).iter(RELS + "Relationship"):
                if rel.get("Id") in ids:
                    errors.append("%s: duplicate id %s" % (name, rel.get("Id")))
                ids.add(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(base, rel.get("Target")))
                if target not in names:
                    errors.append("%s: target %s is missing" % (name, target))
        main = overrides.get("/word/document.xml", "")
        if main != "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
            errors.append("word/document.xml has content type " + main)
    return {"errors": errors, "parts": names}


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    result = read(path) if mode == "read" else package(path)
    print(json.dumps(result, ensure_ascii=False))
