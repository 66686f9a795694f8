#include "formats/XlsReader.h"

#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"
#include "formats/GridBuilder.h"
#include "formats/SpreadsheetNumbers.h"

#include <QCoreApplication>
#include <QFile>

#include <QDataStream>
#include <QElapsedTimer>

#include <cerrno>
#include <fcntl.h>
#include <freexl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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

// The reading itself, in the child process.
bool readHere(const QString& path, TableDocument* out, QString* error)
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

QByteArray serialise(bool ok, const TableDocument& document, const QString& error)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ok << error << document.format << document.warnings << qint32(document.tables.size());
    for (const TableGrid& table : document.tables) {
        out << table.name << qint32(table.rowCount()) << qint32(table.columnCount()) << table.merges;
        for (const QList<TableCell>& row : table.rows) {
            for (const TableCell& cell : row)
                out << qint8(cell.kind) << cell.text << cell.number << cell.date;
        }
    }
    return bytes;
}

bool deserialise(const QByteArray& bytes, TableDocument* document, QString* error)
{
    QDataStream in(bytes);
    bool ok = false;
    qint32 tables = 0;
    in >> ok >> *error >> document->format >> document->warnings >> tables;
    for (qint32 t = 0; t < tables && in.status() == QDataStream::Ok; ++t) {
        TableGrid table;
        qint32 rows = 0, columns = 0;
        in >> table.name >> rows >> columns >> table.merges;
        if (rows < 0 || columns < 0 || qint64(rows) * columns > FormatLimits::maxCells)
            return false;
        table.rows.resize(rows);
        for (QList<TableCell>& row : table.rows) {
            row.resize(columns);
            for (TableCell& cell : row) {
                qint8 kind = 0;
                in >> kind >> cell.text >> cell.number >> cell.date;
                cell.kind = TableCell::Kind(qBound(qint8(0), kind, qint8(3)));
            }
        }
        document->tables.append(std::move(table));
    }
    return in.status() == QDataStream::Ok && in.atEnd() && ok;
}
} // namespace

// libfreexl 1.0.6 reads out of bounds on crafted files (found by fuzz_xls; one is a SEGV in memcpy),
// so it runs in a forked child: a crash there is a refused file, not a crashed program. The child
// only reads and writes its result to a pipe; the parent waits with a time limit and `progress`.
bool read(const QString& path, TableDocument* out, QString* error,
          const std::function<bool(qint64, qint64)>& progress)
{
    const QString harmful = QCoreApplication::translate(
        "TableReader", "The .xls file is damaged or crafted to harm; it was refused.");
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return readHere(path, out, error);
    const pid_t child = fork();
    if (child < 0) {
        close(fds[0]);
        close(fds[1]);
        return readHere(path, out, error);
    }
    if (child == 0) {
        close(fds[0]);
        // A crash in freexl ends the child quietly: none of the host's crash handlers (a crash
        // reporter, a sanitizer's or fuzzer's) should take it for the program's own.
        for (const int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT})
            signal(sig, SIG_DFL);
        TableDocument document;
        QString reason;
        const bool ok = readHere(path, &document, &reason);
        const QByteArray bytes = serialise(ok, document, reason);
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(fds[1], bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0 && errno != EINTR)
                _exit(2);
            written += n > 0 ? n : 0;
        }
        _exit(0);
    }
    close(fds[1]);
    QByteArray bytes;
    QElapsedTimer clock;
    clock.start();
    bool stopped = false;
    for (;;) {
        pollfd readable{fds[0], POLLIN, 0};
        const int ready = poll(&readable, 1, 200);
        if (ready > 0) {
            char buffer[65536];
            const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
            if (n == 0 || (n < 0 && errno != EINTR))
                break;
            if (n > 0)
                bytes.append(buffer, n);
        }
        const bool cancelled = progress && !progress(0, 1);
        if (cancelled || clock.elapsed() > FormatLimits::conversionTimeoutMs ||
            bytes.size() > FormatLimits::maxTotalBytes) {
            kill(child, SIGKILL);
            *error = cancelled ? FormatMessages::cancelled() : harmful;
            stopped = true;
            break;
        }
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (stopped)
        return false;
    TableDocument document;
    QString reason;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !deserialise(bytes, &document, &reason)) {
        *error = reason.isEmpty() ? harmful : reason;
        return false;
    }
    *out = std::move(document);
    return true;
}

} // namespace XlsReader
