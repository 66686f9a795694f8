#pragma once

#include <QByteArray>
#include <QString>

// The text layer of a PDF through Poppler's Qt 6 binding, page by page. A scanned (image-only) PDF
// has none and is refused; so is one that needs a password to open.
namespace PdfText {
bool read(const QByteArray& bytes, QString* text, QString* error);
} // namespace PdfText
