#include "formats/TableReader.h"

#include "formats/CsvReader.h"
#include "formats/DocxReader.h"
#include "formats/FileSniffer.h"
#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"
#include "formats/OdfReader.h"
#include "formats/OfficeConverter.h"
#include "formats/XlsReader.h"
#include "formats/XlsxReader.h"
#include "formats/ZipContainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace TableReader {

namespace {} // namespace

QStringList suffixes()
{
    return {QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods"),  QStringLiteral("et"),
            QStringLiteral("csv"),  QStringLiteral("txt"), QStringLiteral("docx"), QStringLiteral("odt"),
            QStringLiteral("doc"),  QStringLiteral("wps")};
}

QStringList nameFilters()
{
    return {QCoreApplication::translate(
                "TableReader",
                "Tables and documents (*.xlsx *.xls *.ods *.et *.csv *.txt *.docx *.odt *.doc *.wps)"),
            QCoreApplication::translate("TableReader", "Spreadsheets (*.xlsx *.xls *.ods *.et)"),
            QCoreApplication::translate("TableReader", "Text tables (*.csv *.txt)"),
            QCoreApplication::translate("TableReader", "Documents with tables (*.docx *.odt *.doc *.wps)"),
            QCoreApplication::translate("TableReader", "All files (*)")};
}

bool readBytes(const QByteArray& bytes, const QString& path, const Options& options, TableDocument* out,
               QString* error)
{
    using FileSniffer::Kind;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Kind kind = FileSniffer::sniff(bytes);
    switch (kind) {
    case Kind::Empty:
        *error = FormatMessages::empty();
        return false;
    case Kind::Xlsx:
        return XlsxReader::read(bytes, out, error, options.progress);
    case Kind::Ods:
        return OdfReader::readSpreadsheet(bytes, out, error, options.progress);
    case Kind::Docx:
        return DocxReader::readTables(bytes, out, error);
    case Kind::Odt:
        return OdfReader::readTextTables(bytes, out, error);
    case Kind::DamagedZip: {
        ZipContainer zip; // says what is wrong: truncation, a bomb, encryption
        if (zip.open(bytes, error))
            *error = QCoreApplication::translate(
                "TableReader", "The file is not a spreadsheet or a document this program can read.");
        return false;
    }
    case Kind::OtherZip:
        *error = QCoreApplication::translate(
            "TableReader", "The file is not a spreadsheet or a document this program can read.");
        return false;
    case Kind::Ole2Encrypted:
        *error = FormatMessages::passwordProtected();
        return false;
    case Kind::Ole2Sheet:
    case Kind::Ole2Text:
    case Kind::Ole2Other: {
        // A damaged compound file may have lost the directory that names its streams: the suffix decides.
        const bool text =
            kind == Kind::Ole2Text || (kind == Kind::Ole2Other && (suffix == u"doc" || suffix == u"wps"));
        QByteArray converted;
        if (text) {
            return OfficeConverter::convert(path, QStringLiteral("docx"),
                                            QStringLiteral("libreoffice-writer"), options.progress,
                                            &converted, error) &&
                   DocxReader::readTables(converted, out, error);
        }
        if (XlsReader::read(path, out, error, options.progress))
            return true;
        // WPS's own .et may hold what freexl does not know; LibreOffice gets a try at those only, as it
        // would open a damaged .xls as something else rather than refuse it.
        if (suffix != u"et" || *error == FormatMessages::passwordProtected() ||
            OfficeConverter::program().isEmpty())
            return false;
        return OfficeConverter::convert(path, QStringLiteral("xlsx"), QStringLiteral("libreoffice-calc"),
                                        options.progress, &converted, error) &&
               XlsxReader::read(converted, out, error, options.progress);
    }
    case Kind::Pdf:
        *error = QCoreApplication::translate(
            "TableReader",
            "A PDF holds no tables this program can read; open the original spreadsheet or document.");
        return false;
    case Kind::Text:
        return CsvReader::read(bytes, {options.encoding, options.delimiter, options.progress}, out, error);
    }
    return false;
}

bool read(const QString& path, const Options& options, TableDocument* out, QString* error)
{
    QByteArray bytes;
    TableDocument document;
    if (!FileSniffer::readFile(path, &bytes, error) || !readBytes(bytes, path, options, &document, error))
        return false;
    if (document.tables.isEmpty()) {
        *error = QCoreApplication::translate("TableReader", "The file holds no table.");
        return false;
    }
    *out = std::move(document);
    return true;
}

} // namespace TableReader
