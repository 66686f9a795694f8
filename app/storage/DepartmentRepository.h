#pragma once

#include "Department.h"
#include "ReferenceRemoval.h"

#include <QList>
#include <QString>

class Database;
class QSqlQuery;

// The bureau's own departments, shared by every campaign in the file.
class DepartmentRepository
{
public:
    explicit DepartmentRepository(const Database& db);

    [[nodiscard]] bool list(QList<Department>* out,
                            QString* error) const;                   // in display order, archived included
    [[nodiscard]] bool save(Department& department, QString* error); // insert when id == 0; names are unique
    // Removing clears it as lead and drops it from assisting lists; callers ask the user first.
    [[nodiscard]] bool remove(qint64 departmentId, QString* error);
    // The same removal, saying which activities it cleared; restore() puts the department back under
    // its id and uuid with those links (undo of a removal).
    [[nodiscard]] bool remove(qint64 departmentId, ReferenceRemoval* removed, QString* error);
    [[nodiscard]] bool restore(const Department& department, const ReferenceRemoval& removed, QString* error);
    [[nodiscard]] bool setOrder(const QList<qint64>& ids, QString* error);
    // Activities that name the department as lead or assisting.
    [[nodiscard]] bool usage(qint64 departmentId, int* out, QString* error) const;

    // Why saving `name` failed, in the user's words (a second department of the same name).
    static QString saveError(const QSqlQuery& query, const QString& name);

private:
    QString m_connection;
};
