#include "OdtWriter.h"

#include "ExportProgress.h"
#include "OdtPageLayout.h"
#include "OfficialFonts.h"
#include "ZipArchiveWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace {

using Role = OfficialFonts::Role;
using Kind = ReportBlock::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("OdtWriter", text);
}

// The text styles every document uses: a role of the official fonts at a size.
struct TextStyle
{
    const char* name;
    Role role;
    int points;
};
constexpr TextStyle kTextStyles[] = {
    {"TTitle", Role::Title, 22},       {"TSubtitle", Role::Heading2, 16}, {"THeading1", Role::Heading1, 16},
    {"THeading2", Role::Heading2, 16}, {"TBody", Role::Body, 16},         {"THeader", Role::TableHeader, 12},
    {"TCell", Role::Table, 12},        {"TGroup", Role::Heading2, 12},    {"TCaption", Role::Heading2, 14},
};

// Paragraph styles: alignment, first-line indent (two 3号 characters) and the fixed 28.9 px pitch.
struct ParagraphStyle
{
    const char* name;
    const char* align;
    bool indent;
    bool pitch;
};
constexpr ParagraphStyle kParagraphStyles[] = {
    {"PCentre", "center", false, true}, {"PLeft", "start", false, true},
    {"PIndent", "start", true, true},   {"PJustify", "justify", true, true},
    {"PEnd", "end", false, true},       {"PImage", "center", false, false},
    {"PCell", "start", false, false},   {"PCellCentre", "center", false, false},
};

// Characters XML 1.0 cannot carry are left out (a title pasted with a control character).
bool allowed(char16_t c)
{
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
}

class Writer
{
public:
    Writer(const ReportDocument& doc, ExportProgress* progress) : m_doc(doc), m_progress(progress) {}

    // content.xml into `out`; false when cancelled.
    bool content(QIODevice* out);
    QList<QByteArray> pictures() const { return m_pictures; }

private:
    void styles();
    void paragraph(const QString& text, const char* paragraphStyle, const char* textStyle);
    void text(QStringView text);
    bool table(const ReportTable& t, int index);
    void image(const ReportBlock& b);
    const char* withBreak(const char* style);

    const ReportDocument& m_doc;
    ExportProgress* m_progress;
    QXmlStreamWriter m_xml;
    QList<QByteArray> m_pictures; // PNG bytes, Pictures/chartN.png
    bool m_pageBreak = false;     // the next paragraph or table starts a new page
    qint64 m_done = 0, m_total = 0;
    QByteArray m_styleName;
};

const char* Writer::withBreak(const char* style)
{
    if (!m_pageBreak)
        return style;
    m_pageBreak = false;
    m_styleName = QByteArray(style) + "Break";
    return m_styleName.constData();
}

void Writer::styles()
{
    m_xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    const OfficialFonts& fonts = OfficialFonts::instance();
    for (const TextStyle& t : kTextStyles) {
        m_xml.writeStartElement(QStringLiteral("style:style"));
        m_xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(t.name));
        m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
        m_xml.writeStartElement(QStringLiteral("style:text-properties"));
        const QString family = fonts.family(t.role);
        const QString size = QStringLiteral("%1pt").arg(t.points);
        // Word processors take Chinese text's font from the "asian" properties, Latin text's from fo:.
        const bool bold = t.role == Role::TableHeader || fonts.isBold(t.role);
        for (const QString& script : {QStringLiteral("fo:%1"), QStringLiteral("style:%1-asian")}) {
            const bool fo = script.startsWith(QLatin1String("fo"));
            m_xml.writeAttribute(
                fo ? QStringLiteral("fo:font-family") : QStringLiteral("style:font-family-asian"), family);
            m_xml.writeAttribute(
                fo ? QStringLiteral("fo:font-size") : QStringLiteral("style:font-size-asian"), size);
            if (bold)
                m_xml.writeAttribute(fo ? QStringLiteral("fo:font-weight")
                                        : QStringLiteral("style:font-weight-asian"),
                                     QStringLiteral("bold"));
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    for (const ParagraphStyle& p : kParagraphStyles) {
        for (bool pageBreak : {false, true}) {
            m_xml.writeStartElement(QStringLiteral("style:style"));
            m_xml.writeAttribute(QStringLiteral("style:name"),
                                 QLatin1String(p.name) + (pageBreak ? QStringLiteral("Break") : QString()));
            m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            m_xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            m_xml.writeAttribute(QStringLiteral("fo:text-align"), QLatin1String(p.align));
            m_xml.writeAttribute(QStringLiteral("fo:text-indent"),
                                 p.indent ? QStringLiteral("24pt") : QStringLiteral("0pt"));
            if (p.pitch)
                m_xml.writeAttribute(QStringLiteral("style:line-height"), QStringLiteral("21.675pt"));
            if (pageBreak)
                m_xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            m_xml.writeEndElement();
        }
    }
    for (const auto& [name, background] :
         {std::pair{"CCell", ""}, {"CHeader", "#eeeeee"}, {"CGroup", "#f6f6f6"}}) {
        m_xml.writeStartElement(QStringLiteral("style:style"));
        m_xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(name));
        m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
        m_xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        m_xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #000000"));
        m_xml.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("2.25pt"));
        m_xml.writeAttribute(QStringLiteral("style:vertical-align"), QStringLiteral("middle"));
        if (*background)
            m_xml.writeAttribute(QStringLiteral("fo:background-color"), QLatin1String(background));
        m_xml.writeEndElement();
    }
    // Each table: as wide as the text area, columns as relative widths, a page break before it when
    // a page break block precedes it directly.
    bool breakBefore = false;
    for (const ReportBlock& b : m_doc.blocks) {
        if (b.kind == Kind::PageBreak) {
            breakBefore = true;
            continue;
        }
        if (b.kind == Kind::Table) {
            const ReportTable& t = m_doc.tables.at(b.table);
            const QString name = QStringLiteral("Table%1").arg(b.table);
            m_xml.writeStartElement(QStringLiteral("style:style"));
            m_xml.writeAttribute(QStringLiteral("style:name"), name);
            m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            m_xml.writeEmptyElement(QStringLiteral("style:table-properties"));
            m_xml.writeAttribute(QStringLiteral("style:width"),
                                 QString::fromLatin1(OdtPageLayout::textWidth()));
            m_xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
            m_xml.writeAttribute(QStringLiteral("table:border-model"), QStringLiteral("collapsing"));
            if (breakBefore)
                m_xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            m_xml.writeEndElement();
            qreal sum = 0;
            for (int i = 0; i < t.headers.size(); ++i)
                sum += i < t.widths.size() ? t.widths[i] : 1;
            for (int i = 0; i < t.headers.size(); ++i) {
                m_xml.writeStartElement(QStringLiteral("style:style"));
                m_xml.writeAttribute(QStringLiteral("style:name"), name + QStringLiteral(".%1").arg(i));
                m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
                m_xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                const qreal share = (i < t.widths.size() ? t.widths[i] : 1) / (sum > 0 ? sum : 1);
                m_xml.writeAttribute(QStringLiteral("style:rel-column-width"),
                                     QStringLiteral("%1*").arg(qMax(1, qRound(share * 10000))));
                m_xml.writeEndElement();
            }
        }
        breakBefore = false;
    }
    m_xml.writeEndElement();
}

void Writer::text(QStringView s)
{
    QString run;
    int spaces = 0;
    bool start = true;
    const auto flushRun = [&] {
        if (!run.isEmpty())
            m_xml.writeCharacters(run);
        run.clear();
    };
    // ODF collapses white space: a run of spaces is one space and <text:s> for the rest (all of them
    // at the start of a paragraph).
    const auto flushSpaces = [&] {
        if (spaces == 0)
            return;
        if (!start)
            run += QLatin1Char(' ');
        const int extra = start ? spaces : spaces - 1;
        if (extra > 0) {
            flushRun();
            m_xml.writeEmptyElement(QStringLiteral("text:s"));
            if (extra > 1)
                m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(extra));
        }
        spaces = 0;
    };
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c == ' ') {
            ++spaces;
            continue;
        }
        flushSpaces();
        start = false;
        if (c == '\t') {
            flushRun();
            m_xml.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == 0x2028 || c == '\n') {
            flushRun();
            m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (allowed(c) && c != '\r') {
            run += ch;
        }
    }
    flushSpaces();
    flushRun();
}

void Writer::paragraph(const QString& content, const char* paragraphStyle, const char* textStyle)
{
    m_xml.writeStartElement(QStringLiteral("text:p"));
    m_xml.writeAttribute(QStringLiteral("text:style-name"), QLatin1String(withBreak(paragraphStyle)));
    if (!content.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("text:span"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), QLatin1String(textStyle));
        text(content);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

bool Writer::table(const ReportTable& t, int index)
{
    const int columns = int(t.headers.size());
    if (columns == 0)
        return true;
    m_pageBreak = false; // the table's own style breaks the page
    const QString name = QStringLiteral("Table%1").arg(index);
    m_xml.writeStartElement(QStringLiteral("table:table"));
    m_xml.writeAttribute(QStringLiteral("table:name"), name);
    m_xml.writeAttribute(QStringLiteral("table:style-name"), name);
    for (int i = 0; i < columns; ++i) {
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), name + QStringLiteral(".%1").arg(i));
    }
    const auto cell = [&](const QString& content, const char* cellStyle, const char* paragraphStyle,
                          const char* textStyle, int span) {
        m_xml.writeStartElement(QStringLiteral("table:table-cell"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), QLatin1String(cellStyle));
        m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        if (span > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(span));
        paragraph(content, paragraphStyle, textStyle);
        m_xml.writeEndElement();
        for (int i = 1; i < span; ++i)
            m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
    };
    // The header row repeats on every page.
    m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
    m_xml.writeStartElement(QStringLiteral("table:table-row"));
    for (const QString& h : t.headers)
        cell(h, "CHeader", "PCellCentre", "THeader", 1);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    QList<bool> centred(columns);
    for (int i = 0; i < columns; ++i)
        centred[i] = t.headers[i] == QStringLiteral("序号");
    const bool ok = t.forEachRow([&](const ReportRow& row) {
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        if (row.group) {
            cell(row.cells.value(0).text, "CGroup", "PCell", "TGroup", columns);
        } else {
            for (int i = 0; i < columns; ++i) {
                const bool number = i < row.cells.size() && row.cells[i].number;
                cell(i < row.cells.size() ? row.cells[i].text : QString(), "CCell",
                     number || centred[i] ? "PCellCentre" : "PCell", "TCell", 1);
            }
        }
        m_xml.writeEndElement();
        return ++m_done % 100 != 0 || exportStep(m_progress, m_done, m_total);
    });
    m_xml.writeEndElement();
    return ok;
}

void Writer::image(const ReportBlock& b)
{
    if (b.image.isNull())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    b.image.save(&buffer, "PNG");
    m_pictures.append(png);
    const QString path = QStringLiteral("Pictures/chart%1.png").arg(m_pictures.size());
    m_xml.writeStartElement(QStringLiteral("text:p"));
    m_xml.writeAttribute(QStringLiteral("text:style-name"), QLatin1String(withBreak("PImage")));
    m_xml.writeStartElement(QStringLiteral("draw:frame"));
    m_xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("chart%1").arg(m_pictures.size()));
    m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    m_xml.writeAttribute(QStringLiteral("svg:width"), QStringLiteral("330pt"));
    m_xml.writeAttribute(QStringLiteral("svg:height"),
                         QStringLiteral("%1pt").arg(330.0 * b.image.height() / b.image.width(), 0, 'f', 2));
    m_xml.writeEmptyElement(QStringLiteral("draw:image"));
    m_xml.writeAttribute(QStringLiteral("xlink:href"), path);
    m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    paragraph(b.text, "PCentre", "TCaption");
}

bool Writer::content(QIODevice* out)
{
    m_xml.setDevice(out);
    m_total = m_doc.rowCount();
    if (!exportStep(m_progress, 0, m_total))
        return false;
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("office:document-content"));
    const QList<std::pair<const char*, const char*>> namespaces = {
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    };
    for (const auto& [prefix, uri] : namespaces)
        m_xml.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    m_xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    styles();
    m_xml.writeStartElement(QStringLiteral("office:body"));
    m_xml.writeStartElement(QStringLiteral("office:text"));
    for (const ReportBlock& b : m_doc.blocks) {
        const auto lines = [&](const char* paragraphStyle, const char* textStyle, bool skipEmpty) {
            for (const QString& line : b.text.split(QLatin1Char('\n')))
                if (!skipEmpty || !line.trimmed().isEmpty())
                    paragraph(skipEmpty ? line.trimmed() : line, paragraphStyle, textStyle);
        };
        switch (b.kind) {
        case Kind::Title:
            lines("PCentre", "TTitle", true);
            break;
        case Kind::Subtitle:
            lines("PCentre", "TSubtitle", true);
            break;
        case Kind::Caption:
            lines("PLeft", "THeading1", true);
            break;
        case Kind::Heading1:
            lines("PIndent", "THeading1", true);
            break;
        case Kind::Heading2:
            lines("PIndent", "THeading2", true);
            break;
        case Kind::Paragraph:
            lines("PJustify", "TBody", true);
            break;
        case Kind::Signature:
            lines("PEnd", "TBody", true);
            break;
        case Kind::PageBreak:
            m_pageBreak = true;
            break;
        case Kind::Table:
            if (!table(m_doc.tables.at(b.table), b.table))
                return false;
            break;
        case Kind::Image:
            image(b);
            break;
        }
    }
    m_xml.writeEndDocument();
    return !m_xml.hasError();
}

QByteArray manifest(int pictures)
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:media-type=\"application/vnd.oasis.opendocument.text\" "
        "manifest:full-path=\"/\" manifest:version=\"1.2\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"content.xml\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"meta.xml\"/>\n";
    for (int i = 1; i <= pictures; ++i)
        xml += " <manifest:file-entry manifest:media-type=\"image/png\" manifest:full-path=\"Pictures/chart" +
               QByteArray::number(i) + ".png\"/>\n";
    return xml + "</manifest:manifest>\n";
}

QByteArray meta(const QString& title)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-meta"));
    w.writeAttribute(QStringLiteral("xmlns:office"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    w.writeAttribute(QStringLiteral("xmlns:meta"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    w.writeStartElement(QStringLiteral("office:meta"));
    w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Campaign Planner"));
    if (!title.isEmpty())
        w.writeTextElement(QStringLiteral("dc:title"), title);
    w.writeEndDocument();
    return xml;
}

} // namespace

namespace OdtWriter {

bool write(const ReportDocument& document, QIODevice* device, ExportProgress* progress, QString* error)
{
    // The zip writer the .docx and the report package use (system minizip); no zip64, as ODF readers
    // expect.
    ZipArchiveWriter zip(device, false);
    const auto add = [&zip](const QString& name, const QByteArray& data, bool compress) {
        return zip.begin(name, compress) && zip.entry()->write(data) == data.size() && zip.end();
    };
    Writer writer(document, progress);
    // "mimetype" first and stored, as ODF requires; then content.xml as it is produced.
    bool ok = zip.open() &&
              add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false) &&
              zip.begin(QStringLiteral("content.xml"), true);
    bool cancelled = false;
    if (ok) {
        cancelled = !writer.content(zip.entry());
        ok = !cancelled && zip.end();
    }
    const QList<QByteArray> pictures = writer.pictures();
    for (int i = 0; ok && i < pictures.size(); ++i)
        ok = add(QStringLiteral("Pictures/chart%1.png").arg(i + 1), pictures[i], false);
    ok = ok && add(QStringLiteral("styles.xml"), OdtPageLayout::stylesXml(), true) &&
         add(QStringLiteral("meta.xml"), meta(document.title), true) &&
         add(QStringLiteral("META-INF/manifest.xml"), manifest(int(pictures.size())), true) && zip.close();
    if (cancelled) {
        *error = tr("Cancelled.");
        return false;
    }
    if (!ok) {
        *error = tr("The document could not be written: %1").arg(zip.errorString());
        return false;
    }
    exportStep(progress, document.rowCount(), document.rowCount());
    return true;
}

} // namespace OdtWriter
