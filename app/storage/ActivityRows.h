#pragma once

#include "Activity.h"

#include <QSqlDatabase>

// The row writer behind ActivityRepository, for callers that already hold a transaction
// (copying a campaign, imports). Fills ids, uuids and timestamps as ActivityRepository documents.
namespace ActivityRows {
[[nodiscard]] bool write(const QSqlDatabase& db, QList<Activity>& activities, bool isNew, bool keepIds,
                         QString* error);
} // namespace ActivityRows
