#pragma once

#include "Campaign.h"

#include <QSqlDatabase>
#include <QString>

// The row writers behind CampaignRepository. Each runs inside the caller's transaction and fills ids.
namespace CampaignRows {
[[nodiscard]] bool insertCampaignRow(const QSqlDatabase& db, Campaign& c, QString* error);
[[nodiscard]] bool replaceOrganizers(const QSqlDatabase& db, qint64 campaignId, QList<Organizer>& list,
                                     QString* error);
[[nodiscard]] bool replaceSlogans(const QSqlDatabase& db, qint64 campaignId, QList<Slogan>& list,
                                  QString* error);
[[nodiscard]] bool replaceRequirements(const QSqlDatabase& db, qint64 campaignId, QList<Requirement>& list,
                                       QString* error);
[[nodiscard]] bool writePillar(const QSqlDatabase& db, Pillar& p, QString* error); // insert when id == 0
[[nodiscard]] bool writeMetric(const QSqlDatabase& db, Metric& m, QString* error); // insert when id == 0
[[nodiscard]] bool deleteById(const QSqlDatabase& db, const QString& table, qint64 id, QString* error);
} // namespace CampaignRows
