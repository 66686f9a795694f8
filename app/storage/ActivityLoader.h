#pragma once

#include "Activity.h"

#include <QList>
#include <QSqlDatabase>

// The bulk read behind ActivityRepository::loadAll, tuned for 100 000 activities: the main rows on
// the caller's connection while a second, read-only connection reads assisting departments and
// figures on another thread; both go through the raw sqlite3 API (no QVariant per cell).
namespace ActivityLoader {
[[nodiscard]] bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* out, QString* error);
} // namespace ActivityLoader
