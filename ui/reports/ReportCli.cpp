#include "ReportCli.h"

#include "CampaignSummary.h"
#include "Database.h"
#include "ReportCharts.h"
#include "ReportExport.h"
#include "ReportPhotos.h"
#include "ReportSectionRepository.h"

#include <QCoreApplication>

namespace ReportCli {

QStringList formats()
{
    return {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("csv")};
}

bool write(const CampaignSnapshot& snapshot, const QString& campaignFile, const QString& kind,
           const QString& format, const QString& out, QDate today, QString* error)
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
        std::unique_ptr<Database> db = Database::open(campaignFile, error);
        if (!db)
            return false;
        if (!ReportSectionRepository(*db).list(snapshot.campaign.campaign.id, &options.sections, error))
            return false;
        if (options.format == ReportOptions::Format::Pdf || options.format == ReportOptions::Format::Odt) {
            options.charts = ReportCharts::render(
                Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, today));
            // The photos the user picked for the summary follow the charts, four to a page.
            QList<ReportChart> photos;
            if (!ReportPhotos::pickedGrids(*db, snapshot, &photos, error))
                return false;
            options.charts += photos;
        }
    }
    return ReportExport::writeFile(snapshot, options, out, error);
}

} // namespace ReportCli
