#include "formats/FileSniffer.h"

#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>
#include <QFile>

namespace FileSniffer {

namespace {
bool containsUtf16(const QByteArray& bytes, const char* ascii)
{
    QByteArray wide;
    for (const char* p = ascii; *p; ++p)
        wide.append(*p).append('\0');
    return bytes.contains(wide);
}
} // namespace

Kind sniff(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return Kind::Empty;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        ZipContainer zip;
        QString error;
        if (!zip.open(bytes, &error))
            return Kind::DamagedZip;
        if (zip.contains(QStringLiteral("xl/workbook.xml")))
            return Kind::Xlsx;
        if (zip.contains(QStringLiteral("word/document.xml")))
            return Kind::Docx;
        QByteArray mimetype;
        if (zip.contains(QStringLiteral("mimetype")) &&
            zip.entry(QStringLiteral("mimetype"), &mimetype, &error)) {
            // Templates, master and web documents (text-web, from HTML) read alike.
            if (mimetype.trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet"))
                return Kind::Ods;
            if (mimetype.trimmed().startsWith("application/vnd.oasis.opendocument.text"))
                return Kind::Odt;
        }
        return Kind::OtherZip;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (containsUtf16(bytes, "EncryptedPackage"))
            return Kind::Ole2Encrypted;
        if (containsUtf16(bytes, "WordDocument"))
            return Kind::Ole2Text;
        if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book"))
            return Kind::Ole2Sheet;
        return Kind::Ole2Other;
    }
    if (bytes.left(1024).contains("%PDF-"))
        return Kind::Pdf;
    return Kind::Text;
}

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TableReader", "The file cannot be opened: %1")
                     .arg(file.errorString());
        return false;
    }
    if (file.size() > FormatLimits::maxFileBytes) {
        *error = QCoreApplication::translate("TableReader", "The file is too large (more than %1 MB).")
                     .arg(FormatLimits::maxFileBytes >> 20);
        return false;
    }
    *bytes = file.readAll();
    if (bytes->isEmpty()) {
        *error = FormatMessages::empty();
        return false;
    }
    return true;
}

} // namespace FileSniffer
