#include "formats/XlsxReader.h"

#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"
#include "formats/GridBuilder.h"
#include "formats/SafeXml.h"
#include "formats/SpreadsheetNumbers.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>

namespace XlsxReader {

namespace {
using SpreadsheetNumbers::Style;

struct Format
{
    Style style = Style::Number;
    QString code;
};

struct Workbook
{
    QStringList sharedStrings;
    QList<Format> formats; // by cellXfs index
    bool date1904 = false;
};

// "AB12" → column 27, row 11 (zero-based); false when it is not a cell reference.
bool parseReference(QStringView ref, qint64* row, qint64* column)
{
    qint64 c = 0, r = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t ch = ref.at(i).toUpper().unicode();
        if (ch < u'A' || ch > u'Z' || c > 1000000)
            return false;
        c = c * 26 + (ch - u'A' + 1);
    }
    const qsizetype letters = i;
    for (; i < ref.size() && ref.at(i).isDigit(); ++i) {
        r = r * 10 + (ref.at(i).unicode() - u'0');
        if (r > 100000000)
            return false;
    }
    if (i != ref.size() || (letters == 0 && i == 0))
        return false;
    if (column && letters > 0)
        *column = c - 1;
    if (row && i > letters)
        *row = r - 1;
    return letters > 0 || i > letters;
}

// A shared or inline string: the text of its <t> elements, leaving out phonetic runs (<rPh>).
QString stringItem(SafeXml& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (r.isStartElement()) {
            if (r.name() == u"t")
                text += xml.elementText();
            else if (r.name() == u"rPh" || r.name() == u"phoneticPr")
                xml.skip();
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    return text;
}

bool readSharedStrings(ZipContainer& zip, Workbook* book, QString* error)
{
    if (!zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        return true;
    QByteArray data;
    if (!zip.entry(QStringLiteral("xl/sharedStrings.xml"), &data, error))
        return false;
    SafeXml xml(data);
    while (xml.next()) {
        if (xml.reader().isStartElement() && xml.reader().name() == u"si") {
            if (book->sharedStrings.size() >= FormatLimits::maxCells) {
                *error = QCoreApplication::translate(
                    "TableReader", "The file is damaged or hostile (it holds more texts than cells).");
                return false;
            }
            book->sharedStrings.append(stringItem(xml));
        }
    }
    if (!xml.ok())
        *error = xml.errorString();
    return xml.ok();
}

bool readStyles(ZipContainer& zip, Workbook* book, QString* error)
{
    if (!zip.contains(QStringLiteral("xl/styles.xml")))
        return true;
    QByteArray data;
    if (!zip.entry(QStringLiteral("xl/styles.xml"), &data, error))
        return false;
    QHash<int, QString> codes;
    SafeXml xml(data);
    bool inCellXfs = false;
    while (xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt")
                codes.insert(SafeXml::attribute(r.attributes(), u"numFmtId").toInt(),
                             SafeXml::attribute(r.attributes(), u"formatCode").toString());
            else if (r.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && r.name() == u"xf") {
                const int id = SafeXml::attribute(r.attributes(), u"numFmtId").toInt();
                const QString code = codes.value(id);
                book->formats.append({SpreadsheetNumbers::styleOf(id, code), code});
            }
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (!xml.ok())
        *error = xml.errorString();
    return xml.ok();
}

struct SheetRef
{
    QString name;
    QString path;
};

bool readWorkbook(ZipContainer& zip, Workbook* book, QList<SheetRef>* sheets, QString* error)
{
    QByteArray data;
    if (!zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"), &data, error))
        return false;
    QHash<QString, QString> targets;
    {
        SafeXml xml(data);
        while (xml.next()) {
            QXmlStreamReader& r = xml.reader();
            if (r.isStartElement() && r.name() == u"Relationship") {
                QString target = SafeXml::attribute(r.attributes(), u"Target").toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(SafeXml::attribute(r.attributes(), u"Id").toString(), target);
            }
        }
        if (!xml.ok()) {
            *error = xml.errorString();
            return false;
        }
    }
    if (!zip.entry(QStringLiteral("xl/workbook.xml"), &data, error))
        return false;
    SafeXml xml(data);
    while (xml.next()) {
        QXmlStreamReader& r = xml.reader();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"workbookPr") {
            const QXmlStreamAttributes attributes = r.attributes();
            const QStringView v = SafeXml::attribute(attributes, u"date1904");
            book->date1904 = v == u"1" || v == u"true";
        } else if (r.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute& a : r.attributes()) {
                if (a.name() == u"id")
                    id = a.value().toString();
            }
            sheets->append({SafeXml::attribute(r.attributes(), u"name").toString(), targets.value(id)});
        }
    }
    if (!xml.ok())
        *error = xml.errorString();
    return xml.ok();
}

bool readCell(SafeXml& xml, const Workbook& book, qint64 row, qint64* column, GridBuilder* grid,
              QString* error)
{
    QXmlStreamReader& r = xml.reader();
    const QXmlStreamAttributes attributes = r.attributes();
    parseReference(SafeXml::attribute(attributes, u"r"), nullptr, column);
    const QStringView type = SafeXml::attribute(attributes, u"t");
    const int styleIndex = SafeXml::attribute(attributes, u"s").toInt();
    QString value;
    QString inlineText;
    bool hasInline = false;
    int depth = 1;
    while (depth > 0 && xml.next()) {
        if (r.isStartElement()) {
            if (r.name() == u"v")
                value = xml.elementText();
            else if (r.name() == u"is") {
                inlineText = stringItem(xml);
                hasInline = true;
            } else if (r.name() == u"f")
                xml.skip();
            else
                ++depth;
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    TableCell cell;
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= book.sharedStrings.size()) {
            *error = QCoreApplication::translate(
                "TableReader", "The file is damaged (a cell refers to a text that does not exist).");
            return false;
        }
        cell.text = book.sharedStrings.at(index);
        cell.kind = TableCell::Kind::Text;
    } else if (type == u"inlineStr" || hasInline) {
        cell.text = inlineText;
        cell.kind = TableCell::Kind::Text;
    } else if (type == u"str" || type == u"e") {
        cell.text = value;
        cell.kind = TableCell::Kind::Text;
    } else if (type == u"b") {
        cell.text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        cell.kind = TableCell::Kind::Text;
    } else if (!value.isEmpty()) {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok) {
            cell.text = value;
            cell.kind = TableCell::Kind::Text;
        } else {
            const Format format =
                styleIndex >= 0 && styleIndex < book.formats.size() ? book.formats.at(styleIndex) : Format{};
            cell = SpreadsheetNumbers::cell(number, format.style, format.code, book.date1904);
        }
    }
    if (cell.text.isEmpty())
        cell.kind = TableCell::Kind::Empty;
    cell.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const bool ok = grid->set(row, *column, cell, error);
    ++*column;
    return ok;
}

bool readSheet(ZipContainer& zip, const SheetRef& sheet, const Workbook& book, TableGrid* out, QString* error)
{
    GridBuilder grid(sheet.name);
    if (!zip.contains(sheet.path)) // a chart sheet or a dangling relationship: an empty sheet
        return grid.finish(out, error);
    QByteArray data;
    if (!zip.entry(sheet.path, &data, error))
        return false;
    SafeXml xml(data);
    QXmlStreamReader& r = xml.reader();
    qint64 row = -1;
    qint64 column = 0;
    while (xml.next()) {
        if (!r.isStartElement())
            continue;
        if (r.name() == u"row") {
            const QXmlStreamAttributes attributes = r.attributes();
            const QStringView number = SafeXml::attribute(attributes, u"r");
            bool ok = false;
            const qint64 n = number.toLongLong(&ok);
            row = ok && n > 0 ? n - 1 : row + 1;
            column = 0;
        } else if (r.name() == u"c") {
            if (!readCell(xml, book, qMax<qint64>(row, 0), &column, &grid, error))
                return false;
        } else if (r.name() == u"mergeCell") {
            const QStringList corners = SafeXml::attribute(r.attributes(), u"ref").toString().split(u':');
            qint64 top = 0, left = 0, bottom = 0, right = 0;
            if (corners.size() == 2 && parseReference(corners.at(0), &top, &left) &&
                parseReference(corners.at(1), &bottom, &right) && bottom >= top && right >= left)
                grid.merge(top, left, bottom - top + 1, right - left + 1);
        }
    }
    if (!xml.ok()) {
        *error = xml.errorString();
        return false;
    }
    return grid.finish(out, error);
}
} // namespace

bool read(const QByteArray& bytes, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress)
{
    ZipContainer zip;
    if (!zip.open(bytes, error))
        return false;
    Workbook book;
    QList<SheetRef> sheets;
    if (!readWorkbook(zip, &book, &sheets, error) || !readStyles(zip, &book, error) ||
        !readSharedStrings(zip, &book, error))
        return false;
    TableDocument document;
    document.format = QStringLiteral("xlsx");
    for (const SheetRef& sheet : std::as_const(sheets)) {
        if (progress && !progress(document.tables.size(), sheets.size())) {
            *error = FormatMessages::cancelled();
            return false;
        }
        TableGrid grid;
        if (!readSheet(zip, sheet, book, &grid, error))
            return false;
        if (!GridBuilder::append(&document, std::move(grid), error))
            return false;
    }
    *out = std::move(document);
    return true;
}

} // namespace XlsxReader
