#pragma once

#include <QString>

// The text of a notice file: .txt read here in whatever encoding it came in (UTF-8 with or without
// a byte-order mark, UTF-16, GB18030 from older Windows machines); .docx, .odt, .pdf, .doc and .wps
// through DocumentText. A translated one-line reason when the file gives no text.
namespace NoticeFile {

bool read(const QString& path, QString* text, QString* error);
// The file-dialog filter for the formats this build reads.
QString dialogFilter();

} // namespace NoticeFile
