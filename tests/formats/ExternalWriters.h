#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Independent programs that make the format tests' inputs, so no input is written by our own code:
// Debian's python3 (openpyxl, python-docx, zipfile) running the scripts in tests/formats/writers,
// LibreOffice headless (its own HOME and user profile) and iconv.
namespace ExternalWriters {
// Runs writers/<script> with `args`; false with its output when it fails.
bool python(const QString& script, const QStringList& args, QString* error);
// soffice --headless --convert-to `filter` for every file of `files` into `outDir`.
bool libreOffice(const QStringList& files, const QString& filter, const QString& outDir, QString* error);
// iconv -f UTF-8 -t `encoding`.
QByteArray iconv(const QByteArray& utf8, const QString& encoding, QString* error);
bool writeFile(const QString& path, const QByteArray& bytes);
} // namespace ExternalWriters
