#include "formats/XlsReader.h"

#include "formats/FormatMessages.h"
#include "formats/GridBuilder.h"
#include "formats/SpreadsheetNumbers.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

namespace XlsReader {

namespace {
struct Handle
{
    const void* xls = nullptr;
    ~Handle()
    {
        if (xls)
            freexl_close(xls);
    }
};

TableCell cellOf(const FreeXL_CellValue& value)
{
    TableCell cell;
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell.kind = TableCell::Kind::Number;
        cell.number = value.value.int_value;
        cell.text = QString::number(value.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        cell.kind = TableCell::Kind::Number;
        cell.number = value.value.double_value;
        cell.text = SpreadsheetNumbers::numberText(value.value.double_value);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
        cell.text = QString::fromUtf8(value.value.text_value);
        cell.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        cell.kind = cell.text.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
        break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        cell.text = QString::fromUtf8(value.value.text_value);
        cell.date = QDate::fromString(cell.text.left(10), Qt::ISODate);
        cell.kind = cell.date.isValid() ? TableCell::Kind::Date : TableCell::Kind::Text;
        if (cell.date.isValid()) {
            cell.number = double(QDate(1899, 12, 30).daysTo(cell.date));
            if (value.type == FREEXL_CELL_DATE || cell.text.endsWith(QStringLiteral(" 00:00:00")))
                cell.text = cell.date.toString(Qt::ISODate);
        }
        break;
    }
    default:
        break;
    }
    return cell;
}
} // namespace

bool read(const QString& path, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress)
{
    Handle handle;
    const int rc = freexl_open(QFile::encodeName(path).constData(), &handle.xls);
    if (rc != FREEXL_OK) {
        *error = rc == FREEXL_FILE_NOT_FOUND
                     ? QCoreApplication::translate("TableReader", "The file cannot be opened.")
                 : rc == FREEXL_CRAFTED_FILE
                     ? QCoreApplication::translate(
                           "TableReader", "The .xls file is damaged or crafted to harm; it was refused.")
                     : QCoreApplication::translate(
                           "TableReader", "The .xls file is damaged or not an Excel workbook (error %1).")
                           .arg(rc);
        return false;
    }
    unsigned int value = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK &&
        value == FREEXL_BIFF_OBFUSCATED) {
        *error = FormatMessages::passwordProtected();
        return false;
    }
    unsigned int sheets = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK) {
        *error = QCoreApplication::translate("TableReader",
                                             "The .xls file is damaged or not an Excel workbook (error %1).")
                     .arg(-1);
        return false;
    }
    TableDocument document;
    document.format = QStringLiteral("xls");
    for (unsigned int s = 0; s < sheets && s < 4096; ++s) {
        if (progress && !progress(s, sheets)) {
            *error = FormatMessages::cancelled();
            return false;
        }
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle.xls, unsigned(s), &name) != FREEXL_OK ||
            freexl_select_active_worksheet(handle.xls, unsigned(s)) != FREEXL_OK) {
            *error = QCoreApplication::translate(
                         "TableReader", "The .xls file is damaged or not an Excel workbook (error %1).")
                         .arg(-2);
            return false;
        }
        GridBuilder grid(QString::fromUtf8(name ? name : ""));
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK) {
            *error = QCoreApplication::translate(
                         "TableReader", "The .xls file is damaged or not an Excel workbook (error %1).")
                         .arg(-3);
            return false;
        }
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                if (freexl_get_cell_value(handle.xls, r, c, &cell) != FREEXL_OK)
                    continue;
                if (!grid.set(r, c, cellOf(cell), error))
                    return false;
            }
        }
        TableGrid table;
        if (!grid.finish(&table, error))
            return false;
        if (!GridBuilder::append(&document, std::move(table), error))
            return false;
    }
    document.warnings.append(QCoreApplication::translate(
        "TableReader", "Merged cells in .xls files are not recognised; check group rows and merged cells, or "
                       "save the file as .xlsx."));
    *out = std::move(document);
    return true;
}

} // namespace XlsReader
