#include "ActivityRepository.h"

#include "ActivityLoader.h"
#include "ActivityRows.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, campaign_id, pillar_id, title, description, location, lead_department_id, owner, phone, "
    "start_date, end_date, date_text, deadline, status, progress, notes, created_ms, updated_ms");

QVariant amountValue(const Amount& a)
{
    return a.isSet ? QVariant(a.value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

ActivityRepository::ActivityRepository(const Database& db) : m_connection(db.connection().connectionName()) {}

QList<Activity> ActivityRepository::loadAll(qint64 campaignId, QString* error) const
{
    return ActivityLoader::load(QSqlDatabase::database(m_connection, false), campaignId, error);
}

bool ActivityRepository::load(qint64 id, Activity* out, QString* error) const
{
    // Rarely used (tests, CLI); loading through the same path keeps one mapping.
    const QList<Activity> all = loadAll(0, error);
    for (const Activity& a : all) {
        if (a.id == id) {
            *out = a;
            return true;
        }
    }
    return false;
}

qint64 ActivityRepository::count(qint64 campaignId, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!prepare(
            q, QStringLiteral("SELECT count(*) FROM activity WHERE :campaign = 0 OR campaign_id = :campaign"),
            error))
        return -1;
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ActivityRepository::insert(QList<Activity>& activities, QString* error)
{
    return write(activities, true, false, error);
}

bool ActivityRepository::insert(Activity& activity, QString* error)
{
    QList<Activity> one{activity};
    if (!insert(one, error))
        return false;
    activity = one.first();
    return true;
}

bool ActivityRepository::update(QList<Activity>& activities, QString* error)
{
    return write(activities, false, false, error);
}

bool ActivityRepository::update(Activity& activity, QString* error)
{
    QList<Activity> one{activity};
    if (!update(one, error))
        return false;
    activity = one.first();
    return true;
}

bool ActivityRepository::restore(const QList<Activity>& activities, QString* error,
                                 const std::function<bool(QString*)>& alongside)
{
    Transaction outer(QSqlDatabase::database(m_connection, false));
    if (!outer.isActive()) {
        *error = outer.errorString();
        return false;
    }
    QList<Activity> copy = activities;
    if (!write(copy, true, true, error) || (alongside && !alongside(error)))
        return false;
    if (!outer.commit()) {
        *error = outer.errorString();
        return false;
    }
    return true;
}

bool ActivityRepository::apply(Batch& batch, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    if (batch.before && !batch.before(db, error))
        return false;
    // Written in place: a batch holds up to a whole table of activities, and a second copy of
    // 100 000 of them is 100 MB. After a failure the caller drops the batch.
    if ((!batch.inserted.isEmpty() && !ActivityRows::write(db, batch.inserted, true, batch.keepIds, error)) ||
        (!batch.updated.isEmpty() && !ActivityRows::write(db, batch.updated, false, false, error)))
        return false;
    if (!batch.removed.isEmpty()) {
        QSqlQuery q(db);
        if (!prepare(q, QStringLiteral("DELETE FROM activity WHERE id = ?"), error))
            return false;
        for (qint64 id : std::as_const(batch.removed)) {
            q.addBindValue(id);
            if (!exec(q, error))
                return false;
        }
    }
    if (batch.after && !batch.after(db, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ActivityRepository::write(QList<Activity>& activities, bool isNew, bool keepIds, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QList<Activity> written = activities;
    if (!ActivityRows::write(db, written, isNew, keepIds, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    activities = std::move(written);
    return true;
}

bool ActivityRows::write(const QSqlDatabase& db, QList<Activity>& written, bool isNew, bool keepIds,
                         QString* error)
{
    QSqlQuery row(db), clearAssist(db), addAssist(db), clearFigures(db), addFigure(db);
    const QString sql =
        isNew ? QStringLiteral("INSERT INTO activity (%1) VALUES (:id, :uuid, :campaign, :pillar, :title, "
                               ":description, :location, :lead, :owner, :phone, :start, :end, :date_text, "
                               ":deadline, :status, :progress, :notes, :created, :updated)")
                    .arg(kColumns)
              : QStringLiteral(
                    "UPDATE activity SET campaign_id = :campaign, pillar_id = :pillar, title = :title, "
                    "description = :description, location = :location, lead_department_id = :lead, "
                    "owner = :owner, phone = :phone, start_date = :start, end_date = :end, date_text = "
                    ":date_text, "
                    "deadline = :deadline, status = :status, progress = :progress, notes = :notes, "
                    "updated_ms = :updated WHERE id = :id");
    if (!prepare(row, sql, error) ||
        !prepare(clearAssist, QStringLiteral("DELETE FROM activity_assist WHERE activity_id = ?"), error) ||
        !prepare(addAssist,
                 QStringLiteral(
                     "INSERT OR IGNORE INTO activity_assist (activity_id, department_id) VALUES (?, ?)"),
                 error) ||
        !prepare(clearFigures, QStringLiteral("DELETE FROM activity_figure WHERE activity_id = ?"), error) ||
        !prepare(addFigure,
                 QStringLiteral(
                     "INSERT INTO activity_figure (activity_id, metric_id, target, target_approx, actual, "
                     "actual_approx) VALUES (?, ?, ?, ?, ?, ?)"),
                 error))
        return false;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Activity& a : written) {
        if (isNew && !keepIds) {
            a.id = 0;
            if (a.uuid.isNull())
                a.uuid = QUuid::createUuid();
            a.created = now;
        }
        if (!keepIds)
            a.updated = now;
        row.bindValue(QStringLiteral(":id"),
                      isNew && !keepIds ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(a.id));
        if (isNew) {
            row.bindValue(QStringLiteral(":uuid"), a.uuid.toString(QUuid::WithoutBraces));
            row.bindValue(QStringLiteral(":created"), a.created.toMSecsSinceEpoch());
        }
        row.bindValue(QStringLiteral(":campaign"), a.campaignId);
        row.bindValue(QStringLiteral(":pillar"), nullable(a.pillarId));
        row.bindValue(QStringLiteral(":title"), text(a.title));
        row.bindValue(QStringLiteral(":description"), text(a.description));
        row.bindValue(QStringLiteral(":location"), text(a.location));
        row.bindValue(QStringLiteral(":lead"), nullable(a.leadDepartmentId));
        row.bindValue(QStringLiteral(":owner"), text(a.owner));
        row.bindValue(QStringLiteral(":phone"), text(a.phone));
        row.bindValue(QStringLiteral(":start"), fromDate(a.start));
        row.bindValue(QStringLiteral(":end"), fromDate(a.end));
        row.bindValue(QStringLiteral(":date_text"), text(a.dateText));
        row.bindValue(QStringLiteral(":deadline"), fromDate(a.deadline));
        row.bindValue(QStringLiteral(":status"), static_cast<int>(a.status));
        row.bindValue(QStringLiteral(":progress"), a.progress);
        row.bindValue(QStringLiteral(":notes"), text(a.notes));
        row.bindValue(QStringLiteral(":updated"), a.updated.toMSecsSinceEpoch());
        if (!exec(row, error))
            return false;
        if (isNew && !keepIds)
            a.id = row.lastInsertId().toLongLong();
        else if (!isNew && row.numRowsAffected() != 1) {
            *error = QStringLiteral("activity %1 no longer exists").arg(a.id);
            return false;
        }
        if (!isNew) {
            clearAssist.addBindValue(a.id);
            clearFigures.addBindValue(a.id);
            if (!exec(clearAssist, error) || !exec(clearFigures, error))
                return false;
        }
        for (qint64 department : std::as_const(a.assistingDepartmentIds)) {
            addAssist.addBindValue(a.id);
            addAssist.addBindValue(department);
            if (!exec(addAssist, error))
                return false;
        }
        for (const MetricValue& v : std::as_const(a.figures)) {
            if (!v.target.isSet && !v.actual.isSet)
                continue;
            addFigure.addBindValue(a.id);
            addFigure.addBindValue(v.metricId);
            addFigure.addBindValue(amountValue(v.target));
            addFigure.addBindValue(v.target.approximate ? 1 : 0);
            addFigure.addBindValue(amountValue(v.actual));
            addFigure.addBindValue(v.actual.approximate ? 1 : 0);
            if (!exec(addFigure, error))
                return false;
        }
    }
    return true;
}

bool ActivityRepository::remove(const QList<qint64>& ids, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("DELETE FROM activity WHERE id = ?"), error))
        return false;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
