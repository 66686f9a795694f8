#pragma once

#include "Activity.h"

#include <QList>
#include <QSqlDatabase>

#include <atomic>

// The bulk read behind ActivityRepository::loadAll, tuned for a million activities: the rows from
// both ends of the id range, their assisting departments and their figures are read at once on
// read-only connections of their own, through the raw sqlite3 API (no QVariant per cell).
namespace ActivityLoader {

// For a load on another thread: how far it is, and a way to stop it. A stopped load fails with a
// translated "cancelled" reason.
struct Progress
{
    std::atomic<qint64> done{0};  // activities read
    std::atomic<qint64> total{0}; // known once counted; 0 before
    std::atomic<bool> cancel{false};
};

[[nodiscard]] bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* out, QString* error);
// The same on connections of its own, so it may run on any thread; `progress` may be null.
[[nodiscard]] bool load(const QString& path, qint64 campaignId, QList<Activity>* out, QString* error,
                        Progress* progress);
} // namespace ActivityLoader
