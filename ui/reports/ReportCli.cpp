#include "ReportCli.h"

#include "CampaignSummary.h"
#include "ReportCharts.h"
#include "ReportExport.h"

#include <QCoreApplication>

namespace ReportCli {

QStringList formats()
{
    return {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("docx"),
            QStringLiteral("csv")};
}

bool hasPictures(const QString& format)
{
    ReportOptions::Format f;
    return ReportOptions::formatFromKey(format, &f) && ReportOptions::hasPictures(f);
}

bool write(const CampaignSnapshot& snapshot, const QList<ReportSection>& sections,
           const QList<ReportChart>& photos, const QString& kind, const QString& format, const QString& out,
           QDate today, QString* error)
{
    ReportOptions options;
    if (!ReportOptions::kindFromKey(kind, &options.kind) ||
        !ReportOptions::formatFromKey(format, &options.format)) {
        *error = QCoreApplication::translate("ReportCli", "Unknown report kind or format: %1 %2")
                     .arg(kind, format);
        return false;
    }
    options.today = today;
    if (options.kind == ReportOptions::Kind::Summary) {
        options.sections = sections;
        if (hasPictures(format)) {
            options.charts = ReportCharts::render(
                Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, today));
            options.charts += photos; // the photos the user picked follow the charts, four to a page
        }
    }
    return ReportExport::writeFile(snapshot, options, out, error);
}

} // namespace ReportCli
