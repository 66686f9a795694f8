#include "RemovalRows.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace SqlUtil;

namespace RemovalRows {
namespace {

bool ids(const QSqlDatabase& db, const QString& sql, qint64 id, QList<qint64>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q, sql, error))
        return false;
    q.addBindValue(id);
    if (!exec(q, error))
        return false;
    while (q.next())
        out->append(q.value(0).toLongLong());
    return true;
}

bool figures(const QSqlDatabase& db, qint64 metricId, QList<ReferenceRemoval::Figure>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral("SELECT activity_id, target, target_approx, actual, actual_approx FROM "
                                "activity_figure WHERE metric_id = ? ORDER BY activity_id"),
                 error))
        return false;
    q.addBindValue(metricId);
    if (!exec(q, error))
        return false;
    while (q.next())
        out->append(
            {q.value(0).toLongLong(), q.value(1), q.value(2).toBool(), q.value(3), q.value(4).toBool()});
    return true;
}

bool run(QSqlQuery& q, const QVariantList& values, QString* error)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return exec(q, error);
}

} // namespace

bool collect(const QSqlDatabase& db, const QString& table, qint64 id, ReferenceRemoval* out, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), error))
        return false;
    q.addBindValue(id);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("RemovalRows", "The item is no longer in the file.");
        return false;
    }
    *out = {};
    out->uuid = q.value(0).toString();
    if (table == QLatin1String("pillar"))
        return ids(db, QStringLiteral("SELECT id FROM activity WHERE pillar_id = ? ORDER BY id"), id,
                   &out->activities, error);
    if (table == QLatin1String("department"))
        return ids(db, QStringLiteral("SELECT id FROM activity WHERE lead_department_id = ? ORDER BY id"), id,
                   &out->activities, error) &&
               ids(db,
                   QStringLiteral("SELECT activity_id FROM activity_assist WHERE department_id = ? ORDER BY "
                                  "activity_id"),
                   id, &out->assisted, error);
    return figures(db, id, &out->figures, error);
}

bool relink(const QSqlDatabase& db, const QString& table, qint64 id, const ReferenceRemoval& removed,
            QString* error)
{
    QSqlQuery lead(db), assist(db), figure(db);
    const QString column =
        table == QLatin1String("pillar") ? QStringLiteral("pillar_id") : QStringLiteral("lead_department_id");
    if (!removed.activities.isEmpty()) {
        if (!prepare(lead, QStringLiteral("UPDATE activity SET %1 = ? WHERE id = ?").arg(column), error))
            return false;
        for (qint64 activity : removed.activities)
            if (!run(lead, {id, activity}, error))
                return false;
    }
    if (!removed.assisted.isEmpty()) {
        if (!prepare(assist,
                     QStringLiteral(
                         "INSERT OR IGNORE INTO activity_assist (activity_id, department_id) VALUES (?, ?)"),
                     error))
            return false;
        for (qint64 activity : removed.assisted)
            if (!run(assist, {activity, id}, error))
                return false;
    }
    if (!removed.figures.isEmpty()) {
        if (!prepare(figure,
                     QStringLiteral("INSERT OR REPLACE INTO activity_figure (activity_id, metric_id, target, "
                                    "target_approx, actual, actual_approx) VALUES (?, ?, ?, ?, ?, ?)"),
                     error))
            return false;
        for (const ReferenceRemoval::Figure& f : removed.figures)
            if (!run(figure,
                     {f.activityId, id, f.target, int(f.targetApproximate), f.actual,
                      int(f.actualApproximate)},
                     error))
                return false;
    }
    return true;
}

} // namespace RemovalRows
