#include "DocxBody.h"

#include "DocxParts.h"
#include "DocxTable.h"
#include "DocxXml.h"
#include "ExportProgress.h"
#include "OfficialPage.h"

#include <QSizeF>
#include <QXmlStreamWriter>

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

void element(QXmlStreamWriter* x, const char* name,
             std::initializer_list<std::pair<const char*, QString>> attrs)
{
    x->writeEmptyElement(s(name));
    for (const auto& [key, value] : attrs)
        x->writeAttribute(s(key), value);
}

} // namespace

DocxBody::DocxBody(QXmlStreamWriter* xml, ExportProgress* progress) : m_xml(xml), m_progress(progress) {}

bool DocxBody::write(const ReportDocument& doc)
{
    m_total = doc.rowCount();
    if (!exportStep(m_progress, 0, m_total))
        return false;
    QXmlStreamWriter* x = m_xml;
    x->writeStartDocument(QStringLiteral("1.0"), true);
    x->writeStartElement(QStringLiteral("w:document"));
    x->writeNamespace(DocxXml::w, QStringLiteral("w"));
    x->writeNamespace(DocxXml::r, QStringLiteral("r"));
    x->writeNamespace(DocxXml::wp, QStringLiteral("wp"));
    x->writeNamespace(DocxXml::a, QStringLiteral("a"));
    x->writeNamespace(DocxXml::pic, QStringLiteral("pic"));
    x->writeStartElement(QStringLiteral("w:body"));
    for (qsizetype i = 0; i < doc.blocks.size(); ++i) {
        const ReportBlock& b = doc.blocks.at(i);
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            lines(s("Title"), b.text, true);
            break;
        case ReportBlock::Kind::Subtitle:
            lines(s("Subtitle"), b.text, false);
            break;
        case ReportBlock::Kind::Heading1:
            lines(s("Heading1"), b.text, true);
            break;
        case ReportBlock::Kind::Heading2:
            lines(s("Heading2"), b.text, true);
            break;
        case ReportBlock::Kind::Caption:
            lines(s("AttachmentLabel"), b.text, true);
            break;
        case ReportBlock::Kind::Paragraph: {
            const bool signs =
                i + 1 < doc.blocks.size() && doc.blocks.at(i + 1).kind == ReportBlock::Kind::Signature;
            lines(s("Normal"), b.text, signs);
            break;
        }
        case ReportBlock::Kind::Signature:
            lines(s("Signature"), b.text, false, DocxXml::twipsOfPoints(OfficialPage::linePitchPt));
            break;
        case ReportBlock::Kind::PageBreak:
            m_pageBreak = m_started;
            break;
        case ReportBlock::Kind::Table: {
            const ReportTable& t = doc.tables.at(b.table);
            if (t.headers.isEmpty())
                break;
            if (m_pageBreak) // a table cannot start a page itself
                spacer(s("AfterTable"));
            if (!table(t))
                return false;
            spacer(s("AfterTable")); // also keeps two tables in a row from merging into one
            break;
        }
        case ReportBlock::Kind::Image:
            picture(b, i);
            break;
        }
    }
    section();
    x->writeEndElement(); // body
    x->writeEndElement(); // document
    x->writeEndDocument();
    exportStep(m_progress, m_total, m_total);
    return true;
}

void DocxBody::paragraph(const QString& style, const QString& text, bool keepNext, int spaceBefore)
{
    QXmlStreamWriter* x = m_xml;
    x->writeStartElement(QStringLiteral("w:p"));
    // CT_PPr sequence: pStyle, keepNext, keepLines, pageBreakBefore, …, spacing.
    x->writeStartElement(QStringLiteral("w:pPr"));
    element(x, "w:pStyle", {{"w:val", style}});
    if (keepNext)
        x->writeEmptyElement(QStringLiteral("w:keepNext"));
    if (m_pageBreak)
        x->writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
    if (spaceBefore > 0)
        element(x, "w:spacing", {{"w:before", QString::number(spaceBefore)}});
    x->writeEndElement(); // pPr
    DocxXml::runs(x, text);
    x->writeEndElement(); // p
    m_pageBreak = false;
    m_started = true;
}

void DocxBody::lines(const QString& style, const QString& text, bool keepLast, int spaceBefore)
{
    // One paragraph per line, as the PDF sets them; the lines of one block keep together.
    QStringList parts;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            parts << line.trimmed();
    const bool together = style != QLatin1String("Normal");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        paragraph(style, parts[i], last ? keepLast : together, i == 0 ? spaceBefore : 0);
    }
}

void DocxBody::spacer(const QString& style)
{
    paragraph(style, {});
}

bool DocxBody::table(const ReportTable& t)
{
    DocxTable table(m_xml, t.headers, t.widths);
    table.begin();
    const bool ok = t.forEachRow([&](const ReportRow& row) {
        table.row(row);
        return ++m_done % 100 != 0 || exportStep(m_progress, m_done, m_total);
    });
    if (!ok)
        return false;
    table.end();
    m_started = true;
    return true;
}

void DocxBody::picture(const ReportBlock& b, qsizetype index)
{
    if (b.image.isNull())
        return;
    // As large as the text area allows, at most 45 % of its height (as in the PDF).
    QSizeF size(b.image.width(), b.image.height());
    size.scale(OfficialPage::textWidthMm, OfficialPage::textHeightMm * OfficialPage::pictureMaxHeight,
               Qt::KeepAspectRatio);
    const QString cx = QString::number(DocxXml::emu(size.width())),
                  cy = QString::number(DocxXml::emu(size.height()));
    const int n = int(m_pictures.size()) + 1;
    const QString id = DocxParts::pictureRelationId(n);
    m_pictures.append({id, index});

    QXmlStreamWriter* x = m_xml;
    x->writeStartElement(QStringLiteral("w:p"));
    x->writeStartElement(QStringLiteral("w:pPr"));
    element(x, "w:pStyle", {{"w:val", s("Figure")}});
    x->writeEmptyElement(QStringLiteral("w:keepNext"));
    if (m_pageBreak)
        x->writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("w:r"));
    x->writeStartElement(QStringLiteral("w:drawing"));
    x->writeStartElement(QStringLiteral("wp:inline"));
    for (const char* d : {"distT", "distB", "distL", "distR"})
        x->writeAttribute(s(d), s("0"));
    element(x, "wp:extent", {{"cx", cx}, {"cy", cy}});
    element(x, "wp:effectExtent", {{"l", s("0")}, {"t", s("0")}, {"r", s("0")}, {"b", s("0")}});
    element(x, "wp:docPr",
            {{"id", QString::number(n)},
             {"name", QStringLiteral("图片 %1").arg(n)},
             {"descr", DocxXml::clean(b.text)}});
    x->writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    element(x, "a:graphicFrameLocks", {{"noChangeAspect", s("1")}});
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("a:graphic"));
    x->writeStartElement(QStringLiteral("a:graphicData"));
    x->writeAttribute(QStringLiteral("uri"), DocxXml::pic);
    x->writeStartElement(QStringLiteral("pic:pic"));
    x->writeStartElement(QStringLiteral("pic:nvPicPr"));
    element(x, "pic:cNvPr", {{"id", QString::number(n)}, {"name", DocxParts::pictureName(n)}});
    x->writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("pic:blipFill"));
    element(x, "a:blip", {{"r:embed", id}});
    x->writeStartElement(QStringLiteral("a:stretch"));
    x->writeEmptyElement(QStringLiteral("a:fillRect"));
    x->writeEndElement();
    x->writeEndElement(); // blipFill
    x->writeStartElement(QStringLiteral("pic:spPr"));
    x->writeStartElement(QStringLiteral("a:xfrm"));
    element(x, "a:off", {{"x", s("0")}, {"y", s("0")}});
    element(x, "a:ext", {{"cx", cx}, {"cy", cy}});
    x->writeEndElement();
    x->writeStartElement(QStringLiteral("a:prstGeom"));
    x->writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    x->writeEmptyElement(QStringLiteral("a:avLst"));
    x->writeEndElement();
    x->writeEndElement(); // spPr
    x->writeEndElement(); // pic
    x->writeEndElement(); // graphicData
    x->writeEndElement(); // graphic
    x->writeEndElement(); // inline
    x->writeEndElement(); // drawing
    x->writeEndElement(); // r
    x->writeEndElement(); // p
    m_pageBreak = false;
    m_started = true;
    paragraph(s("FigureCaption"), b.text.trimmed());
}

void DocxBody::section()
{
    using namespace OfficialPage;
    QXmlStreamWriter* x = m_xml;
    // CT_SectPr sequence: headerReference/footerReference, pgSz, pgMar, cols.
    x->writeStartElement(QStringLiteral("w:sectPr"));
    element(x, "w:footerReference", {{"w:type", s("even")}, {"r:id", DocxParts::evenFooterId}});
    element(x, "w:footerReference", {{"w:type", s("default")}, {"r:id", DocxParts::oddFooterId}});
    element(x, "w:pgSz",
            {{"w:w", QString::number(DocxXml::twips(widthMm))},
             {"w:h", QString::number(DocxXml::twips(heightMm))}});
    element(x, "w:pgMar",
            {{"w:top", QString::number(DocxXml::twips(topMm))},
             {"w:right", QString::number(DocxXml::twips(rightMm))},
             {"w:bottom", QString::number(DocxXml::twips(bottomMm))},
             {"w:left", QString::number(DocxXml::twips(leftMm))},
             {"w:header", QString::number(DocxXml::twips(15))},
             {"w:footer", QString::number(DocxXml::twips(DocxParts::footerDistanceMm))},
             {"w:gutter", s("0")}});
    element(x, "w:cols", {{"w:space", QString::number(DocxXml::twips(7.5))}});
    x->writeEndElement();
}
