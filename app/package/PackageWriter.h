#pragma once

#include "Attachment.h"
#include "CampaignSnapshot.h"
#include "ReportOptions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

class ExportProgress;

// What goes into a report package for the upper level.
struct PackageInput
{
    CampaignSnapshot snapshot;
    QUuid unitUuid;                 // SubordinateRepository::ownUnitUuid
    QList<Attachment> evidence;     // the chosen attachments (of the snapshot's activities)
    QList<Attachment> reportPhotos; // photos picked for the summary, printed four to a grid
    QString mediaRoot;              // MediaStore::root() of the campaign file
    ReportOptions summary;          // sections and charts as the summary export uses them
    QDate today;
    QDateTime created; // UTC; defaults to now
};

// Writes one .zip: the summary (PDF and XLSX), the plan (PDF), the evidence in folders per pillar and
// activity with readable Chinese names, and manifest.json with every file's SHA-256. Evidence is
// streamed from the media store in chunks, so the size of videos does not matter. Written through
// QSaveFile: failure or cancel leaves the target as it was.
namespace PackageWriter {
[[nodiscard]] bool write(const PackageInput& input, const QString& path, QString* error,
                         ExportProgress* progress = nullptr);
// The folder an activity's evidence goes to, e.g. "佐证材料/01 质量宣传/003 质量开放日".
QString evidenceFolder(const CampaignSnapshot& snapshot, const Activity& activity, int activityNumber);
QString suggestedFileName(const CampaignSnapshot& snapshot);
} // namespace PackageWriter
