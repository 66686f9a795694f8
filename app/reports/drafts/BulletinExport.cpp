#include "BulletinExport.h"

#include "DocxWriter.h"
#include "ReportExport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BulletinExport {

QStringList formats()
{
    return {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("txt")};
}

bool write(const QList<BulletinPage>& pages, const QString& format, const QString& path, QString* error)
{
    if (pages.isEmpty()) {
        *error = QCoreApplication::translate("BulletinExport", "There is no bulletin to write.");
        return false;
    }
    if (format == QLatin1String("txt"))
        return ReportExport::writeAtomically(
            path,
            [&](QIODevice* device, QString* e) {
                const QByteArray bytes = BulletinDocument::plainText(pages).toUtf8();
                if (device->write(bytes) == bytes.size())
                    return true;
                *e = device->errorString();
                return false;
            },
            error);
    if (format == QLatin1String("pdf") || format == QLatin1String("docx")) {
        const ReportDocument doc = BulletinDocument::build(pages);
        const bool pdf = format == QLatin1String("pdf");
        return ReportExport::writeAtomically(
            path,
            [&](QIODevice* device, QString* e) {
                return pdf ? ReportExport::writePdf(doc, device, nullptr, e)
                           : DocxWriter::write(doc, device, nullptr, e);
            },
            error);
    }
    *error = QCoreApplication::translate("BulletinExport", "Bulletins are written as %1, not “%2”.")
                 .arg(formats().join(QStringLiteral(", ")), format);
    return false;
}

} // namespace BulletinExport
