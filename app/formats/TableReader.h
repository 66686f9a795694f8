#pragma once

#include "formats/TableGrid.h"

#include <QString>

#include <functional>

// Reads the tables of a plan or an activity table from a file the user picked, whatever its format:
// .xlsx .ods .xls .csv .txt .docx .odt, and .doc .wps .et through LibreOffice headless when it is
// installed. Trusts nothing: a damaged, hostile, password-protected or huge file is refused with a
// translated one-line reason, never a crash.
namespace TableReader {

struct Options
{
    QByteArray encoding; // text files: empty = detect (BOM, valid UTF-8, else GB18030)
    QChar delimiter;     // text files: null = detect (comma, semicolon, tab)
    // Called now and then with bytes (or rows) done and total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// The formats read() accepts, as file-dialog name filters and as lower-case suffixes.
QStringList nameFilters();
QStringList suffixes();

bool read(const QString& path, const Options& options, TableDocument* out, QString* error);
// The same for bytes already in memory (fuzzing, tests); `path` names the file for .xls and the
// LibreOffice conversions, which need one on disk.
bool readBytes(const QByteArray& bytes, const QString& path, const Options& options, TableDocument* out,
               QString* error);

} // namespace TableReader
