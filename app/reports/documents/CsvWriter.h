#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

class QIODevice;

// Comma-separated values in UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends and
// RFC 4180 quoting. Tables follow one another with an empty line between; a table's group rows
// become a leading column, so every line stays one record.
namespace CsvWriter {
bool write(const QList<ReportTable>& tables, QIODevice* device, QString* error);
QString field(const QString& text); // quoted when it holds a comma, quote, line break or edge space
} // namespace CsvWriter
