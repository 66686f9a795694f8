#include "DepartmentRepository.h"

#include "Database.h"
#include "RemovalRows.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

using namespace SqlUtil;

DepartmentRepository::DepartmentRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool DepartmentRepository::list(QList<Department>* result, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<Department> out;
    if (!q.exec(
            QStringLiteral("SELECT id, position, name, archived FROM department ORDER BY position, id"))) {
        *error = describe(q.lastError());
        return false;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool()});
    *result = std::move(out);
    return true;
}

bool DepartmentRepository::save(Department& d, QString* error)
{
    d.name = d.name.trimmed();
    if (d.name.isEmpty()) {
        *error = QCoreApplication::translate("DepartmentRepository", "A department needs a name.");
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 id = d.id;
    if (!Transaction::run(db, error, [&] {
            QSqlQuery q(db);
            if (d.id == 0) {
                q.prepare(
                    QStringLiteral("INSERT INTO department (uuid, position, name, archived) VALUES "
                                   "(?, (SELECT coalesce(max(position), -1) + 1 FROM department), ?, ?)"));
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            } else {
                q.prepare(QStringLiteral("UPDATE department SET name = ?, archived = ? WHERE id = ?"));
            }
            q.addBindValue(d.name);
            q.addBindValue(d.archived ? 1 : 0);
            if (d.id != 0)
                q.addBindValue(d.id);
            if (!q.exec()) {
                *error = saveError(q, d.name);
                return false;
            }
            if (d.id == 0)
                id = q.lastInsertId().toLongLong();
            return true;
        }))
        return false;
    d.id = id; // a new department's id only once it is committed
    return true;
}

QString DepartmentRepository::saveError(const QSqlQuery& query, const QString& name)
{
    const QString text = describe(query.lastError());
    return text.contains(QLatin1String("UNIQUE"))
               ? QCoreApplication::translate("DepartmentRepository",
                                             "A department named “%1” already exists.")
                     .arg(name)
               : text;
}

bool DepartmentRepository::remove(qint64 departmentId, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM department WHERE id = ?"));
        q.addBindValue(departmentId);
        return exec(q, error);
    });
}

bool DepartmentRepository::setOrder(const QList<qint64>& ids, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE department SET position = ? WHERE id = ?"));
        for (int i = 0; i < ids.size(); ++i) {
            q.addBindValue(i);
            q.addBindValue(ids[i]);
            if (!exec(q, error))
                return false;
        }
        return true;
    });
}

bool DepartmentRepository::usage(qint64 departmentId, int* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // An activity led and assisted by the same department counts once.
    q.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE lead_department_id = :d OR id IN "
                             "(SELECT activity_id FROM activity_assist WHERE department_id = :d)"));
    q.bindValue(QStringLiteral(":d"), departmentId);
    if (!exec(q, error) || !q.next())
        return false;
    *out = q.value(0).toInt();
    return true;
}

bool DepartmentRepository::remove(qint64 departmentId, ReferenceRemoval* removed, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        if (!RemovalRows::collect(db, QStringLiteral("department"), departmentId, removed, error) ||
            !prepare(q, QStringLiteral("DELETE FROM department WHERE id = ?"), error))
            return false;
        q.addBindValue(departmentId);
        if (!exec(q, error))
            return false;
        return true;
    });
}

bool DepartmentRepository::restore(const Department& department, const ReferenceRemoval& removed,
                                   QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        QSqlQuery q(db);
        if (!prepare(
                q,
                QStringLiteral(
                    "INSERT INTO department (id, uuid, position, name, archived) VALUES (?, ?, ?, ?, ?)"),
                error))
            return false;
        for (const QVariant& v :
             {QVariant(department.id), QVariant(removed.uuid), QVariant(department.position),
              QVariant(department.name), QVariant(department.archived ? 1 : 0)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = saveError(q, department.name);
            return false;
        }
        if (!RemovalRows::relink(db, QStringLiteral("department"), department.id, removed, error))
            return false;
        return true;
    });
}
