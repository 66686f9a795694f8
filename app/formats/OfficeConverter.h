#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// Formats we do not parse ourselves (.doc, .wps, .et, and .xls files libfreexl rejects) turned into
// .docx or .xlsx by LibreOffice headless: a copy of the file in a temporary folder, its own user
// profile there (never the user's), a time limit, and cancellation through `progress`.
namespace OfficeConverter {

QString program(); // soffice on PATH, or empty
// `target` is "docx" or "xlsx"; `package` the Debian package to name when LibreOffice is missing.
bool convert(const QString& path, const QString& target, const QString& package,
             const std::function<bool(qint64, qint64)>& progress, QByteArray* converted, QString* error);

} // namespace OfficeConverter
