#include "formats/OdfReader.h"

#include "formats/FormatMessages.h"
#include "formats/GridBuilder.h"
#include "formats/SafeXml.h"
#include "formats/SpreadsheetNumbers.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>

namespace OdfReader {

namespace {
bool openContent(const QByteArray& bytes, QByteArray* content, QString* error)
{
    ZipContainer zip;
    if (!zip.open(bytes, error))
        return false;
    const QString manifest = QStringLiteral("META-INF/manifest.xml");
    if (zip.contains(manifest)) {
        QByteArray data;
        if (!zip.entry(manifest, &data, error))
            return false;
        if (data.contains("encryption-data")) {
            *error = FormatMessages::passwordProtected();
            return false;
        }
    }
    return zip.entry(QStringLiteral("content.xml"), content, error);
}

qint64 repeat(const QXmlStreamReader& r, QStringView attribute)
{
    bool ok = false;
    const qint64 n = SafeXml::attribute(r.attributes(), attribute).toLongLong(&ok);
    return ok && n > 0 ? qMin<qint64>(n, qint64(1) << 40) : 1;
}

QString nestedTableText(SafeXml& xml);

// The text of a paragraph-like element (text:p, text:h) and everything inside it.
QString paragraphText(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    QString text;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (name == u"s")
                text += QString(int(qMin<qint64>(repeat(r, u"c"), 1000)), u' '), xml.skip();
            else if (name == u"tab")
                text += u'\t', xml.skip();
            else if (name == u"line-break")
                text += u'\n', xml.skip();
            else if (name == u"annotation" || name == u"note" || name == u"tracked-changes")
                xml.skip();
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        } else if (r.isCharacters()) {
            text += r.text();
        }
    }
    return text;
}

// The paragraphs of a cell joined by line breaks; a nested table flattened into lines.
QString cellText(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    QStringList paragraphs;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            if (r.name() == u"p" || r.name() == u"h")
                paragraphs.append(paragraphText(xml));
            else if (r.name() == u"table")
                paragraphs.append(nestedTableText(xml));
            else if (r.name() == u"annotation")
                xml.skip();
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    return paragraphs.join(u'\n');
}

QString nestedTableText(SafeXml& xml)
{
    QXmlStreamReader& r = xml.reader();
    QStringList rows, cells;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            if (r.name() == u"table-cell") {
                const QString text = cellText(xml).trimmed();
                if (!text.isEmpty())
                    cells.append(text);
            } else {
                ++depth;
            }
        } else if (r.isEndElement()) {
            --depth;
            if (r.name() == u"table-row") {
                if (!cells.isEmpty())
                    rows.append(cells.join(u' '));
                cells.clear();
            }
        }
    }
    return rows.join(u'\n');
}

TableCell typedCell(const QXmlStreamAttributes& a, const QString& text)
{
    TableCell cell;
    cell.text = text;
    const QStringView type = SafeXml::attribute(a, u"value-type");
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        bool ok = false;
        const double value = SafeXml::attribute(a, u"value").toDouble(&ok);
        if (ok) {
            cell.kind = TableCell::Kind::Number;
            cell.number = value;
            if (cell.text.isEmpty())
                cell.text = SpreadsheetNumbers::numberText(type == u"percentage" ? value * 100 : value) +
                            (type == u"percentage" ? QStringLiteral("%") : QString());
        }
    } else if (type == u"date") {
        const QStringView value = SafeXml::attribute(a, u"date-value");
        const QDate date = QDate::fromString(value.left(10).toString(), Qt::ISODate);
        if (date.isValid()) {
            cell.kind = TableCell::Kind::Date;
            cell.date = date;
            cell.number = double(QDate(1899, 12, 30).daysTo(date));
            if (cell.text.isEmpty())
                cell.text = date.toString(Qt::ISODate);
        }
    }
    if (cell.kind == TableCell::Kind::Empty && !cell.text.isEmpty())
        cell.kind = TableCell::Kind::Text;
    return cell;
}

// One table:table (the reader stands on its start element).
bool readTable(SafeXml& xml, const QString& name, TableGrid* out, QString* error)
{
    QXmlStreamReader& r = xml.reader();
    GridBuilder grid(name);
    qint64 row = 0, column = 0, rowRepeat = 1;
    QList<QPair<qint64, QRect>> rowMerges;
    bool rowHasContent = false;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            const QStringView tag = r.name();
            if (tag == u"table-row") {
                rowRepeat = repeat(r, u"number-rows-repeated");
                column = 0, rowHasContent = false, rowMerges.clear();
                ++depth;
            } else if (tag == u"table-cell" || tag == u"covered-table-cell") {
                const QXmlStreamAttributes a = r.attributes();
                const qint64 count = repeat(r, u"number-columns-repeated");
                const qint64 across = repeat(r, u"number-columns-spanned");
                const qint64 down = repeat(r, u"number-rows-spanned");
                const bool covered = tag == u"covered-table-cell";
                const TableCell cell = typedCell(a, cellText(xml));
                if (!covered && (across > 1 || down > 1))
                    rowMerges.append({column, QRect(0, 0, int(qMin<qint64>(across, 1 << 20)),
                                                    int(qMin<qint64>(down, 1 << 20)))});
                if (covered || cell.kind == TableCell::Kind::Empty) {
                    column = qMin<qint64>(column + count, qint64(1) << 50); // empty cells: only counted
                } else {
                    for (qint64 k = 0; k < count; ++k, ++column) {
                        if (!grid.set(row, column, cell, error))
                            return false;
                    }
                    rowHasContent = true;
                }
            } else if (tag == u"table") {
                xml.skip(); // only nested in cells, handled there
            } else if (tag == u"table-column" || tag == u"shapes" || tag == u"named-expressions") {
                xml.skip();
            } else {
                ++depth;
            }
        } else if (r.isEndElement()) {
            --depth;
            if (r.name() == u"table-row") {
                for (const auto& [left, size] : std::as_const(rowMerges))
                    grid.merge(row, left, size.height(), size.width());
                if (rowHasContent && rowRepeat > 1) {
                    // A repeated row with content: copy what this row holds.
                    for (qint64 k = 1; k < rowRepeat; ++k) {
                        if (!grid.copyRow(row, row + k, error))
                            return false;
                    }
                }
                row = qMin<qint64>(row + rowRepeat, qint64(1) << 50);
            }
        }
    }
    return grid.finish(out, error);
}
} // namespace

bool readSpreadsheet(const QByteArray& bytes, TableDocument* out, QString* error,
                     const std::function<bool(qint64, qint64)>& progress)
{
    QByteArray content;
    if (!openContent(bytes, &content, error))
        return false;
    TableDocument document;
    document.format = QStringLiteral("ods");
    SafeXml xml(content);
    while (xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (r.isStartElement() && r.name() == u"table") {
            if (progress && !progress(r.characterOffset(), content.size())) {
                *error = FormatMessages::cancelled();
                return false;
            }
            TableGrid grid;
            if (!readTable(xml, SafeXml::attribute(r.attributes(), u"name").toString(), &grid, error))
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

bool readTextTables(const QByteArray& bytes, TableDocument* out, QString* error)
{
    QByteArray content;
    if (!openContent(bytes, &content, error))
        return false;
    TableDocument document;
    document.format = QStringLiteral("odt");
    SafeXml xml(content);
    while (xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (r.isStartElement() && r.name() == u"table") {
            TableGrid grid;
            if (!readTable(xml, QStringLiteral("表格 %1").arg(document.tables.size() + 1), &grid, error))
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
    QByteArray content;
    if (!openContent(bytes, &content, error))
        return false;
    QStringList lines;
    SafeXml xml(content);
    bool inBody = false;
    while (xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (r.isStartElement() && r.name() == u"body")
            inBody = true;
        else if (inBody && r.isStartElement() && (r.name() == u"p" || r.name() == u"h"))
            lines.append(paragraphText(xml));
    }
    if (!xml.ok()) {
        *error = xml.errorString();
        return false;
    }
    *text = lines.join(u'\n');
    return true;
}

} // namespace OdfReader
