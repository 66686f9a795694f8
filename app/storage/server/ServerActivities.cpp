#include "server/ServerActivities.h"

#include "server/ServerTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool failed(const QSqlQuery& q, QString* error)
{
    return fail(error, QCoreApplication::translate("ServerActivities", "the server refused the change: %1")
                           .arg(q.lastError().databaseText()));
}

// The row's columns in the file's encoding (server schema 3 mirrors the file): ISO dates or NULL,
// no reference as NULL, times in milliseconds.
const QString kColumns = QStringLiteral("uuid, campaign_id, pillar_id, title, description, location, "
                                        "lead_department_id, owner, phone, start_date, end_date, date_text, "
                                        "deadline, status, progress, notes, created_ms, updated_ms");
constexpr int kColumnCount = 18;

QVariant reference(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s; // NOT NULL columns
}

// kColumns' values of `a`, in order.
QVariantList rowValues(const Activity& a)
{
    return {a.uuid.toString(QUuid::WithoutBraces),
            reference(a.campaignId),
            reference(a.pillarId),
            text(a.title),
            text(a.description),
            text(a.location),
            reference(a.leadDepartmentId),
            text(a.owner),
            text(a.phone),
            date(a.start),
            date(a.end),
            text(a.dateText),
            date(a.deadline),
            int(a.status),
            a.progress,
            text(a.notes),
            a.created.toMSecsSinceEpoch(),
            a.updated.toMSecsSinceEpoch()};
}

// PostgreSQL array literals: bound as one text value, so a list of any length is one parameter.
QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString uuidArray(const QList<QUuid>& uuids)
{
    QStringList parts;
    parts.reserve(uuids.size());
    for (const QUuid& uuid : uuids)
        parts << uuid.toString(QUuid::WithoutBraces);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant amount(const Amount& a)
{
    return a.isSet ? QVariant(a.value) : QVariant(QMetaType(QMetaType::Double));
}

// The assisting departments and figures of `a` become exactly its lists; rows that stay as they were
// are not touched, so the history records only what changed.
bool writeSideRows(QSqlDatabase& db, const Activity& a, bool isNew, QString* error)
{
    QSqlQuery q(db);
    if (!isNew) {
        q.prepare(QStringLiteral("DELETE FROM activity_assist WHERE activity_id = ? "
                                 "AND NOT (department_id = ANY (?::bigint[]))"));
        q.addBindValue(a.id);
        q.addBindValue(idArray(a.assistingDepartmentIds));
        if (!q.exec())
            return failed(q, error);
        QList<qint64> kept;
        for (const MetricValue& v : a.figures)
            if (v.target.isSet || v.actual.isSet)
                kept << v.metricId;
        q.prepare(QStringLiteral(
            "DELETE FROM activity_figure WHERE activity_id = ? AND NOT (metric_id = ANY (?::bigint[]))"));
        q.addBindValue(a.id);
        q.addBindValue(idArray(kept));
        if (!q.exec())
            return failed(q, error);
    }
    for (qint64 department : a.assistingDepartmentIds) {
        q.prepare(QStringLiteral("INSERT INTO activity_assist (activity_id, department_id) VALUES (?, ?) "
                                 "ON CONFLICT DO NOTHING"));
        q.addBindValue(a.id);
        q.addBindValue(department);
        if (!q.exec())
            return failed(q, error);
    }
    for (const MetricValue& v : a.figures) {
        if (!v.target.isSet && !v.actual.isSet)
            continue;
        q.prepare(QStringLiteral(
            "INSERT INTO activity_figure (activity_id, metric_id, target, target_approx, actual, "
            "actual_approx) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id, metric_id) DO UPDATE SET "
            "target = EXCLUDED.target, target_approx = EXCLUDED.target_approx, actual = EXCLUDED.actual, "
            "actual_approx = EXCLUDED.actual_approx WHERE (activity_figure.target, "
            "activity_figure.target_approx, "
            "activity_figure.actual, activity_figure.actual_approx) IS DISTINCT FROM (EXCLUDED.target, "
            "EXCLUDED.target_approx, EXCLUDED.actual, EXCLUDED.actual_approx)"));
        q.addBindValue(a.id);
        q.addBindValue(v.metricId);
        q.addBindValue(amount(v.target));
        q.addBindValue(v.target.approximate ? 1 : 0);
        q.addBindValue(amount(v.actual));
        q.addBindValue(v.actual.approximate ? 1 : 0);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

QDate isoDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

namespace ServerActivities {

bool versions(QSqlDatabase& db, int unitId, qint64 campaignId, Versions* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT uuid, row_version FROM activity WHERE unit_id = ? AND (? = 0 OR campaign_id = ?)"));
    q.addBindValue(unitId);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("ServerActivities",
                                                       "cannot read the activities from the server: %1")
                               .arg(q.lastError().databaseText()));
    out->clear();
    while (q.next())
        out->insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
    return true;
}

bool read(QSqlDatabase& db, int unitId, const QList<QUuid>& uuids, QList<Versioned>* out, QString* error)
{
    out->clear();
    if (uuids.isEmpty())
        return true;
    auto readFailed = [error](const QSqlQuery& q) {
        return fail(error, QCoreApplication::translate("ServerActivities",
                                                       "cannot read the activities from the server: %1")
                               .arg(q.lastError().databaseText()));
    };
    // One snapshot for the rows and their lists.
    return ServerTransaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
            return readFailed(q);
        const QString last =
            QStringLiteral("(SELECT c.%1 FROM activity_change c WHERE c.activity_uuid = a.uuid "
                           "AND c.unit_id = a.unit_id ORDER BY c.id DESC LIMIT 1)");
        q.prepare(QStringLiteral("SELECT a.id, %1, a.row_version, %2, %3 FROM activity a "
                                 "WHERE a.unit_id = ? AND a.uuid = ANY (?::text[]) ORDER BY a.id")
                      .arg(kColumns, last.arg(QStringLiteral("changed_by")),
                           last.arg(QStringLiteral("changed_at"))));
        q.addBindValue(unitId);
        q.addBindValue(uuidArray(uuids));
        if (!q.exec())
            return readFailed(q);
        QHash<qint64, int> rowOfId;
        QList<qint64> ids;
        while (q.next()) {
            Versioned v;
            Activity& a = v.activity;
            a.id = q.value(0).toLongLong();
            a.uuid = QUuid::fromString(q.value(1).toString());
            a.campaignId = q.value(2).toLongLong();
            a.pillarId = q.value(3).toLongLong();
            a.title = q.value(4).toString();
            a.description = q.value(5).toString();
            a.location = q.value(6).toString();
            a.leadDepartmentId = q.value(7).toLongLong();
            a.owner = q.value(8).toString();
            a.phone = q.value(9).toString();
            a.start = isoDate(q.value(10));
            a.end = isoDate(q.value(11));
            a.dateText = q.value(12).toString();
            a.deadline = isoDate(q.value(13));
            a.status = ActivityStatus(q.value(14).toInt());
            a.progress = q.value(15).toInt();
            a.notes = q.value(16).toString();
            a.created = QDateTime::fromMSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
            a.updated = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
            v.version = q.value(kColumnCount + 1).toLongLong();
            v.changedBy = q.value(kColumnCount + 2).toString();
            v.changedAt = q.value(kColumnCount + 3).toDateTime();
            rowOfId.insert(a.id, int(out->size()));
            ids << a.id;
            out->append(v);
        }
        if (q.lastError().isValid())
            return readFailed(q);
        if (ids.isEmpty())
            return true;
        q.prepare(QStringLiteral("SELECT activity_id, department_id FROM activity_assist WHERE "
                                 "activity_id = ANY (?::bigint[]) ORDER BY activity_id, department_id"));
        q.addBindValue(idArray(ids));
        if (!q.exec())
            return readFailed(q);
        while (q.next())
            (*out)[rowOfId.value(q.value(0).toLongLong())].activity.assistingDepartmentIds
                << q.value(1).toLongLong();
        q.prepare(
            QStringLiteral("SELECT activity_id, metric_id, target, target_approx, actual, actual_approx "
                           "FROM activity_figure WHERE activity_id = ANY (?::bigint[]) "
                           "ORDER BY activity_id, metric_id"));
        q.addBindValue(idArray(ids));
        if (!q.exec())
            return readFailed(q);
        while (q.next()) {
            MetricValue v;
            v.metricId = q.value(1).toLongLong();
            v.target = {q.value(2).toDouble(), q.value(3).toInt() != 0, !q.value(2).isNull()};
            v.actual = {q.value(4).toDouble(), q.value(5).toInt() != 0, !q.value(4).isNull()};
            (*out)[rowOfId.value(q.value(0).toLongLong())].activity.figures << v;
        }
        return !q.lastError().isValid() || readFailed(q);
    });
}

bool write(QSqlDatabase& db, int unitId, Write& write, Versions* versions, QList<Conflict>* conflicts,
           QString* error)
{
    conflicts->clear();
    QList<QUuid> lost;
    Versions written;
    QString reason;
    const bool ok = ServerTransaction::run(db, &reason, [&] {
        QSqlQuery q(db);
        if (!write.removed.isEmpty()) {
            // The server would delete an activity's evidence with it, and the window's undo could not
            // bring the files back: shared mode keeps evidence until it is removed on its own.
            QList<qint64> ids;
            for (const Activity& a : write.removed)
                ids << a.id;
            q.prepare(QStringLiteral("SELECT count(*) FROM attachment WHERE unit_id = ? AND "
                                     "activity_id = ANY (?::bigint[])"));
            q.addBindValue(unitId);
            q.addBindValue(idArray(ids));
            if (!q.exec() || !q.next())
                return failed(q, &reason);
            if (q.value(0).toLongLong() > 0)
                return fail(&reason, QCoreApplication::translate(
                                         "ServerActivities",
                                         "an activity with evidence cannot be removed on the shared server; "
                                         "remove its evidence first"));
        }
        for (const Activity& a : write.removed) {
            q.prepare(
                QStringLiteral("DELETE FROM activity WHERE unit_id = ? AND uuid = ? AND row_version = ?"));
            q.addBindValue(unitId);
            q.addBindValue(a.uuid.toString(QUuid::WithoutBraces));
            q.addBindValue(versions->value(a.uuid, -1));
            if (!q.exec())
                return failed(q, &reason);
            if (q.numRowsAffected() != 1)
                lost << a.uuid;
        }
        for (Activity& a : write.updated) {
            QStringList assignments;
            for (const QString& column : kColumns.split(QStringLiteral(", ")).mid(1))
                assignments << column + QStringLiteral(" = ?");
            q.prepare(
                QStringLiteral("UPDATE activity SET %1 WHERE unit_id = ? AND uuid = ? AND row_version = ? "
                               "RETURNING id, row_version")
                    .arg(assignments.join(QStringLiteral(", "))));
            const QVariantList values = rowValues(a);
            for (qsizetype i = 1; i < values.size(); ++i) // every column but the uuid
                q.addBindValue(values.at(i));
            q.addBindValue(unitId);
            q.addBindValue(a.uuid.toString(QUuid::WithoutBraces));
            q.addBindValue(versions->value(a.uuid, -1));
            if (!q.exec())
                return failed(q, &reason);
            if (!q.next()) {
                lost << a.uuid;
                continue;
            }
            a.id = q.value(0).toLongLong();
            written.insert(a.uuid, q.value(1).toLongLong());
            if (!writeSideRows(db, a, false, &reason))
                return false;
        }
        for (Activity& a : write.inserted) {
            const bool keepId = a.id != 0;
            QStringList marks;
            for (int i = 0; i < kColumnCount + (keepId ? 1 : 0); ++i)
                marks << QStringLiteral("?");
            q.prepare(QStringLiteral("INSERT INTO activity (%1%2) VALUES (%3) RETURNING id, row_version")
                          .arg(keepId ? QStringLiteral("id, ") : QString(), kColumns,
                               marks.join(QStringLiteral(", "))));
            if (keepId)
                q.addBindValue(a.id);
            for (const QVariant& v : rowValues(a))
                q.addBindValue(v);
            if (!q.exec() || !q.next())
                return failed(q, &reason);
            a.id = q.value(0).toLongLong();
            written.insert(a.uuid, q.value(1).toLongLong());
            if (!writeSideRows(db, a, true, &reason))
                return false;
        }
        return lost.isEmpty(); // a lost race takes the whole write back
    });
    if (!ok && lost.isEmpty())
        return fail(error, reason);
    if (!lost.isEmpty()) {
        QList<Versioned> now;
        if (!read(db, unitId, lost, &now, error))
            return false;
        QHash<QUuid, Versioned> byUuid;
        for (const Versioned& v : now)
            byUuid.insert(v.activity.uuid, v);
        for (const QUuid& uuid : lost) {
            Conflict c;
            c.uuid = uuid;
            c.gone = !byUuid.contains(uuid);
            if (!c.gone)
                c.now = byUuid.value(uuid);
            conflicts->append(c);
        }
        return true;
    }
    for (const Activity& a : write.removed)
        versions->remove(a.uuid);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        versions->insert(it.key(), it.value());
    return true;
}

} // namespace ServerActivities
