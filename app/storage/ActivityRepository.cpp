#include "ActivityRepository.h"

#include "ActivityLoader.h"
#include "ActivityRows.h"

#include "Database.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace SqlUtil;

namespace {
bool deleteRows(const QSqlDatabase& db, const QList<qint64>& ids, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(q, QStringLiteral("DELETE FROM activity WHERE id = ?"), error))
        return false;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
    }
    return true;
}
} // namespace

ActivityRepository::ActivityRepository(const Database& db) : m_connection(db.connection().connectionName()) {}

bool ActivityRepository::loadAll(qint64 campaignId, QList<Activity>* out, QString* error) const
{
    return ActivityLoader::load(QSqlDatabase::database(m_connection, false), campaignId, out, error);
}

bool ActivityRepository::load(qint64 id, Activity* out, QString* error) const
{
    // Rarely used (tests, CLI); loading through the same path keeps one mapping.
    QList<Activity> all;
    if (!loadAll(0, &all, error))
        return false;
    for (const Activity& a : std::as_const(all)) {
        if (a.id == id) {
            *out = a;
            return true;
        }
    }
    *error = QCoreApplication::translate("ActivityRepository", "The activity no longer exists in this file.");
    return false;
}

bool ActivityRepository::idOf(const QUuid& uuid, qint64* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!prepare(q, QStringLiteral("SELECT id FROM activity WHERE uuid = ?"), error))
        return false;
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!exec(q, error))
        return false;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool ActivityRepository::count(qint64 campaignId, qint64* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!prepare(
            q, QStringLiteral("SELECT count(*) FROM activity WHERE :campaign = 0 OR campaign_id = :campaign"),
            error))
        return false;
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    if (!exec(q, error) || !q.next())
        return false;
    *out = q.value(0).toLongLong();
    return true;
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
    return Transaction::run(QSqlDatabase::database(m_connection, false), error, [&] {
        QList<Activity> copy = activities;
        return write(copy, true, true, error) && (!alongside || alongside(error));
    });
}

bool ActivityRepository::apply(Batch& batch, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] {
        if (batch.before && !batch.before(db, error))
            return false;
        // Written in place: a batch holds up to a whole table of activities, and a second copy of
        // 100 000 of them is 100 MB. After a failure the caller drops the batch.
        if ((!batch.inserted.isEmpty() &&
             !ActivityRows::write(db, batch.inserted, true, batch.keepIds, error)) ||
            (!batch.updated.isEmpty() && !ActivityRows::write(db, batch.updated, false, false, error)))
            return false;
        if (!batch.removed.isEmpty() && !deleteRows(db, batch.removed, error))
            return false;
        return !batch.after || batch.after(db, error);
    });
}

bool ActivityRepository::write(QList<Activity>& activities, bool isNew, bool keepIds, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<Activity> written = activities;
    if (!Transaction::run(db, error, [&] { return ActivityRows::write(db, written, isNew, keepIds, error); }))
        return false;
    activities = std::move(written);
    return true;
}

// On the connection's own sqlite3 handle: a plan import writes 100 000 activities with their
// assisting departments and figures, about 400 000 statements, and QSqlQuery's named binds and
// QVariants cost three times what the writes themselves do.
bool ActivityRows::write(const QSqlDatabase& db, QList<Activity>& written, bool isNew, bool keepIds,
                         QString* error)
{
    SqliteStatement row(
        db, isNew ? "INSERT INTO activity (id, uuid, campaign_id, pillar_id, title, description, "
                    "location, lead_department_id, owner, phone, start_date, end_date, date_text, "
                    "deadline, status, progress, notes, created_ms, updated_ms) VALUES (?1, ?2, ?3, "
                    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"
                  : "UPDATE activity SET campaign_id = ?3, pillar_id = ?4, title = ?5, "
                    "description = ?6, location = ?7, lead_department_id = ?8, owner = ?9, "
                    "phone = ?10, start_date = ?11, end_date = ?12, date_text = ?13, deadline = ?14, "
                    "status = ?15, progress = ?16, notes = ?17, updated_ms = ?19 WHERE id = ?1");
    // An update touches only the assisting departments and figures that differ (?2 lists the ids kept,
    // ",3,5,"): the history triggers (schema step 9) then record real changes, not a rewrite.
    SqliteStatement clearAssist(db, "DELETE FROM activity_assist WHERE activity_id = ?1 AND "
                                    "instr(?2, ',' || department_id || ',') = 0");
    SqliteStatement addAssist(
        db, "INSERT OR IGNORE INTO activity_assist (activity_id, department_id) VALUES (?1, ?2)");
    SqliteStatement clearFigures(db, "DELETE FROM activity_figure WHERE activity_id = ?1 AND "
                                     "instr(?2, ',' || metric_id || ',') = 0");
    SqliteStatement addFigure(
        db, "INSERT INTO activity_figure (activity_id, metric_id, target, target_approx, actual, "
            "actual_approx) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (activity_id, metric_id) DO "
            "UPDATE SET target = excluded.target, target_approx = excluded.target_approx, actual = "
            "excluded.actual, actual_approx = excluded.actual_approx WHERE target IS NOT excluded.target "
            "OR target_approx IS NOT excluded.target_approx OR actual IS NOT excluded.actual OR "
            "actual_approx IS NOT excluded.actual_approx");
    // A restored activity is written as new (updated = created) so the triggers file its departments
    // and figures under its 'insert'; then its own updated time goes back (a bookkeeping column).
    SqliteStatement restoreUpdated(db, "UPDATE activity SET updated_ms = ?2 WHERE id = ?1");
    for (const SqliteStatement* s :
         {&row, &clearAssist, &addAssist, &clearFigures, &addFigure, &restoreUpdated}) {
        if (!s->isValid()) {
            *error = s->errorString();
            return false;
        }
    }
    auto failed = [error](const SqliteStatement& s) {
        *error = s.errorString();
        return false;
    };
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; }; // columns are NOT NULL
    auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    auto id = [](SqliteStatement& s, int index, qint64 value) {
        if (value == 0)
            s.bindNull(index);
        else
            s.bind(index, value);
    };
    auto amount = [](SqliteStatement& s, int index, const Amount& a) {
        if (a.isSet)
            s.bind(index, a.value);
        else
            s.bindNull(index);
    };

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
        // An edit in the very millisecond of its creation still reads as an edit to the triggers.
        if (!isNew && a.created.isValid() && a.updated <= a.created)
            a.updated = a.created.addMSecs(1);
        if (isNew && !keepIds)
            row.bindNull(1);
        else
            row.bind(1, a.id);
        if (isNew) {
            row.bind(2, a.uuid.toString(QUuid::WithoutBraces));
            row.bind(18, a.created.toMSecsSinceEpoch());
        }
        row.bind(3, a.campaignId);
        id(row, 4, a.pillarId);
        row.bind(5, text(a.title));
        row.bind(6, text(a.description));
        row.bind(7, text(a.location));
        id(row, 8, a.leadDepartmentId);
        row.bind(9, text(a.owner));
        row.bind(10, text(a.phone));
        row.bind(11, date(a.start));
        row.bind(12, date(a.end));
        row.bind(13, text(a.dateText));
        row.bind(14, date(a.deadline));
        row.bind(15, qint64(a.status));
        row.bind(16, qint64(a.progress));
        row.bind(17, text(a.notes));
        const bool restoring = isNew && keepIds && a.updated != a.created;
        row.bind(19, (restoring ? a.created : a.updated).toMSecsSinceEpoch());
        if (!row.exec())
            return failed(row);
        if (isNew && !keepIds) {
            a.id = row.lastInsertId();
        } else if (!isNew && row.changes() != 1) {
            *error = QStringLiteral("activity %1 no longer exists").arg(a.id);
            return false;
        }
        if (!isNew) {
            QString kept = QStringLiteral(",");
            for (qint64 department : std::as_const(a.assistingDepartmentIds))
                kept += QString::number(department) + QLatin1Char(',');
            clearAssist.bind(1, a.id);
            clearAssist.bind(2, kept);
            kept = QStringLiteral(",");
            for (const MetricValue& v : std::as_const(a.figures))
                if (v.target.isSet || v.actual.isSet)
                    kept += QString::number(v.metricId) + QLatin1Char(',');
            clearFigures.bind(1, a.id);
            clearFigures.bind(2, kept);
            if (!clearAssist.exec())
                return failed(clearAssist);
            if (!clearFigures.exec())
                return failed(clearFigures);
        }
        for (qint64 department : std::as_const(a.assistingDepartmentIds)) {
            addAssist.bind(1, a.id);
            addAssist.bind(2, department);
            if (!addAssist.exec())
                return failed(addAssist);
        }
        for (const MetricValue& v : std::as_const(a.figures)) {
            if (!v.target.isSet && !v.actual.isSet)
                continue;
            addFigure.bind(1, a.id);
            addFigure.bind(2, v.metricId);
            amount(addFigure, 3, v.target);
            addFigure.bind(4, qint64(v.target.approximate ? 1 : 0));
            amount(addFigure, 5, v.actual);
            addFigure.bind(6, qint64(v.actual.approximate ? 1 : 0));
            if (!addFigure.exec())
                return failed(addFigure);
        }
        if (restoring) {
            restoreUpdated.bind(1, a.id);
            restoreUpdated.bind(2, a.updated.toMSecsSinceEpoch());
            if (!restoreUpdated.exec())
                return failed(restoreUpdated);
        }
    }
    return true;
}

bool ActivityRepository::remove(const QList<qint64>& ids, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return Transaction::run(db, error, [&] { return deleteRows(db, ids, error); });
}
