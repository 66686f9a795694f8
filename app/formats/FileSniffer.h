#pragma once

#include <QByteArray>
#include <QString>

// What a file is by its bytes, not its name: an Office Open XML or OpenDocument zip (by the parts it
// holds), an OLE2 compound file (Excel 97, Word 97/WPS, or an encrypted Office package), a PDF, or
// anything else (treated as text, which the text decoder may still refuse).
namespace FileSniffer {

enum class Kind {
    Empty,
    Xlsx,
    Docx,
    Ods,
    Odt,
    OtherZip,
    DamagedZip,
    Ole2Sheet,
    Ole2Text,
    Ole2Encrypted,
    Ole2Other,
    Pdf,
    Text
};

Kind sniff(const QByteArray& bytes);
// The whole file, refused when it cannot be opened, is empty or is beyond FormatLimits::maxFileBytes.
bool readFile(const QString& path, QByteArray* bytes, QString* error);

} // namespace FileSniffer
