#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

class ExportProgress;
class QIODevice;

// An Excel workbook (.xlsx, libxlsxwriter) with one sheet per entry: bold header rows, the first row
// frozen and repeated on every printed page, fitted column widths, A4 landscape fitted to the page
// width. Numbers are numbers (余 shown by the number format, the value kept), dates are dates.
// Values are written computed, never as formulas (readers that don't recalculate would see 0).
struct WorkbookSheet
{
    QString name;
    QList<ReportTable> tables; // stacked with one empty row between them
};

namespace WorkbookWriter {
bool write(const QList<WorkbookSheet>& sheets, QIODevice* device, ExportProgress* progress, QString* error);
} // namespace WorkbookWriter
