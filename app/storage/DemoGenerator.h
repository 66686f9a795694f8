#pragma once

#include "Activity.h"
#include "CampaignSnapshot.h"

#include <QList>

class Database;

// Realistic generated activities for demos and benchmarks: spread over the campaign's pillars,
// the file's departments, dates around the campaign month, every status and the campaign's metrics.
// The same seed gives the same activities.
namespace DemoGenerator {
QList<Activity> generate(const CampaignSnapshot& base, int count, quint32 seed);
// Adds `count` generated activities to the newest campaign of `db` in one transaction.
[[nodiscard]] bool populate(const Database& db, int count, quint32 seed, QString* error);
} // namespace DemoGenerator
