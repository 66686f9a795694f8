#pragma once

#include <QString>

// The plain text of a document the user picked (a notice): .txt (any of the encodings TableReader
// detects), .docx, .odt, .pdf (Poppler), .doc and .wps through LibreOffice headless when installed.
// Paragraphs are separated by '\n'; table cells become lines of their own. Refuses image-only PDFs,
// damaged, hostile and password-protected files with a translated one-line reason.
namespace DocumentText {

bool read(const QString& path, QString* text, QString* error);
// The same for bytes already in memory (fuzzing, tests); `path` is only needed for .doc and .wps.
bool readBytes(const QByteArray& bytes, const QString& path, QString* text, QString* error);

} // namespace DocumentText
