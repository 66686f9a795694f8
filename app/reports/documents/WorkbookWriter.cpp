#include "WorkbookWriter.h"

#include "ExportProgress.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkbookWriter", text);
}

struct Formats
{
    lxw_format* header;
    lxw_format* group;
    lxw_format* text;
    lxw_format* wrapped; // long text (a summary paragraph) wraps inside its column
    lxw_format* integer;
    lxw_format* decimal;
    lxw_format* approxInteger;
    lxw_format* approxDecimal;
    lxw_format* percent;
    lxw_format* date;
    lxw_format* stamp;
};

lxw_format* numberFormat(lxw_workbook* wb, const char* pattern)
{
    lxw_format* f = workbook_add_format(wb);
    format_set_num_format(f, pattern);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

Formats makeFormats(lxw_workbook* wb)
{
    Formats f{};
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.header, 0xE8E8E8);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.group = workbook_add_format(wb);
    format_set_bold(f.group);
    format_set_bg_color(f.group, 0xF4F4F4);
    f.text = workbook_add_format(wb);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_CENTER);
    f.wrapped = workbook_add_format(wb);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.wrapped);
    f.integer = numberFormat(wb, "0");
    f.decimal = numberFormat(wb, "0.00");
    f.approxInteger = numberFormat(wb, "0\"余\"");
    f.approxDecimal = numberFormat(wb, "0.00\"余\"");
    f.percent = numberFormat(wb, "0.0%");
    f.date = numberFormat(wb, "yyyy-mm-dd");
    f.stamp = numberFormat(wb, "yyyy-mm-dd hh:mm");
    return f;
}

constexpr double kWrapWidth = 60; // the widest a column gets; longer text wraps

// Column width in Excel character units: CJK characters are two wide.
double displayWidth(const QString& text)
{
    double w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return w;
}

void writeCell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const ReportCell& cell, bool percentColumn,
               const Formats& f)
{
    if (cell.date.isValid()) {
        lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        worksheet_write_datetime(ws, r, c, &d, f.date);
    } else if (cell.stamp.isValid()) {
        const QDate day = cell.stamp.date();
        const QTime time = cell.stamp.time();
        lxw_datetime d{day.year(), day.month(), day.day(), time.hour(), time.minute(), double(time.second())};
        worksheet_write_datetime(ws, r, c, &d, f.stamp);
    } else if (cell.number) {
        const double v = *cell.number;
        const bool whole = std::abs(v - std::round(v)) < 1e-9;
        lxw_format* format = percentColumn      ? f.percent
                             : cell.approximate ? (whole ? f.approxInteger : f.approxDecimal)
                             : whole            ? f.integer
                                                : f.decimal;
        worksheet_write_number(ws, r, c, v, format);
    } else if (!cell.text.isEmpty()) {
        worksheet_write_string(ws, r, c, cell.text.toUtf8().constData(),
                               displayWidth(cell.text) > kWrapWidth ? f.wrapped : f.text);
    }
}

bool writeSheet(lxw_workbook* wb, const WorkbookSheet& sheet, const Formats& f, ExportProgress* progress,
                qint64* done, qint64 total)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.toUtf8().constData());
    if (!ws)
        return false;
    int columns = 0;
    for (const ReportTable& t : sheet.tables)
        columns = std::max(columns, int(t.headers.size()));
    QList<double> widths(columns, 6);
    lxw_row_t row = 0;
    for (int ti = 0; ti < sheet.tables.size(); ++ti) {
        const ReportTable& t = sheet.tables[ti];
        if (ti > 0)
            ++row;
        for (int c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, row, lxw_col_t(c), t.headers[c].toUtf8().constData(), f.header);
            widths[c] = std::max(widths[c], displayWidth(t.headers[c]));
        }
        ++row;
        const int percentColumn = int(t.headers.indexOf(QStringLiteral("完成率")));
        const bool ok = t.forEachRow([&](const ReportRow& r) {
            if (r.group && columns > 1) { // a pillar heading across the table; its width does not count
                worksheet_merge_range(ws, row, 0, row, lxw_col_t(columns - 1),
                                      r.cells.value(0).text.toUtf8().constData(), f.group);
            } else {
                for (int c = 0; c < r.cells.size() && c < columns; ++c) {
                    const ReportCell& cell = r.cells[c];
                    writeCell(ws, row, lxw_col_t(c), cell, c == percentColumn, f);
                    const double w = cell.date.isValid()    ? 11
                                     : cell.stamp.isValid() ? 17
                                                            : displayWidth(cell.text);
                    widths[c] = std::max(widths[c], w);
                }
            }
            ++row;
            return ++*done % 100 != 0 || exportStep(progress, *done, total);
        });
        if (!ok)
            return false;
    }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(widths[c] + 2, kWrapWidth), nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    return true;
}

} // namespace

namespace WorkbookWriter {

bool write(const QList<WorkbookSheet>& sheets, QIODevice* device, ExportProgress* progress, QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("No temporary folder for the workbook: %1").arg(dir.errorString());
        return false;
    }
    const QByteArray path = dir.filePath(QStringLiteral("workbook.xlsx")).toLocal8Bit();
    const QByteArray tmp = dir.path().toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order; ~4 MB instead of ~60 MB
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
    if (!wb) {
        *error = tr("The workbook could not be created.");
        return false;
    }
    const Formats formats = makeFormats(wb);
    qint64 total = 0, done = 0;
    for (const WorkbookSheet& s : sheets)
        for (const ReportTable& t : s.tables)
            total += t.rowCount();
    for (const WorkbookSheet& s : sheets) {
        if (!exportStep(progress, done, total) || !writeSheet(wb, s, formats, progress, &done, total)) {
            workbook_close(wb);
            *error = tr("Cancelled.");
            return false;
        }
    }
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        *error = tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (device->write(bytes) != bytes.size()) {
        *error = tr("The workbook could not be written: %1").arg(device->errorString());
        return false;
    }
    exportStep(progress, total, total);
    return true;
}

} // namespace WorkbookWriter
