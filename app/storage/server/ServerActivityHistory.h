#pragma once

#include "ActivityChange.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads an activity's history on the shared server (activity_change, written by the server's own
// triggers for every client), in the shape the file's history has: the same kinds, field names and
// value texts (server schema 4 mirrors file schema step 9), so one view shows either. On the server
// the author is the PostgreSQL role that made the change. Row-level security shows only the history
// of activities the connected role may read.
namespace ServerActivityHistory {
// The changes of the activity `activityUuid` of unit `unitId` (uuids are unique within a unit: a file
// copied between units keeps them), newest first in the order they were written; empty when the role
// sees none.
[[nodiscard]] bool changes(QSqlDatabase& db, int unitId, const QString& activityUuid,
                           QList<ActivityChange>* out, QString* error);
} // namespace ServerActivityHistory
