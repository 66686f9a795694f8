#pragma once

#include <QString>
#include <QStringList>

// Independent programs the export tests read files back with: pdftotext/pdftoppm (poppler),
// python3 with openpyxl, and LibreOffice headless (given its own HOME so it never touches the user's).
namespace ExternalReaders {
// Runs a program; false with its stderr when it could not start or exited non-zero.
bool run(const QString& program, const QStringList& args, QByteArray* out, QString* error,
         int timeoutMs = 120000, const QString& home = {});
// A python3 that can import openpyxl (Debian's /usr/bin/python3 first); empty when none.
QString pythonWithOpenpyxl();
QString pdfText(const QString& pdf, QString* error); // pdftotext -raw, UTF-8
// Page by page (pdfinfo for the count, pdftotext -f N -l N), without white space; empty on failure.
QStringList pdfPages(const QString& pdf, QString* error);
// soffice --headless --convert-to `filter` into `outDir`; the converted file's path or empty.
QString libreOfficeConvert(const QString& file, const QString& filter, const QString& outDir, QString* error);
// A text document (.odt) as LibreOffice reads it: its text export into `outDir`, without white space;
// empty on failure.
QString documentText(const QString& file, const QString& outDir, QString* error);
QString withoutSpace(const QString& text);
} // namespace ExternalReaders
