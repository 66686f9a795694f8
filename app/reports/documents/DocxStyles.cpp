#include "DocxStyles.h"

#include "DocxXml.h"
#include "OfficialFonts.h"
#include "OfficialPage.h"

#include <QXmlStreamWriter>

namespace {

using Role = OfficialFonts::Role;
using namespace OfficialPage;

enum class Rule { Exact, Auto };

// One paragraph style; -1 leaves a measure to the style it is based on.
struct Style
{
    const char* id;
    const char* name;
    const char* basedOn;
    Role role;
    double size;
    const char* jc = nullptr;
    int firstLine = -1, left = -1, right = -1; // twips
    int line = -1;
    Rule rule = Rule::Exact;
    int before = -1, after = -1;
    bool keepNext = false;
    int outline = -1;
    int widowControl = -1; // 1 on, 0 off
};

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

void val(QXmlStreamWriter& x, const char* name, const QString& value)
{
    x.writeEmptyElement(text(name));
    x.writeAttribute(QStringLiteral("w:val"), value);
}

// CT_RPr sequence: rFonts, b, bCs, sz, szCs, lang.
void runProperties(QXmlStreamWriter& x, Role role, double size, bool withLanguage)
{
    const QString family = OfficialFonts::instance().family(role);
    x.writeStartElement(QStringLiteral("w:rPr"));
    x.writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char* script : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"})
        x.writeAttribute(text(script), family);
    const bool bold = OfficialFonts::instance().isBold(role);
    val(x, "w:b", bold ? text("1") : text("0"));
    val(x, "w:bCs", bold ? text("1") : text("0"));
    val(x, "w:sz", QString::number(DocxXml::halfPoints(size)));
    val(x, "w:szCs", QString::number(DocxXml::halfPoints(size)));
    if (withLanguage) {
        x.writeEmptyElement(QStringLiteral("w:lang"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("en-US"));
        x.writeAttribute(QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN"));
        x.writeAttribute(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
    }
    x.writeEndElement();
}

// CT_PPr sequence: keepNext, widowControl, spacing, ind, jc, outlineLvl.
void paragraphProperties(QXmlStreamWriter& x, const Style& s)
{
    x.writeStartElement(QStringLiteral("w:pPr"));
    if (s.keepNext)
        x.writeEmptyElement(QStringLiteral("w:keepNext"));
    if (s.widowControl >= 0)
        val(x, "w:widowControl", s.widowControl ? text("1") : text("0"));
    if (s.before >= 0 || s.after >= 0 || s.line >= 0) {
        x.writeEmptyElement(QStringLiteral("w:spacing"));
        if (s.before >= 0)
            x.writeAttribute(QStringLiteral("w:before"), QString::number(s.before));
        if (s.after >= 0)
            x.writeAttribute(QStringLiteral("w:after"), QString::number(s.after));
        if (s.line >= 0) {
            x.writeAttribute(QStringLiteral("w:line"), QString::number(s.line));
            x.writeAttribute(QStringLiteral("w:lineRule"),
                             s.rule == Rule::Exact ? text("exact") : text("auto"));
        }
    }
    if (s.firstLine >= 0 || s.left >= 0 || s.right >= 0) {
        x.writeEmptyElement(QStringLiteral("w:ind"));
        if (s.left >= 0)
            x.writeAttribute(QStringLiteral("w:left"), QString::number(s.left));
        if (s.right >= 0)
            x.writeAttribute(QStringLiteral("w:right"), QString::number(s.right));
        if (s.firstLine >= 0)
            x.writeAttribute(QStringLiteral("w:firstLine"), QString::number(s.firstLine));
    }
    if (s.jc)
        val(x, "w:jc", text(s.jc));
    if (s.outline >= 0)
        val(x, "w:outlineLvl", QString::number(s.outline));
    x.writeEndElement();
}

QList<Style> styles()
{
    const int pitch = DocxXml::twipsOfPoints(linePitchPt);
    const int indent = DocxXml::twipsOfPoints(bodyPt * 2); // two characters
    const int tableLinePitch = DocxXml::twipsOfPoints(tablePt * tableLine);
    const int numberInset = DocxXml::twipsOfPoints(pageNumberPt); // one character
    const int numberLine = DocxXml::twips(6);
    QList<Style> out;
    // Normal is the body text: justified, indented, on the fixed pitch.
    out.append(
        {"Normal", "Normal", nullptr, Role::Body, bodyPt, "both", indent, -1, -1, pitch, Rule::Exact, 0, 0});
    out.last().widowControl = 1; // a paragraph never leaves one line alone on a page
    out.append({"Title", "Title", "Normal", Role::Title, titlePt, "center", 0, -1, -1,
                DocxXml::twipsOfPoints(titlePt * titleLine), Rule::Exact, -1, pitch / 2, true});
    out.append({"Subtitle", "Subtitle", "Normal", Role::Heading2, bodyPt, "center", 0, -1, -1, -1,
                Rule::Exact, -1, pitch / 2});
    out.append({"Heading1", "heading 1", "Normal", Role::Heading1, bodyPt, "left", -1, -1, -1, -1,
                Rule::Exact, -1, -1, true, 0});
    out.append({"Heading2", "heading 2", "Normal", Role::Heading2, bodyPt, "left", -1, -1, -1, -1,
                Rule::Exact, -1, -1, true, 1});
    out.append({"AttachmentLabel", "Attachment label", "Normal", Role::Heading1, bodyPt, "left", 0, -1, -1,
                -1, Rule::Exact, -1, -1, true});
    out.append({"Signature", "Signature", "Normal", Role::Body, bodyPt, "right", 0});
    out.append({"Figure", "Figure", "Normal", Role::Body, bodyPt, "center", 0, -1, -1, 240, Rule::Auto, 0,
                DocxXml::twipsOfPoints(4), true});
    out.append({"FigureCaption", "Figure caption", "Normal", Role::Heading2, captionPt, "center", 0, -1, -1,
                -1, Rule::Exact, -1, DocxXml::twipsOfPoints(8)});
    out.append({"AfterTable", "After table", "Normal", Role::Body, bodyPt, nullptr, 0, -1, -1,
                DocxXml::twipsOfPoints(afterTablePt)});
    out.append(
        {"TableText", "Table text", "Normal", Role::Table, tablePt, "left", 0, -1, -1, tableLinePitch});
    out.last().widowControl = 0; // rows do not split anyway
    out.append({"TableNumber", "Table figure", "TableText", Role::Table, tablePt, "center"});
    out.append({"TableHeader", "Table header", "TableText", Role::TableHeader, tablePt, "center"});
    out.append({"TableGroup", "Table group", "TableText", Role::Heading2, tablePt, "left"});
    out.append({"PageNumberOdd", "Page number (odd)", "Normal", Role::PageNumber, pageNumberPt, "right", 0,
                -1, numberInset, numberLine});
    out.append({"PageNumberEven", "Page number (even)", "Normal", Role::PageNumber, pageNumberPt, "left", 0,
                numberInset, -1, numberLine});
    return out;
}

} // namespace

namespace DocxStyles {

QByteArray stylesXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("w:styles"));
    x.writeNamespace(DocxXml::w, QStringLiteral("w"));
    x.writeStartElement(QStringLiteral("w:docDefaults"));
    x.writeStartElement(QStringLiteral("w:rPrDefault"));
    runProperties(x, Role::Body, bodyPt, true);
    x.writeEndElement();
    // No automatic space between Chinese and Latin letters or digits ("2025年9月", not "2025 年 9 月"):
    // the PDF sets none, and dates in narrow table cells would wrap where the PDF's do not.
    x.writeStartElement(QStringLiteral("w:pPrDefault"));
    x.writeStartElement(QStringLiteral("w:pPr"));
    val(x, "w:autoSpaceDE", text("0"));
    val(x, "w:autoSpaceDN", text("0"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // docDefaults
    for (const Style& s : styles()) {
        x.writeStartElement(QStringLiteral("w:style"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        if (qstrcmp(s.id, "Normal") == 0)
            x.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("w:styleId"), text(s.id));
        // CT_Style sequence: name, basedOn, next, qFormat, pPr, rPr.
        val(x, "w:name", text(s.name));
        if (s.basedOn)
            val(x, "w:basedOn", text(s.basedOn));
        val(x, "w:next", qstrncmp(s.id, "Table", 5) == 0 ? text(s.id) : text("Normal"));
        x.writeEmptyElement(QStringLiteral("w:qFormat"));
        paragraphProperties(x, s);
        runProperties(x, s.role, s.size, false);
        x.writeEndElement();
    }
    x.writeEndElement(); // styles
    x.writeEndDocument();
    return out;
}

} // namespace DocxStyles
