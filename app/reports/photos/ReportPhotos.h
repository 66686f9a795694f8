#pragma once

#include "Attachment.h"
#include "CampaignSnapshot.h"
#include "ReportOptions.h"

#include <QList>
#include <QString>

class Database;

// The photos the user picked for the summary (in_report), laid out four to a picture in a 2×2 grid
// with their captions, activity and date, sized for an A4 page width. The summary writers place
// each grid like a chart, so PDF and ODT show the same pages.
namespace ReportPhotos {
// `photos` must be photo attachments; `mediaRoot` is the MediaStore root they are stored in.
QList<ReportChart> grids(const CampaignSnapshot& snapshot, const QList<Attachment>& photos,
                         const QString& mediaRoot);
// The picked photos of the snapshot's campaign in the open file.
[[nodiscard]] bool picked(const Database& db, qint64 campaignId, QList<Attachment>* out, QString* error);
// The grids of the picked photos of the snapshot's campaign, ready for ReportOptions::charts.
[[nodiscard]] bool pickedGrids(const Database& db, const CampaignSnapshot& snapshot, QList<ReportChart>* out,
                               QString* error);
} // namespace ReportPhotos
