#pragma once

#include "BulletinDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

// Writes bulletins to a file: one document with each bulletin on its own page (pdf, or docx for Word and
// WPS), or plain text for a website or WeChat (txt, UTF-8). Through QSaveFile: a failure leaves the
// target as it was.
namespace BulletinExport {
QStringList formats();
bool write(const QList<BulletinPage>& pages, const QString& format, const QString& path, QString* error);
} // namespace BulletinExport
