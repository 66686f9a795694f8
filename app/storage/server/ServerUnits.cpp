#include "server/ServerUnits.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool readUnit(QSqlQuery& q, ServerUnits::Unit* out, QString* error)
{
    if (!q.exec()) {
        *error = QCoreApplication::translate("ServerUnits", "cannot read the units: %1")
                     .arg(q.lastError().databaseText());
        return false;
    }
    if (!q.next())
        return false;
    out->id = q.value(0).toInt();
    out->name = q.value(1).toString();
    out->level = q.value(2).toString();
    return true;
}

} // namespace

namespace ServerUnits {

bool own(const QSqlDatabase& db, Unit* out, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, level FROM unit WHERE id = cp_my_unit()"));
    if (readUnit(q, out, error))
        return true;
    if (error->isEmpty())
        *error = QCoreApplication::translate(
                     "ServerUnits",
                     "the user %1 belongs to no unit (campaign-planner server add-user … --unit NAME)")
                     .arg(db.userName());
    return false;
}

bool byName(const QSqlDatabase& db, const QString& name, Unit* out, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, level FROM unit WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (readUnit(q, out, error))
        return true;
    if (error->isEmpty())
        *error = QCoreApplication::translate("ServerUnits", "there is no unit %1 on the server").arg(name);
    return false;
}

bool mayRead(const QSqlDatabase& db, int unitId, bool* out, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ? IN (SELECT cp_readable_units())"));
    q.addBindValue(unitId);
    if (!q.exec() || !q.next()) {
        *error = QCoreApplication::translate("ServerUnits", "cannot read the units: %1")
                     .arg(q.lastError().databaseText());
        return false;
    }
    *out = q.value(0).toBool();
    return true;
}

} // namespace ServerUnits
