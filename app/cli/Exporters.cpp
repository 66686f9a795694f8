#include "Exporters.h"

#include "BulletinExport.h"
#include "CalendarExport.h"
#include "ConsolidatedReport.h"
#include "ConsolidatedSource.h"
#include "DashboardExport.h"
#include "Database.h"
#include "DraftSource.h"
#include "PackageSource.h"
#include "PublicityExport.h"
#include "ReportCharts.h"
#include "ReportCli.h"
#include "ReportPhotos.h"
#include "ReportSectionRepository.h"
#include "TimelineExport.h"

#include <QCoreApplication>

namespace {
// Adapters from the CLI's request to each feature's plain writer (features never see app/cli).
bool writeDashboard(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                    QString* error)
{
    return DashboardExport::write(snapshot, request.format, request.out, clock.today(), error);
}

bool writeCalendar(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock&,
                   QString* error)
{
    return CalendarExport::writeIcsFile(snapshot, request.department, request.out, error);
}

bool writeTimeline(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                   QString* error)
{
    TimelineExport::Options options;
    if (!request.department.trimmed().isEmpty()) {
        options.departmentId = CalendarExport::findDepartment(snapshot, request.department, error);
        if (options.departmentId == 0)
            return false;
    }
    return TimelineExport::writeFile(snapshot, options, clock.today(), request.format, request.out, error);
}

bool writePublicity(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock&,
                    QString* error)
{
    Publicity::ExportOptions options;
    options.kind = request.kind;
    options.templateName = request.templateName;
    options.size = request.size;
    options.landscape = request.landscape;
    options.slogan = request.slogan;
    options.format = request.format;
    options.out = request.out;
    return Publicity::exportPublicity(snapshot, options, error, request.written);
}
bool writeReport(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                 QString* error)
{
    ReportCli::SummaryInput summary;
    if (request.kind == QLatin1String("summary")) { // its narrative, picked photos and facts are in the file
        std::unique_ptr<Database> db = Database::open(request.file, error);
        if (!db)
            return false;
        if (!ReportSectionRepository(*db).list(snapshot.campaign.campaign.id, &summary.sections, error))
            return false;
        if (ReportCli::hasPictures(request.format) &&
            !ReportPhotos::pickedGrids(*db, snapshot, &summary.photos, error))
            return false;
        if (!DraftSource::facts(*db, snapshot.campaign.campaign.id, &summary.facts, error))
            return false;
    }
    return ReportCli::write(snapshot, summary, request.kind, request.format, request.out, clock.today(),
                            error);
}
bool writePackage(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                  QString* error)
{
    std::unique_ptr<Database> db = Database::open(request.file, error);
    PackageInput input;
    if (!db || !PackageSource::loadFor(*db, snapshot, clock.today(), &input, error))
        return false;
    input.summary.charts = ReportCharts::render(
        Summary::summarize(snapshot.campaign, snapshot.activities, snapshot.departments, clock.today()));
    return PackageWriter::write(input, request.out, error);
}
// The subordinate units live in the campaign file beside the snapshot; --format decides, not --out's suffix.
bool writeConsolidated(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                       QString* error)
{
    ConsolidatedReport::Format format = ConsolidatedReport::Format::Pdf;
    if (!ConsolidatedReport::formatFromKey(request.format, &format)) {
        *error = QCoreApplication::translate("Exporters", "Unknown format: %1").arg(request.format);
        return false;
    }
    std::unique_ptr<Database> db = Database::open(request.file, error);
    ConsolidatedInput input;
    if (!db || !ConsolidatedSource::load(*db, snapshot, clock.today(), &input, error))
        return false;
    db.reset();
    return ConsolidatedReport::writeAs(input, format, request.out, error);
}
// News bulletins: the named activities (by UUID), else every completed one; kept text, else the draft.
bool writeBulletins(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                    QString* error)
{
    QList<qint64> ids;
    for (const QString& text : request.activities) {
        const QUuid uuid(text.trimmed());
        const auto it = std::find_if(snapshot.activities.begin(), snapshot.activities.end(),
                                     [&uuid](const Activity& a) { return !uuid.isNull() && a.uuid == uuid; });
        if (it == snapshot.activities.end()) {
            *error = QCoreApplication::translate("Commands", "No activity %1 in the %2 campaign.")
                         .arg(text.trimmed())
                         .arg(snapshot.campaign.campaign.year);
            return false;
        }
        ids << it->id;
    }
    if (request.activities.isEmpty()) {
        ids = DraftSource::completed(snapshot);
        if (ids.isEmpty()) {
            *error = QCoreApplication::translate("Commands",
                                                 "The %1 campaign has no completed activity to write a "
                                                 "bulletin for.")
                         .arg(snapshot.campaign.campaign.year);
            return false;
        }
    }
    std::unique_ptr<Database> db = Database::open(request.file, error);
    QList<BulletinPage> pages;
    if (!db || !DraftSource::bulletins(*db, snapshot, ids, clock.today(), &pages, error))
        return false;
    db.reset();
    return BulletinExport::write(pages, request.format, request.out, error);
}
} // namespace

const QList<ExporterEntry>& exporters()
{
    static const QList<ExporterEntry> table = {
        {QStringLiteral("calendar"), {QStringLiteral("ics")}, &writeCalendar},
        {QStringLiteral("timeline"), {QStringLiteral("pdf"), QStringLiteral("png")}, &writeTimeline},
        {QStringLiteral("dashboard"), {QStringLiteral("png"), QStringLiteral("svg")}, &writeDashboard},
        {QStringLiteral("poster"), {QStringLiteral("pdf"), QStringLiteral("png")}, &writePublicity},
        {QStringLiteral("slogans"), {QStringLiteral("pdf"), QStringLiteral("png")}, &writePublicity},
        {QStringLiteral("banner"), {QStringLiteral("pdf"), QStringLiteral("png")}, &writePublicity},
        {QStringLiteral("plan"), ReportCli::formats(), &writeReport},
        {QStringLiteral("summary"), ReportCli::formats(), &writeReport},
        {QStringLiteral("package"), {QStringLiteral("zip")}, &writePackage},
        {QStringLiteral("bulletin"), BulletinExport::formats(), &writeBulletins},
        {QStringLiteral("consolidated"),
         {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("docx")},
         &writeConsolidated},
    };
    return table;
}
