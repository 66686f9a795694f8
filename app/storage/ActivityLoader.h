#pragma once

#include "Activity.h"

#include <QList>
#include <QSqlDatabase>

// The bulk read behind ActivityRepository::loadAll, tuned for a million activities: the rows from
// both ends of the id range, their assisting departments and their figures are read at once on
// read-only connections of their own, through the raw sqlite3 API (no QVariant per cell).
namespace ActivityLoader {
[[nodiscard]] bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* out, QString* error);
} // namespace ActivityLoader
