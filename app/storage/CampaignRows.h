#pragma once

#include "Campaign.h"

#include <QSqlDatabase>
#include <QString>

// The row writers behind CampaignRepository. Each runs inside the caller's transaction and fills ids.
namespace CampaignRows {
bool insertCampaignRow(const QSqlDatabase& db, Campaign& c, QString* error);
bool replaceOrganizers(const QSqlDatabase& db, qint64 campaignId, QList<Organizer>& list, QString* error);
bool replaceSlogans(const QSqlDatabase& db, qint64 campaignId, QList<Slogan>& list, QString* error);
bool replaceRequirements(const QSqlDatabase& db, qint64 campaignId, QList<Requirement>& list, QString* error);
bool writePillar(const QSqlDatabase& db, Pillar& p, QString* error); // insert when id == 0
bool writeMetric(const QSqlDatabase& db, Metric& m, QString* error); // insert when id == 0
bool deleteById(const QSqlDatabase& db, const QString& table, qint64 id, QString* error);
} // namespace CampaignRows
