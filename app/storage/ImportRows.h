#pragma once

#include "Campaign.h"
#include "Department.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The reference rows a plan import adds with its activities (departments the file did not know,
// pillars for groups nothing matched), written inside the caller's transaction. With keepIds the rows
// come back under the ids they had, so a redo after an undo leaves later commands' ids valid.
namespace ImportRows {
[[nodiscard]] bool insertDepartments(const QSqlDatabase& db, QList<Department>& departments, bool keepIds,
                                     QString* error);
[[nodiscard]] bool insertPillars(const QSqlDatabase& db, QList<Pillar>& pillars, bool keepIds,
                                 QString* error);
// Removes rows of `table` ("department" or "pillar") by id; activities keep theirs without them.
[[nodiscard]] bool remove(const QSqlDatabase& db, const QString& table, const QList<qint64>& ids,
                          QString* error);
} // namespace ImportRows
