#pragma once

#include "CampaignSnapshot.h"

#include <QString>

class Database;

// Loads one campaign with its activities, the departments and the unit profile.
namespace SnapshotLoader {
// campaignYear 0 picks the newest campaign. False and a translated reason when it does not exist.
[[nodiscard]] bool load(const Database& db, int campaignYear, CampaignSnapshot* out, QString* error);
[[nodiscard]] bool loadById(const Database& db, qint64 campaignId, CampaignSnapshot* out, QString* error);
} // namespace SnapshotLoader
