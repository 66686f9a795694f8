#include "formats/DocumentText.h"

#include "formats/DocxReader.h"
#include "formats/FileSniffer.h"
#include "formats/FormatMessages.h"
#include "formats/OdfReader.h"
#include "formats/OfficeConverter.h"
#include "formats/PdfText.h"
#include "formats/TextDecoding.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>

namespace DocumentText {

namespace {} // namespace

bool readBytes(const QByteArray& bytes, const QString& path, QString* text, QString* error)
{
    using FileSniffer::Kind;
    bool ok = false;
    switch (FileSniffer::sniff(bytes)) {
    case Kind::Empty:
        *error = FormatMessages::empty();
        return false;
    case Kind::Docx:
        ok = DocxReader::readText(bytes, text, error);
        break;
    case Kind::Odt:
        ok = OdfReader::readText(bytes, text, error);
        break;
    case Kind::Pdf:
        ok = PdfText::read(bytes, text, error);
        break;
    case Kind::Text: {
        TextDecoding::Result decoded;
        ok = TextDecoding::decode(bytes, {}, &decoded, error);
        *text = decoded.text;
        text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text->replace(u'\r', u'\n');
        break;
    }
    case Kind::Ole2Encrypted:
        *error = FormatMessages::passwordProtected();
        return false;
    case Kind::Ole2Text: {
        if (path.isEmpty()) { // LibreOffice converts files, not bytes
            *error = QCoreApplication::translate(
                "TableReader",
                "The file is not a document this program can read (.txt, .docx, .odt, .pdf, .doc, .wps).");
            return false;
        }
        QByteArray converted;
        if (!OfficeConverter::convert(path, QStringLiteral("docx"), QStringLiteral("libreoffice-writer"), {},
                                      &converted, error))
            return false;
        ok = DocxReader::readText(converted, text, error);
        break;
    }
    case Kind::DamagedZip: {
        ZipContainer zip;
        if (zip.open(bytes, error))
            *error = QCoreApplication::translate(
                "TableReader",
                "The file is not a document this program can read (.txt, .docx, .odt, .pdf, .doc, .wps).");
        return false;
    }
    default:
        *error = QCoreApplication::translate(
            "TableReader",
            "The file is not a document this program can read (.txt, .docx, .odt, .pdf, .doc, .wps).");
        return false;
    }
    if (ok && text->trimmed().isEmpty()) {
        *error = QCoreApplication::translate("TableReader", "The document holds no text.");
        return false;
    }
    return ok;
}

bool read(const QString& path, QString* text, QString* error)
{
    QByteArray bytes;
    QString result;
    if (!FileSniffer::readFile(path, &bytes, error) || !readBytes(bytes, path, &result, error))
        return false;
    *text = std::move(result);
    return true;
}

} // namespace DocumentText
