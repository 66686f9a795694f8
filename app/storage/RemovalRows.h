#pragma once

#include "ReferenceRemoval.h"

#include <QSqlDatabase>
#include <QString>

// The row work behind removing and restoring pillars, metrics and departments (CampaignRepository,
// DepartmentRepository). Each runs inside the caller's transaction.
namespace RemovalRows {
// Reads what deleting row `id` of `table` ("pillar", "metric" or "department") takes along.
bool collect(const QSqlDatabase& db, const QString& table, qint64 id, ReferenceRemoval* out, QString* error);
// Points the activities `removed` lists at row `id` of `table` again.
bool relink(const QSqlDatabase& db, const QString& table, qint64 id, const ReferenceRemoval& removed,
            QString* error);
} // namespace RemovalRows
