#include "PublicityExport.h"

#include "PublicityDocument.h"
#include "PublicityWriter.h"

#include <QCoreApplication>

namespace Publicity {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Publicity", text);
}

} // namespace

bool exportPublicity(const CampaignSnapshot& snapshot, const ExportOptions& options, QString* error,
                     QStringList* written)
{
    Options o;
    if (!kindFromId(options.kind, &o.kind)) {
        *error = tr("Unknown kind “%1”.").arg(options.kind);
        return false;
    }
    const QString size = options.size.toUpper();
    if (size.isEmpty() || size == QLatin1String("A4"))
        o.pageSize = QPageSize::A4;
    else if (size == QLatin1String("A3"))
        o.pageSize = QPageSize::A3;
    else if (size == QLatin1String("A2"))
        o.pageSize = QPageSize::A2;
    else {
        *error = tr("--size must be A4, A3 or A2, not “%1”.").arg(options.size);
        return false;
    }
    if (!options.templateName.isEmpty()) {
        QStringList names;
        for (const TemplateInfo& t : PublicityDocument::templates(o.kind))
            names << t.id;
        if (!names.contains(options.templateName)) {
            *error = tr("Unknown template “%1” for %2; templates: %3")
                         .arg(options.templateName, options.kind, names.join(QStringLiteral(", ")));
            return false;
        }
    }
    o.templateName = options.templateName;
    o.landscape = options.landscape;
    o.slogan = options.slogan;
    PublicityDocument document(snapshot, o);
    if (!document.prepare(error))
        return false;
    if (options.format == QLatin1String("pdf"))
        return PublicityWriter::savePdf(document, options.out, error);
    if (options.format == QLatin1String("png"))
        return PublicityWriter::savePng(document, options.out, options.dpi, written, error);
    *error = tr("Unknown format “%1”; use pdf or png.").arg(options.format);
    return false;
}

} // namespace Publicity
