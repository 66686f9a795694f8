#include "formats/DocxReader.h"

#include "formats/GridBuilder.h"
#include "formats/SafeXml.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>

namespace DocxReader {

namespace {
const QString kDocument = QStringLiteral("word/document.xml");

bool openDocument(const QByteArray& bytes, QByteArray* xml, QString* error)
{
    ZipContainer zip;
    return zip.open(bytes, error) && zip.entry(kDocument, xml, error);
}

int intValue(const QXmlStreamReader& r)
{
    for (const QXmlStreamAttribute& a : r.attributes()) {
        if (a.name() == u"val")
            return a.value().toInt();
    }
    return 0;
}

QStringView attribute(const QXmlStreamReader& r, QStringView name)
{
    for (const QXmlStreamAttribute& a : r.attributes()) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

// The text of a paragraph: runs' w:t, tabs, breaks; alternate content read once (its Choice).
QString paragraphText(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    QString text;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (name == u"t")
                text += xml.elementText();
            else if (name == u"tab")
                text += u'\t', xml.skip();
            else if (name == u"br" || name == u"cr")
                text += u'\n', xml.skip();
            else if (name == u"Fallback" || name == u"delText" || name == u"instrText")
                xml.skip();
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    return text;
}

// A nested table as text: cells of a row joined by spaces, rows by line breaks.
QString nestedTableText(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    QStringList rows;
    QStringList cells;
    QStringList paragraphs;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            if (r.name() == u"p")
                paragraphs.append(paragraphText(xml));
            else if (r.name() == u"tbl")
                paragraphs.append(nestedTableText(xml));
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
            if (r.name() == u"tc") {
                cells.append(paragraphs.join(u' ').trimmed());
                paragraphs.clear();
            } else if (r.name() == u"tr") {
                cells.removeAll(QString());
                rows.append(cells.join(u' '));
                cells.clear();
            }
        }
    }
    rows.removeAll(QString());
    return rows.join(u'\n');
}

struct CellInfo
{
    int span = 1;
    enum { None, Restart, Continue } vmerge = None;
    QString text;
};

CellInfo readCell(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    CellInfo cell;
    QStringList paragraphs;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (name == u"gridSpan")
                cell.span = qBound(1, intValue(r), 1024), ++depth;
            else if (name == u"vMerge")
                cell.vmerge = attribute(r, u"val") == u"restart" ? CellInfo::Restart : CellInfo::Continue,
                ++depth;
            else if (name == u"p")
                paragraphs.append(paragraphText(xml));
            else if (name == u"tbl")
                paragraphs.append(nestedTableText(xml));
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    cell.text = paragraphs.join(u'\n');
    return cell;
}

bool readTable(SafeXml& xml, const QString& name, TableGrid* out, QString* error)
{
    QXmlStreamReader& r = xml.reader();
    GridBuilder grid(name);
    qint64 row = -1, column = 0;
    QHash<qint64, QRect> open; // vertical merges by their first column, still growing
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            const QStringView tag = r.name();
            if (tag == u"tr") {
                ++row, column = 0, ++depth;
            } else if (tag == u"gridBefore") {
                column += qBound(0, intValue(r), 1024), ++depth;
            } else if (tag == u"tc") {
                const CellInfo cell = readCell(xml);
                if (cell.vmerge == CellInfo::Continue && open.contains(column)) {
                    QRect& merge = open[column];
                    merge.setBottom(int(row));
                } else {
                    TableCell value;
                    value.text = cell.text;
                    value.kind = cell.text.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
                    if (!grid.set(qMax<qint64>(row, 0), column, value, error))
                        return false;
                    // A cell that does not continue the merge above ends it: keep what it covered.
                    if (const auto ended = open.constFind(column); ended != open.cend()) {
                        grid.merge(ended->y(), ended->x(), ended->height(), ended->width());
                        open.erase(ended);
                    }
                    if (cell.vmerge == CellInfo::Restart)
                        open.insert(column, QRect(int(column), int(row), cell.span, 1));
                    else if (cell.span > 1)
                        grid.merge(row, column, 1, cell.span);
                }
                column += cell.span;
                if (column > 100000) {
                    *error = QCoreApplication::translate("TableReader", "The table has more than %1 columns.")
                                 .arg(1024);
                    return false;
                }
            } else if (tag == u"tbl") {
                xml.skip(); // a table directly in a row is invalid; nested ones live in cells
            } else {
                ++depth;
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    for (const QRect& merge : std::as_const(open))
        grid.merge(merge.y(), merge.x(), merge.height(), merge.width());
    return grid.finish(out, error);
}
} // namespace

bool readTables(const QByteArray& bytes, TableDocument* out, QString* error)
{
    QByteArray data;
    if (!openDocument(bytes, &data, error))
        return false;
    TableDocument document;
    document.format = QStringLiteral("docx");
    SafeXml xml(data);
    while (xml.next()) {
        if (xml.reader().isStartElement() && xml.reader().name() == u"tbl") {
            TableGrid grid;
            const QString name = QStringLiteral("表格 %1").arg(document.tables.size() + 1);
            if (!readTable(xml, name, &grid, error))
                return false;
            if (!GridBuilder::append(&document, std::move(grid), error))
                return false;
        }
    }
    if (!xml.ok()) {
        *error = xml.errorString();
        return false;
    }
    *out = std::move(document);
    return true;
}

bool readText(const QByteArray& bytes, QString* text, QString* error)
{
    QByteArray data;
    if (!openDocument(bytes, &data, error))
        return false;
    QStringList lines;
    SafeXml xml(data);
    while (xml.next()) {
        if (xml.reader().isStartElement() && xml.reader().name() == u"p")
            lines.append(paragraphText(xml));
    }
    if (!xml.ok()) {
        *error = xml.errorString();
        return false;
    }
    *text = lines.join(u'\n');
    return true;
}

} // namespace DocxReader
