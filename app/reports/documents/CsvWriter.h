#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

class ExportProgress;
class QIODevice;

// Comma-separated values in UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends and
// RFC 4180 quoting. Tables follow one another with an empty line between; a table's group rows
// become a leading column, so every line stays one record. Lines go to the device as the rows are
// produced (in 64 KiB writes); a cancel through `progress` stops it with "Cancelled.".
namespace CsvWriter {
bool write(const QList<ReportTable>& tables, QIODevice* device, QString* error,
           ExportProgress* progress = nullptr);
QString field(const QString& text); // quoted when it holds a comma, quote, line break or edge space
} // namespace CsvWriter
