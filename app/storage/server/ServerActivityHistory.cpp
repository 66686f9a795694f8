#include "server/ServerActivityHistory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ServerActivityHistory {

bool changes(QSqlDatabase& db, int unitId, const QString& activityUuid, QList<ActivityChange>* out,
             QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Milliseconds since the epoch, as the file stores them: no time zone conversions on the way.
    if (!q.prepare(QStringLiteral(
            "SELECT id, changed_by, (extract(epoch FROM changed_at) * 1000)::bigint, kind, "
            "field, old_value, new_value FROM activity_change WHERE unit_id = ? AND activity_uuid = ? "
            "ORDER BY id DESC")) ||
        (q.addBindValue(unitId), q.addBindValue(activityUuid), !q.exec())) {
        *error =
            QCoreApplication::translate("ServerActivityHistory", "cannot read the activity's history: %1")
                .arg(q.lastError().text());
        return false;
    }
    QList<ActivityChange> found;
    while (q.next()) {
        ActivityChange c;
        c.id = q.value(0).toLongLong();
        c.activityUuid = activityUuid;
        c.changedBy = q.value(1).toString();
        c.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        c.kind = ActivityChange::kindFromText(q.value(3).toString());
        c.field = q.value(4).toString();
        c.oldValue = ActivityChange::valueFrom(q.value(5));
        c.newValue = ActivityChange::valueFrom(q.value(6));
        found << c;
    }
    *out = std::move(found);
    return true;
}

} // namespace ServerActivityHistory
