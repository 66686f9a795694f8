#pragma once

#include "SubordinateUnit.h"

#include <QList>
#include <QString>

class Database;
class QSqlDatabase;

// Units whose report packages were imported, for the consolidated view. Activities are keyed by uuid
// within their unit: a newer package from the same unit replaces that unit's rows, never duplicates.
class SubordinateRepository
{
public:
    explicit SubordinateRepository(const Database& db);

    [[nodiscard]] bool units(QList<SubordinateUnit>* out, QString* error) const; // by name
    [[nodiscard]] bool activities(qint64 unitId, QList<SubordinateActivity>* out,
                                  QString* error) const; // with evidence
    // The same on a read-only connection of its own, for another thread.
    [[nodiscard]] static bool activities(const QString& path, qint64 unitId, QList<SubordinateActivity>* out,
                                         QString* error);
    // The package time last imported for this unit, invalid when none.
    [[nodiscard]] bool packageTime(const QUuid& unitUuid, QDateTime* out, QString* error) const;

    // Inserts or updates the unit and merges its activities in one transaction. Activities missing
    // from the package are removed (the package is the unit's whole plan). Refuses a package older
    // than the one already imported. unit.id and each activity's id are filled in.
    [[nodiscard]] bool merge(SubordinateUnit& unit, QList<SubordinateActivity>& activities, QString* error);

    // This file's own unit identity in packages it sends; made once and kept in the file.
    [[nodiscard]] static bool ownUnitUuid(const Database& db, QUuid* out, QString* error);

private:
    [[nodiscard]] bool mergeRows(const QSqlDatabase& db, SubordinateUnit& unit,
                                 QList<SubordinateActivity>& activities, QString* error) const;

    QString m_connection;
};
