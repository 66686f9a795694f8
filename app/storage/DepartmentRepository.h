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

    QList<Department> list(QString* error) const;      // in display order, archived included
    bool save(Department& department, QString* error); // insert when id == 0; names are unique
    // Removing clears it as lead and drops it from assisting lists; callers ask the user first.
    bool remove(qint64 departmentId, QString* error);
    // The same removal, saying which activities it cleared; restore() puts the department back under
    // its id and uuid with those links (undo of a removal).
    bool remove(qint64 departmentId, ReferenceRemoval* removed, QString* error);
    bool restore(const Department& department, const ReferenceRemoval& removed, QString* error);
    bool setOrder(const QList<qint64>& ids, QString* error);
    // Activities that name the department as lead or assisting.
    int usage(qint64 departmentId, QString* error) const;

    // Why saving `name` failed, in the user's words (a second department of the same name).
    static QString saveError(const QSqlQuery& query, const QString& name);

private:
    QString m_connection;
};
