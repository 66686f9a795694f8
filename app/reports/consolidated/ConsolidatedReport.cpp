#include "ConsolidatedReport.h"

#include "ConsolidatedDocument.h"
#include "DocxWriter.h"
#include "OdtWriter.h"
#include "ReportExport.h"
#include "WorkbookWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ConsolidatedReport {

namespace {

// Inside the namespace, so that lupdate files the strings under the context they are translated in.
QString tr(const char* text)
{
    return QCoreApplication::translate("ConsolidatedReport", text);
}

} // namespace

bool formatFromPath(const QString& path, Format* format)
{
    return formatFromKey(QFileInfo(path).suffix(), format);
}

bool formatFromKey(const QString& key, Format* format)
{
    const QString suffix = key.toLower();
    if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (suffix == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else if (suffix == QLatin1String("odt"))
        *format = Format::Odt;
    else if (suffix == QLatin1String("docx"))
        *format = Format::Docx;
    else
        return false;
    return true;
}

bool write(const ConsolidatedInput& input, const QString& path, QString* error, ExportProgress* progress)
{
    Format format = Format::Pdf;
    if (!formatFromPath(path, &format)) {
        *error = tr("The consolidated report is written as .pdf, .xlsx, .odt or .docx, not “%1”.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return writeAs(input, format, path, error, progress);
}

bool writeAs(const ConsolidatedInput& input, Format format, const QString& path, QString* error,
             ExportProgress* progress)
{
    return ReportExport::writeAtomically(
        path, [&](QIODevice* device, QString* e) { return write(input, format, device, e, progress); },
        error);
}

bool write(const ConsolidatedInput& input, Format format, QIODevice* device, QString* error,
           ExportProgress* progress)
{
    if (format == Format::Xlsx)
        return WorkbookWriter::write(ConsolidatedDocument::workbook(input), device, progress, error);
    const ReportDocument doc = ConsolidatedDocument::document(input);
    if (format == Format::Odt)
        return OdtWriter::write(doc, device, progress, error);
    if (format == Format::Docx)
        return DocxWriter::write(doc, device, progress, error);
    return ReportExport::writePdf(doc, device, progress, error);
}

} // namespace ConsolidatedReport
