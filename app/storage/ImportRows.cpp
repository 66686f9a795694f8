#include "ImportRows.h"

#include "DepartmentRepository.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QUuid>

using namespace SqlUtil;

namespace ImportRows {

bool insertDepartments(const QSqlDatabase& db, QList<Department>& departments, bool keepIds, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO department (id, uuid, position, name, archived) VALUES "
                                "(?, ?, (SELECT coalesce(max(position), -1) + 1 FROM department), ?, 0)"),
                 error))
        return false;
    for (Department& d : departments) {
        q.addBindValue(keepIds ? QVariant(d.id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(d.name.trimmed());
        if (!q.exec()) {
            *error = DepartmentRepository::saveError(q, d.name);
            return false;
        }
        if (!keepIds)
            d.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool insertPillars(const QSqlDatabase& db, QList<Pillar>& pillars, bool keepIds, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral(
                     "INSERT INTO pillar (id, uuid, campaign_id, position, title, short_name, full_text, "
                     "colour) VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM pillar "
                     "WHERE campaign_id = ?), ?, ?, ?, ?)"),
                 error))
        return false;
    for (Pillar& p : pillars) {
        for (const QVariant& v :
             {keepIds ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)),
              QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(p.campaignId),
              QVariant(p.campaignId), text(p.title), text(p.shortName), text(p.fullText), text(p.colour)})
            q.addBindValue(v);
        if (!exec(q, error))
            return false;
        if (!keepIds)
            p.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool remove(const QSqlDatabase& db, const QString& table, const QList<qint64>& ids, QString* error)
{
    if (table != QLatin1String("department") && table != QLatin1String("pillar"))
        return false;
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), error))
        return false;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
    }
    return true;
}

} // namespace ImportRows
