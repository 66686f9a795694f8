#pragma once

#include "formats/TableGrid.h"

#include <functional>

// Comma-, semicolon- or tab-separated text (RFC 4180 quoting: delimiters, doubled quotes and line
// breaks inside quoted fields), after TextDecoding. The delimiter is the candidate that splits the
// first lines most consistently, unless the caller names one. Every cell is text: a CSV has no types.
namespace CsvReader {

struct Options
{
    QByteArray encoding; // empty = detect
    QChar delimiter;     // null = detect
    std::function<bool(qint64 done, qint64 total)> progress;
};

bool read(const QByteArray& bytes, const Options& options, TableDocument* out, QString* error);
QChar detectDelimiter(QStringView text);

} // namespace CsvReader
