#include "DocxTable.h"

#include "DocxXml.h"
#include "OfficialPage.h"

#include <QXmlStreamWriter>

#include <numeric>

namespace {

void empty(QXmlStreamWriter* xml, const QString& name, const QString& value = {})
{
    xml->writeEmptyElement(name);
    if (!value.isNull())
        xml->writeAttribute(QStringLiteral("w:val"), value);
}

void border(QXmlStreamWriter* xml, const QString& side)
{
    xml->writeEmptyElement(side);
    xml->writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
    xml->writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4")); // eighths of a point
    xml->writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
    xml->writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
}

void width(QXmlStreamWriter* xml, const QString& name, int twips)
{
    xml->writeEmptyElement(name);
    xml->writeAttribute(QStringLiteral("w:w"), QString::number(twips));
    xml->writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
}

} // namespace

DocxTable::DocxTable(QXmlStreamWriter* xml, const QStringList& headers, const QList<qreal>& widths)
    : m_xml(xml), m_headers(headers), m_numberColumn(int(headers.indexOf(QStringLiteral("序号"))))
{
    // Whole twips that add up to the text width exactly; the last column takes the rounding.
    const int total = DocxXml::twips(OfficialPage::textWidthMm);
    qreal sum = 0;
    for (int c = 0; c < headers.size(); ++c)
        sum += c < widths.size() ? widths[c] : 1;
    int used = 0;
    for (int c = 0; c < headers.size(); ++c) {
        const int w = c + 1 == headers.size()
                          ? total - used
                          : int(std::lround(total * (c < widths.size() ? widths[c] : 1) / sum));
        m_columns.append(w);
        used += w;
    }
}

void DocxTable::begin()
{
    QXmlStreamWriter* x = m_xml;
    x->writeStartElement(QStringLiteral("w:tbl"));
    // CT_TblPr sequence: tblW, jc, tblInd, tblBorders, tblLayout, tblCellMar, tblLook.
    x->writeStartElement(QStringLiteral("w:tblPr"));
    width(x, QStringLiteral("w:tblW"), std::accumulate(m_columns.begin(), m_columns.end(), 0));
    empty(x, QStringLiteral("w:jc"), QStringLiteral("center"));
    width(x, QStringLiteral("w:tblInd"), 0);
    x->writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        border(x, QStringLiteral("w:") + QLatin1String(side));
    x->writeEndElement();
    x->writeEmptyElement(QStringLiteral("w:tblLayout"));
    x->writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    const int pad = DocxXml::twips(OfficialPage::cellPaddingMm);
    x->writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char* side : {"top", "left", "bottom", "right"})
        width(x, QStringLiteral("w:") + QLatin1String(side), pad);
    x->writeEndElement();
    x->writeEmptyElement(QStringLiteral("w:tblLook"));
    x->writeAttribute(QStringLiteral("w:val"), QStringLiteral("0420"));
    x->writeAttribute(QStringLiteral("w:firstRow"), QStringLiteral("1"));
    x->writeAttribute(QStringLiteral("w:lastRow"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("w:firstColumn"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("w:lastColumn"), QStringLiteral("0"));
    x->writeAttribute(QStringLiteral("w:noHBand"), QStringLiteral("1"));
    x->writeAttribute(QStringLiteral("w:noVBand"), QStringLiteral("1"));
    x->writeEndElement(); // tblPr
    x->writeStartElement(QStringLiteral("w:tblGrid"));
    for (int w : std::as_const(m_columns)) {
        x->writeEmptyElement(QStringLiteral("w:gridCol"));
        x->writeAttribute(QStringLiteral("w:w"), QString::number(w));
    }
    x->writeEndElement();

    x->writeStartElement(QStringLiteral("w:tr"));
    x->writeStartElement(QStringLiteral("w:trPr"));
    empty(x, QStringLiteral("w:cantSplit"));
    empty(x, QStringLiteral("w:tblHeader"));
    x->writeEndElement();
    for (int c = 0; c < m_headers.size(); ++c)
        cell(m_columns[c], 1, Shade::Header, QStringLiteral("TableHeader"), m_headers[c], true);
    x->writeEndElement(); // tr
}

void DocxTable::row(const ReportRow& row)
{
    QXmlStreamWriter* x = m_xml;
    x->writeStartElement(QStringLiteral("w:tr"));
    x->writeStartElement(QStringLiteral("w:trPr"));
    empty(x, QStringLiteral("w:cantSplit"));
    x->writeEndElement();
    const bool keepNext = m_rows++ == 0; // the first row keeps with the second
    if (row.group) {
        cell(std::accumulate(m_columns.begin(), m_columns.end(), 0), int(m_columns.size()), Shade::Group,
             QStringLiteral("TableGroup"), row.cells.value(0).text, keepNext);
    } else {
        for (int c = 0; c < m_columns.size(); ++c) {
            const ReportCell value = row.cells.value(c);
            const bool centre = value.number.has_value() || c == m_numberColumn;
            cell(m_columns[c], 1, Shade::None,
                 centre ? QStringLiteral("TableNumber") : QStringLiteral("TableText"), value.text, keepNext);
        }
    }
    x->writeEndElement(); // tr
}

void DocxTable::end()
{
    m_xml->writeEndElement(); // tbl
}

void DocxTable::cell(int twips, int span, Shade shade, const QString& style, const QString& text,
                     bool keepNext)
{
    QXmlStreamWriter* x = m_xml;
    x->writeStartElement(QStringLiteral("w:tc"));
    // CT_TcPr sequence: tcW, gridSpan, shd, vAlign.
    x->writeStartElement(QStringLiteral("w:tcPr"));
    width(x, QStringLiteral("w:tcW"), twips);
    if (span > 1)
        empty(x, QStringLiteral("w:gridSpan"), QString::number(span));
    if (shade != Shade::None) {
        x->writeEmptyElement(QStringLiteral("w:shd"));
        x->writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
        x->writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
        x->writeAttribute(QStringLiteral("w:fill"),
                          shade == Shade::Header ? QStringLiteral("EEEEEE") : QStringLiteral("F6F6F6"));
    }
    empty(x, QStringLiteral("w:vAlign"), QStringLiteral("center"));
    x->writeEndElement(); // tcPr
    x->writeStartElement(QStringLiteral("w:p"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    empty(x, QStringLiteral("w:pStyle"), style);
    if (keepNext)
        empty(x, QStringLiteral("w:keepNext"));
    x->writeEndElement();
    DocxXml::runs(x, text);
    x->writeEndElement(); // p
    x->writeEndElement(); // tc
}
